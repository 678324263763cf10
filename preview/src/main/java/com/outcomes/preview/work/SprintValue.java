package com.outcomes.preview.work;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.outcomes.port.Sprint;

/**
 * Reads the value of Jira Software's sprint field in every shape Jira sends it. Cloud (and hand-written
 * documents) send objects: {@code {"id": 7, "name": "…", "state": "closed", "startDate": "…", "endDate": "…"}}.
 * Jira Server and Data Center send the {@code toString()} of their sprint class:
 * {@code com.atlassian.greenhopper.service.sprint.Sprint@57bf7114[id=448,rapidViewId=158,state=FUTURE,name=Team
 * Sprint 6,startDate=<null>,…,goal=]} with the keys in an order that depends on the version. Either comes as a
 * list or as one bare value. {@code <null>} is no value; keys the preview does not use are ignored.
 */
final class SprintValue {

    /** Every key Jira Server / Data Center 6.x–10.x writes into a sprint string. */
    static final Set<String> KNOWN_KEYS = Set.of("id", "rapidViewId", "state", "name", "startDate", "endDate",
            "completeDate", "activatedDate", "sequence", "goal", "synced", "autoStartStop", "incompleteIssuesDestinationId");
    /** Keys whose values are typed by people: they may hold commas, brackets, {@code |} and {@code =}. */
    private static final Set<String> FREE_TEXT_KEYS = Set.of("name", "goal");
    private static final Set<String> STATES = Set.of("future", "active", "closed");
    private static final String NULL = "<null>";
    /** {@code <class>@<hash>[<members>]}: the members run from the first {@code [} to the last {@code ]}. */
    private static final Pattern STRING_FORM = Pattern.compile("\\s*[\\w.$]+@[0-9a-fA-F]*\\[(.*)]\\s*", Pattern.DOTALL);
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private SprintValue() {
    }

    /** A sprint value that cannot be read; {@code member} is the sprint's key at fault, or null for the whole value. */
    static final class InvalidSprintException extends IllegalArgumentException {

        private final String member;

        InvalidSprintException(String member, String message) {
            super(message);
            this.member = member;
        }

        String member() {
            return member;
        }
    }

    /** Every sprint of a field value: null or a JSON null is none; an array is read element by element. */
    static List<Sprint> readAll(JsonNode value) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            return List.of(read(value));
        }
        List<Sprint> sprints = new ArrayList<>(value.size());
        for (JsonNode element : value) {
            if (!element.isNull()) {
                sprints.add(read(element));
            }
        }
        return sprints;
    }

    /** One sprint: an object or a Server / Data Center sprint string. */
    static Sprint read(JsonNode value) {
        if (value.isTextual()) {
            return fromString(value.asText());
        }
        if (value.isObject()) {
            return fromMembers(membersOf(value), value.toString());
        }
        throw new InvalidSprintException(null, "expected sprint objects or Jira sprint strings, got " + value);
    }

    static Sprint fromString(String text) {
        return fromMembers(members(text), text);
    }

    /**
     * The {@code key=value} members of a sprint string, in their order. Splitting at every comma would cut
     * "Checkout, part 2" in two, so a member ends only at a comma followed by {@code key=}: for {@code name} and
     * {@code goal} only a key Jira is known to write, so their text is taken greedily up to the next real member;
     * for the other (machine-written) values any key, so a key added by a later Jira is still skipped cleanly.
     */
    static Map<String, String> members(String text) {
        Matcher form = STRING_FORM.matcher(text);
        if (!form.matches()) {
            throw new InvalidSprintException(null, "expected sprint objects or Jira sprint strings, got \"" + text + "\"");
        }
        String body = form.group(1);
        Map<String, String> members = new LinkedHashMap<>();
        int position = 0;
        while (position < body.length()) {
            int equals = body.indexOf('=', position);
            String key = equals < 0 ? "" : body.substring(position, equals);
            if (!KEY.matcher(key).matches()) {
                throw new InvalidSprintException(null, "cannot read the sprint string \"" + text + "\" at \""
                        + body.substring(position) + "\"");
            }
            int end = memberEnd(body, equals + 1, FREE_TEXT_KEYS.contains(key));
            members.put(key, body.substring(equals + 1, end));
            position = end + 1;
        }
        return members;
    }

    private static int memberEnd(String body, int from, boolean freeText) {
        for (int comma = body.indexOf(',', from); comma >= 0; comma = body.indexOf(',', comma + 1)) {
            int equals = body.indexOf('=', comma + 1);
            if (equals < 0) {
                break;
            }
            String key = body.substring(comma + 1, equals);
            if (freeText ? KNOWN_KEYS.contains(key) : KEY.matcher(key).matches()) {
                return comma;
            }
        }
        return body.length();
    }

    private static Map<String, String> membersOf(JsonNode object) {
        Map<String, String> members = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            JsonNode value = member.getValue();
            if (value.isNull()) {
                members.put(member.getKey(), null);
            } else if (value.isValueNode()) {
                members.put(member.getKey(), value.asText());
            }
        }
        return members;
    }

    private static Sprint fromMembers(Map<String, String> members, String whole) {
        String idText = value(members, "id");
        if (idText == null || !idText.trim().matches("\\d{1,18}")) {
            throw new InvalidSprintException(null, "expected sprint objects or Jira sprint strings with a numeric id, got "
                    + (whole.startsWith("{") ? whole : "\"" + whole + "\""));
        }
        long id = Long.parseLong(idText.trim());
        String name = value(members, "name");
        String stateText = value(members, "state");
        String state = stateText == null ? "future" : stateText.trim().toLowerCase(Locale.ROOT);
        if (!STATES.contains(state)) {
            throw new InvalidSprintException("state", "sprint " + id + " has the unknown state '" + stateText
                    + "' (expected future, active or closed)");
        }
        LocalDate start = date(members, "startDate");
        LocalDate end = date(members, "endDate");
        // A sprint closed without a planned end still ended: its completion day is the end of its review.
        LocalDate completed = date(members, "completeDate");
        return new Sprint(id, name == null || name.isBlank() ? "Sprint " + id : name, state, start,
                end != null ? end : completed);
    }

    private static String value(Map<String, String> members, String key) {
        String value = members.get(key);
        return value == null || NULL.equals(value) ? null : value;
    }

    private static LocalDate date(Map<String, String> members, String key) {
        String text = value(members, key);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return JiraDates.dateOf(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidSprintException(key, e.getMessage());
        }
    }

    /** Whether a field value looks like sprints: sprint strings, or objects with an id, a name and a state. */
    static boolean looksLikeSprints(JsonNode value) {
        JsonNode first = value != null && value.isArray() ? value.path(0) : value;
        if (first == null) {
            return false;
        }
        if (first.isTextual()) {
            return STRING_FORM.matcher(first.asText()).matches() && first.asText().contains("id=");
        }
        return first.isObject() && first.has("id") && first.has("name") && first.has("state");
    }
}
