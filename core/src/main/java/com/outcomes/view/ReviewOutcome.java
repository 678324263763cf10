package com.outcomes.view;

import static com.outcomes.view.Html.escape;

import java.util.List;

/**
 * One outcome touched by a sprint: its output in the sprint and the sentence to read aloud. String getters end in
 * Html: escaped text.
 */
public final class ReviewOutcome {

    private final String key;
    private final String summary;
    private final String url;
    private final int done;
    private final String epics;
    private final String sentence;
    private final List<ReviewMovement> movements;

    /** @param epics the epics worked on, e.g. "OUT-12 (5), OUT-14 (7)" */
    public ReviewOutcome(String key, String summary, String url, int done, String epics, String sentence,
                         List<ReviewMovement> movements) {
        this.key = escape(key);
        this.summary = escape(summary);
        this.url = escape(url);
        this.done = done;
        this.epics = escape(epics);
        this.sentence = escape(sentence);
        this.movements = List.copyOf(movements);
    }

    public String getKeyHtml() {
        return key;
    }

    public String getSummaryHtml() {
        return summary;
    }

    public String getUrlHtml() {
        return url;
    }

    public int getDone() {
        return done;
    }

    public String getEpicsHtml() {
        return epics;
    }

    public String getSentenceHtml() {
        return sentence;
    }

    public List<ReviewMovement> getMovements() {
        return movements;
    }

    public boolean isHasMovements() {
        return !movements.isEmpty();
    }
}
