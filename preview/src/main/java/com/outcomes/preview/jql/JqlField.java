package com.outcomes.preview.jql;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fields of the subset (DESIGN §6), each with the JQL names it answers to and how its values are read. Values
 * are read in place, one issue at a time, without copying them: a count reads every issue of the document.
 */
enum JqlField {

    PROJECT(Kind.TEXT, "project", single(SearchableIssue::project)),
    ISSUETYPE(Kind.TEXT, "issuetype", single(SearchableIssue::issueType), "type"),
    STATUS(Kind.TEXT, "status", single(SearchableIssue::status)),
    // The key; its name ("Done") is matched by turning wanted names into keys when the query is compiled.
    STATUS_CATEGORY(Kind.TEXT, "statusCategory", single(SearchableIssue::statusCategory)),
    LABELS(Kind.TEXT, "labels", new Texts() {
        @Override
        public boolean any(SearchableIssue issue, WantedTexts wanted) {
            for (String label : issue.labels()) {
                if (wanted.contains(label)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean empty(SearchableIssue issue) {
            return issue.labels().isEmpty();
        }
    }, "label"),
    KEY(Kind.TEXT, "key", single(SearchableIssue::key), "issuekey"),
    // Jira 10+ shows an epic as the parent of its issues; older sites keep it in "Epic Link": both names reach both.
    PARENT(Kind.TEXT, "parent", new Texts() {
        @Override
        public boolean any(SearchableIssue issue, WantedTexts wanted) {
            return wanted.contains(issue.parentKey()) || wanted.contains(issue.epicKey());
        }

        @Override
        public boolean empty(SearchableIssue issue) {
            return issue.parentKey() == null && issue.epicKey() == null;
        }
    }),
    EPIC_LINK(Kind.TEXT, "\"Epic Link\"", single(SearchableIssue::epicKey)),
    // Asked only as EMPTY or not (the parser refuses values): its one text is "resolved".
    RESOLUTION(Kind.PRESENCE, "resolution", new Texts() {
        @Override
        public boolean any(SearchableIssue issue, WantedTexts wanted) {
            return issue.resolved() && wanted.contains("resolved");
        }

        @Override
        public boolean empty(SearchableIssue issue) {
            return !issue.resolved();
        }
    }),
    CREATED(Kind.DATE, "created", SearchableIssue::created, "createddate"),
    RESOLVED(Kind.DATE, "resolved", SearchableIssue::resolvedOn, "resolutiondate");

    /** Text compared ignoring case; dates by calendar day; presence only as EMPTY or not. */
    enum Kind { TEXT, DATE, PRESENCE }

    /** How a text field's values are asked, without collecting them. */
    interface Texts {

        /** Whether any of the issue's values, ignoring case, is wanted. */
        boolean any(SearchableIssue issue, WantedTexts wanted);

        /** Whether the issue has no value. */
        boolean empty(SearchableIssue issue);
    }

    /** Jira's status categories by key, with the names JQL also takes. */
    private static final Map<String, String> CATEGORY_NAMES = Map.of("new", "To Do", "indeterminate", "In Progress",
            "done", "Done");

    private static final Map<String, JqlField> BY_NAME = Arrays.stream(values())
            .flatMap(f -> f.names.stream().map(n -> Map.entry(n, f)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final Kind kind;
    private final String shownName;
    private final Texts texts;
    private final Function<SearchableIssue, LocalDate> date;
    private final List<String> names;

    JqlField(Kind kind, String shownName, Texts texts, String... aliases) {
        this(kind, shownName, texts, null, aliases);
    }

    JqlField(Kind kind, String shownName, Function<SearchableIssue, LocalDate> date, String... aliases) {
        this(kind, shownName, null, date, aliases);
    }

    JqlField(Kind kind, String shownName, Texts texts, Function<SearchableIssue, LocalDate> date, String... aliases) {
        this.kind = kind;
        this.shownName = shownName;
        this.texts = texts;
        this.date = date;
        this.names = Stream.concat(Stream.of(shownName.replace("\"", "")), Arrays.stream(aliases))
                .map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    static Optional<JqlField> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT).strip()));
    }

    static String supported() {
        return Arrays.stream(values()).map(f -> f.shownName).collect(Collectors.joining(", "));
    }

    Kind kind() {
        return kind;
    }

    String shownName() {
        return shownName;
    }

    /**
     * The values a clause on this field asks for, as compared with the issues' values. A status category may be
     * asked by key or by name; issues carry the key, so a wanted name also wants its key.
     *
     * @param lowered the clause's values, lower-cased with {@link Locale#ROOT}
     */
    WantedTexts wanted(Set<String> lowered) {
        if (this != STATUS_CATEGORY) {
            return WantedTexts.of(lowered);
        }
        Set<String> keys = new HashSet<>(lowered);
        CATEGORY_NAMES.forEach((key, name) -> {
            if (lowered.contains(name.toLowerCase(Locale.ROOT))) {
                keys.add(key);
            }
        });
        return WantedTexts.of(keys);
    }

    /** Whether any of the field's texts (TEXT, PRESENCE) of an issue is wanted; false when the field is empty. */
    boolean anyWanted(SearchableIssue issue, WantedTexts wanted) {
        return texts.any(issue, wanted);
    }

    /** What testing the field of one issue costs ({@link Condition#cost()}). */
    int cost() {
        return switch (this) {
            case RESOLUTION -> Condition.FLAG;
            case CREATED, RESOLVED -> Condition.DATE;
            case LABELS -> Condition.TEXTS;
            default -> Condition.TEXT;
        };
    }

    /** Whether the field is empty on the issue. */
    boolean empty(SearchableIssue issue) {
        return kind == Kind.DATE ? date.apply(issue) == null : texts.empty(issue);
    }

    /** The field's day (DATE) of an issue, or null when empty. */
    LocalDate date(SearchableIssue issue) {
        return date.apply(issue);
    }

    private static Texts single(Function<SearchableIssue, String> value) {
        return new Texts() {
            @Override
            public boolean any(SearchableIssue issue, WantedTexts wanted) {
                return wanted.contains(value.apply(issue));
            }

            @Override
            public boolean empty(SearchableIssue issue) {
                return value.apply(issue) == null;
            }
        };
    }
}
