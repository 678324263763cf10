package com.atlassian.jira.web.bean;

// JIRA-PLATFORM.md: API used (new PagerFilter(int max), setStart). A plain bean in Jira too, so this stand-in keeps real state:
// the plugin constructs it while running under tests.
public class PagerFilter<T> {

    private int start;
    private int max;

    public PagerFilter(int max) {
        this.max = max;
    }

    public static PagerFilter getUnlimitedFilter() {
        return new PagerFilter(Integer.MAX_VALUE);
    }

    public void setStart(int start) {
        this.start = start;
    }

    // unconfirmed: from JIRA-PLATFORM.md "from memory" getter of setStart's value
    public int getStart() {
        return start;
    }

    // unconfirmed: from JIRA-PLATFORM.md "from memory" getter of the constructor's max
    public int getMax() {
        return max;
    }
}
