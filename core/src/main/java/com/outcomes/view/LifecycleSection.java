package com.outcomes.view;

import static com.outcomes.view.Html.escape;

import java.util.List;

/**
 * An Outcome panel's lifecycle part (DESIGN §3b): for editors of an open outcome the "Close outcome" form, offered
 * up front when the issue is resolved (never forced); for a closed one its closure, with "Reopen" for editors.
 * String getters end in Html: escaped text.
 */
public final class LifecycleSection {

    /** One choice of the result field; getters end in Html: escaped text. */
    public static final class ResultOption {
        private final String code;
        private final String label;

        ResultOption(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String getCodeHtml() {
            return code;
        }

        public String getLabelHtml() {
            return label;
        }
    }

    private final LearnedItem closure;
    private final boolean canClose;
    private final boolean canReopen;
    private final boolean resolvedPrompt;
    private final String today;
    private final List<ResultOption> results;

    /**
     * @param closure        the current closure, or null while the outcome is open
     * @param canEdit        may the viewer close or reopen it
     * @param resolved       the Outcome issue is resolved in the tracker
     * @param today          ISO date: the closing day's default and latest value
     * @param results        the results to choose from, in order (codes and labels raw: escaped here)
     */
    public LifecycleSection(LearnedItem closure, boolean canEdit, boolean resolved, String today,
                            List<String[]> results) {
        this.closure = closure;
        this.canClose = canEdit && closure == null;
        this.canReopen = canEdit && closure != null;
        this.resolvedPrompt = canClose && resolved;
        this.today = escape(today);
        this.results = results.stream().map(r -> new ResultOption(escape(r[0]), escape(r[1]))).toList();
    }

    public LearnedItem getClosure() {
        return closure;
    }

    public boolean isClosed() {
        return closure != null;
    }

    public boolean isCanClose() {
        return canClose;
    }

    public boolean isCanReopen() {
        return canReopen;
    }

    /** The issue is resolved but the outcome still open: the panel asks whether to close it. */
    public boolean isResolvedPrompt() {
        return resolvedPrompt;
    }

    public String getTodayHtml() {
        return today;
    }

    public List<ResultOption> getResults() {
        return results;
    }
}
