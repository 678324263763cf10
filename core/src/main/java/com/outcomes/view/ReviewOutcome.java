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
    private final List<ReviewEpic> epics;
    private final String sentence;
    private final List<ReviewMovement> movements;
    private final List<CheckInLine> checkins;

    /** @param epics the epics worked on, each linked to its issue, in key-number order */
    public ReviewOutcome(String key, String summary, String url, int done, List<ReviewEpic> epics, String sentence,
                         List<ReviewMovement> movements) {
        this(key, summary, url, done, epics, sentence, movements, List.of());
    }

    /** @param checkins the check-ins made during the sprint, newest first */
    public ReviewOutcome(String key, String summary, String url, int done, List<ReviewEpic> epics, String sentence,
                         List<ReviewMovement> movements, List<CheckInLine> checkins) {
        this.checkins = List.copyOf(checkins);
        this.key = escape(key);
        this.summary = escape(summary);
        this.url = escape(url);
        this.done = done;
        this.epics = List.copyOf(epics);
        this.sentence = escape(sentence);
        this.movements = List.copyOf(movements);
    }

    public List<CheckInLine> getCheckins() {
        return checkins;
    }

    public boolean isHasCheckins() {
        return !checkins.isEmpty();
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

    public List<ReviewEpic> getEpics() {
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
