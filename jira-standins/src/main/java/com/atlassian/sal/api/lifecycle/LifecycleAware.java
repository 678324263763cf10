package com.atlassian.sal.api.lifecycle;

// Checked against docs.atlassian.com sal-parent 3.0.0 javadoc (LifecycleAware: void onStart(), void onStop()); SAL's callback for
// components exported as a LifecycleAware service
public interface LifecycleAware {

    void onStart();

    void onStop();
}
