package com.outcomes.view;

/**
 * The AUI lozenge a metric status is shown in (AUI's status colours, the same in Jira and in the preview, which both
 * load AUI): on track green, at risk yellow, off track red, achieved blue, missed and no data the default grey.
 */
public final class StatusLozenge {

    private StatusLozenge() {
    }

    /** The lozenge's classes for a status code ({@code ON_TRACK}…), {@code aui-lozenge} alone for none or unknown. */
    public static String classes(String statusCode) {
        if (statusCode == null) {
            return "aui-lozenge";
        }
        return switch (statusCode) {
            case "ON_TRACK" -> "aui-lozenge aui-lozenge-success";
            case "AT_RISK" -> "aui-lozenge aui-lozenge-moved";
            case "OFF_TRACK" -> "aui-lozenge aui-lozenge-error";
            case "ACHIEVED" -> "aui-lozenge aui-lozenge-current";
            default -> "aui-lozenge";
        };
    }
}
