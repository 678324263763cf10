package com.outcomes.preview.jql;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The fields of the subset (DESIGN §6), each with the JQL names it answers to and how its values are read. */
enum JqlField {

    PROJECT(Kind.TEXT, "project", i -> Stream.ofNullable(i.project())),
    ISSUETYPE(Kind.TEXT, "issuetype", i -> Stream.ofNullable(i.issueType()), "type"),
    STATUS(Kind.TEXT, "status", i -> Stream.ofNullable(i.status())),
    STATUS_CATEGORY(Kind.TEXT, "statusCategory", JqlField::statusCategory),
    LABELS(Kind.TEXT, "labels", i -> i.labels().stream(), "label"),
    KEY(Kind.TEXT, "key", i -> Stream.ofNullable(i.key()), "issuekey"),
    // Jira 10+ shows an epic as the parent of its issues; older sites keep it in "Epic Link": both names reach both.
    PARENT(Kind.TEXT, "parent", i -> Stream.of(i.parentKey(), i.epicKey()).filter(k -> k != null).distinct()),
    EPIC_LINK(Kind.TEXT, "\"Epic Link\"", i -> Stream.ofNullable(i.epicKey())),
    RESOLUTION(Kind.PRESENCE, "resolution", i -> i.resolved() ? Stream.of("resolved") : Stream.empty()),
    CREATED(Kind.DATE, "created", i -> Stream.ofNullable(i.created()), "createddate"),
    RESOLVED(Kind.DATE, "resolved", i -> Stream.ofNullable(i.resolvedOn()), "resolutiondate");

    /** Text compared ignoring case; dates by calendar day; presence only as EMPTY or not. */
    enum Kind { TEXT, DATE, PRESENCE }

    /** Jira's status categories by key, with the names JQL also takes. */
    private static final Map<String, String> CATEGORY_NAMES = Map.of("new", "To Do", "indeterminate", "In Progress",
            "done", "Done");

    private static final Map<String, JqlField> BY_NAME = Arrays.stream(values())
            .flatMap(f -> f.names.stream().map(n -> Map.entry(n, f)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final Kind kind;
    private final String shownName;
    private final Function<SearchableIssue, Stream<?>> values;
    private final List<String> names;

    JqlField(Kind kind, String shownName, Function<SearchableIssue, Stream<?>> values, String... aliases) {
        this.kind = kind;
        this.shownName = shownName;
        this.values = values;
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

    /** The field's texts (TEXT, PRESENCE) of an issue; none when the field is empty. */
    Set<String> texts(SearchableIssue issue) {
        return values.apply(issue).map(v -> ((String) v).toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** The field's day (DATE) of an issue, or null when empty. */
    LocalDate date(SearchableIssue issue) {
        return (LocalDate) values.apply(issue).findFirst().orElse(null);
    }

    private static Stream<String> statusCategory(SearchableIssue issue) {
        String key = issue.statusCategory();
        if (key == null) {
            return Stream.empty();
        }
        String name = CATEGORY_NAMES.get(key.toLowerCase(Locale.ROOT));
        return name == null ? Stream.of(key) : Stream.of(key, name);
    }
}
