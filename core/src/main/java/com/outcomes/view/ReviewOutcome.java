package com.outcomes.view;

import static com.outcomes.view.Html.escape;

import java.util.List;

/** One outcome touched by a sprint: its output in the sprint and the sentence to read aloud. Strings are escaped. */
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

    public String getKey() {
        return key;
    }

    public String getSummary() {
        return summary;
    }

    public String getUrl() {
        return url;
    }

    public int getDone() {
        return done;
    }

    public String getEpics() {
        return epics;
    }

    public String getSentence() {
        return sentence;
    }

    public List<ReviewMovement> getMovements() {
        return movements;
    }

    public boolean isHasMovements() {
        return !movements.isEmpty();
    }
}
