package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// JIRA-PLATFORM.md: API used (Spring Scanner: ExportAsService)
// unconfirmed: from JIRA-PLATFORM.md "from memory" target and retention
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ExportAsService {

    Class<?>[] value() default {};
}
