package com.atlassian.sal.api.lifecycle;

// unconfirmed: from JIRA-PLATFORM.md "from memory" not listed; SAL's callback, invoked once Jira is up and the plugin is enabled, for components exported
// as a LifecycleAware service
public interface LifecycleAware {

    void onStart();

    void onStop();
}
