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

    // Checked against docs.atlassian.com jira 7.2.6 javadoc (PagerFilter#getStart returns int)
    public int getStart() {
        return start;
    }

    // Checked against docs.atlassian.com jira 7.2.6 javadoc (PagerFilter#getMax returns int)
    public int getMax() {
        return max;
    }
}
