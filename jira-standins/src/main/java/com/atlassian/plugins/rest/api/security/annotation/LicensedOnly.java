package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// JIRA-PLATFORM.md: REST v2 security annotations (package com.atlassian.plugins.rest.api.security.annotation, "LicensedOnly");
// target/retention unconfirmed (public plugin code puts it on resource classes).
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LicensedOnly {
}
