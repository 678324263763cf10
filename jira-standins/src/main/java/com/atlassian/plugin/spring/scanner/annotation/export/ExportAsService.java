package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// JIRA-PLATFORM.md: API used (Spring Scanner: ExportAsService)
// Checked: public decompiled spring-scanner ExportAsService (RUNTIME, Class<?>[] value() default {});
// real @Target is {TYPE, FIELD} and it also has properties(); only the subset used is declared here
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ExportAsService {

    Class<?>[] value() default {};
}
