package com.outcomes.preview.work;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.outcomes.port.IssueRef;
import com.outcomes.port.Sprint;

/**
 * Reads a document in the shape of Jira's REST search response (DESIGN §6) into an
 * {@link IssuesDocument}. Everything is checked up front: a malformed document fails at start with a
 * message naming the issue and the field, never later in the middle of a request.
 */
public final class IssuesDocumentParser {

    static final String OUTCOME_LINK = "Outcome";
    static final String SUCCESS_MEASURE_LINK = "Success measure";
    private static final String DONE_CATEGORY = "done";

    private final IssueFieldNames fieldNames;
    private final ObjectMapper mapper = new ObjectMapper();

    public IssuesDocumentParser(IssueFieldNames fieldNames) {
        this.fieldNames = fieldNames;
    }

    /**
     * Reads and indexes the document in a file, one issue at a time: a Data Center export of 200,000 issues never
     * sits in memory as one JSON tree (it would be several times the size of what is kept).
     */
    public IssuesDocument read(Path file) {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = mapper.createParser(in)) {
            return stream(parser);
        } catch (NoSuchFileException e) {
            throw new IssuesDocumentException("issues file " + file + ": not found");
        } catch (JsonProcessingException e) {
            throw new IssuesDocumentException("issues file " + file + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IssuesDocumentException("issues file " + file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private IssuesDocument stream(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw notAnIssuesDocument();
        }
        Issues issues = new Issues();
        boolean sawIssues = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("issues".equals(name) && value == JsonToken.START_ARRAY) {
                sawIssues = true;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    issues.add(mapper.readTree(parser));
                }
            } else {
                parser.skipChildren();
            }
        }
        if (!sawIssues) {
            throw notAnIssuesDocument();
        }
        return issues.index();
    }

    /** Indexes a document already parsed to a Jackson tree ({@code {"issues": [...]}}). */
    public IssuesDocument parse(JsonNode root) {
        if (root == null || !root.isObject() || !root.path("issues").isArray()) {
            throw notAnIssuesDocument();
        }
        Issues issues = new Issues();
        root.get("issues").forEach(issues::add);
        return issues.index();
    }

    private static IssuesDocumentException notAnIssuesDocument() {
        return new IssuesDocumentException("issues document: expected an object with an \"issues\" array");
    }

    /** What is gathered while the issues go by, indexed once all are known. */
    private final class Issues {

        private final List<DocumentIssue> issues = new ArrayList<>();
        private final Set<String> keys = new HashSet<>();
        private final Map<Long, Sprint> sprints = new LinkedHashMap<>();
        private final List<RawLink> links = new ArrayList<>();
        private final Map<String, ParentRef> parentOf = new LinkedHashMap<>();
        private int position;

        void add(JsonNode node) {
            position++;
            String key = text(node.get("key"));
            if (!node.isObject() || key == null || key.isBlank()) {
                throw new IssuesDocumentException("issue #" + position + ": field key: missing");
            }
            if (!keys.add(key)) {
                throw new IssuesDocumentException("issue " + key + ": appears twice in the document");
            }
            JsonNode fields = node.get("fields");
            if (fields == null || !fields.isObject()) {
                throw IssuesDocumentException.field(key, "fields", "missing");
            }
            issues.add(readIssue(key, fields, sprints, links, parentOf));
        }

        IssuesDocument index() {
            return IssuesDocumentParser.this.index(issues, links, parentOf, sprints);
        }
    }

    private DocumentIssue readIssue(String key, JsonNode fields, Map<Long, Sprint> sprints,
                                    List<RawLink> links, Map<String, ParentRef> parentOf) {
        String project = requiredText(key, fields, "project", "key");
        String type = requiredText(key, fields, "issuetype", "name");
        String summary = optionalText(key, fields.get("summary"), "summary");
        JsonNode status = fields.get("status");
        String statusName = null;
        String category = null;
        if (status != null && !status.isNull()) {
            if (!status.isObject()) {
                throw IssuesDocumentException.field(key, "status", "expected an object");
            }
            statusName = optionalText(key, status.get("name"), "status.name");
            category = optionalText(key, status.path("statusCategory").get("key"), "status.statusCategory.key");
        }
        LocalDate resolvedOn = date(key, fields.get("resolutiondate"), "resolutiondate");
        String epicKey = epicLink(key, fields.get(fieldNames.epicLinkField()));
        readParent(key, fields.get("parent"), parentOf);
        readLinks(key, fields.get("issuelinks"), links);
        List<Long> sprintIds = readSprints(key, fields.get(fieldNames.sprintField()), sprints);
        IssueRef ref = new IssueRef(key, summary == null ? "" : summary, project, type);
        return new DocumentIssue(ref, statusName, DONE_CATEGORY.equalsIgnoreCase(category), resolvedOn, epicKey, sprintIds);
    }

    private String epicLink(String key, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual() && !value.asText().isBlank()) {
            return value.asText();
        }
        // Some exports carry the epic as an object; its key is what we need.
        if (value.isObject() && value.path("key").isTextual()) {
            return value.get("key").asText();
        }
        throw IssuesDocumentException.field(key, fieldNames.epicLinkField(), "expected an epic key, got " + value);
    }

    /** Remembers the parent; whether it is an epic is decided once every issue is known. */
    private void readParent(String key, JsonNode parent, Map<String, ParentRef> parentOf) {
        if (parent == null || parent.isNull()) {
            return;
        }
        String parentKey = text(parent.get("key"));
        if (!parent.isObject() || parentKey == null) {
            throw IssuesDocumentException.field(key, "parent", "expected an object with a key");
        }
        String parentType = text(parent.path("fields").path("issuetype").get("name"));
        if (parentType == null) {
            parentOf.put(key, new ParentRef(parentKey, false));
        } else if (IssueRef.EPIC.equalsIgnoreCase(parentType)) {
            parentOf.put(key, new ParentRef(parentKey, true));
        }
    }

    private void readLinks(String key, JsonNode issueLinks, List<RawLink> links) {
        if (issueLinks == null || issueLinks.isNull()) {
            return;
        }
        if (!issueLinks.isArray()) {
            throw IssuesDocumentException.field(key, "issuelinks", "expected an array");
        }
        for (JsonNode link : issueLinks) {
            String typeName = text(link.path("type").get("name"));
            if (typeName == null) {
                throw IssuesDocumentException.field(key, "issuelinks", "a link has no type.name");
            }
            String outward = text(link.path("outwardIssue").get("key"));
            String inward = text(link.path("inwardIssue").get("key"));
            if (outward == null && inward == null) {
                throw IssuesDocumentException.field(key, "issuelinks", "a \"" + typeName + "\" link has neither inwardIssue nor outwardIssue");
            }
            // Seen from this issue: outwardIssue means "this issue → other", inwardIssue means "other → this issue".
            if (outward != null) {
                links.add(new RawLink(typeName, key, outward));
            }
            if (inward != null) {
                links.add(new RawLink(typeName, inward, key));
            }
        }
    }

    private List<Long> readSprints(String key, JsonNode value, Map<Long, Sprint> sprints) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        String field = fieldNames.sprintField();
        if (!value.isArray()) {
            throw IssuesDocumentException.field(key, field, "expected an array of sprints");
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode node : value) {
            JsonNode idNode = node.path("id");
            long id;
            if (idNode.isIntegralNumber()) {
                id = idNode.asLong();
            } else if (idNode.isTextual() && idNode.asText().matches("\\d{1,18}")) {
                id = Long.parseLong(idNode.asText());
            } else {
                throw IssuesDocumentException.field(key, field, "expected sprint objects with a numeric id, got " + node);
            }
            String name = optionalText(key, node.get("name"), field + ".name");
            String state = optionalText(key, node.get("state"), field + ".state");
            LocalDate start = date(key, node.get("startDate"), field + ".startDate");
            LocalDate end = date(key, node.get("endDate"), field + ".endDate");
            sprints.putIfAbsent(id, new Sprint(id, name == null ? "Sprint " + id : name,
                    state == null ? "future" : state.toLowerCase(java.util.Locale.ROOT), start, end));
            ids.add(id);
        }
        return ids;
    }

    private IssuesDocument index(List<DocumentIssue> issues, List<RawLink> links, Map<String, ParentRef> parentOf,
                                 Map<Long, Sprint> sprints) {
        Map<String, DocumentIssue> byKey = new LinkedHashMap<>();
        issues.forEach(i -> byKey.put(i.key(), i));
        List<DocumentIssue> resolved = new ArrayList<>(issues.size());
        for (DocumentIssue issue : issues) {
            String epic = issue.epicKey();
            ParentRef parent = parentOf.get(issue.key());
            if (epic == null && parent != null) {
                // Without the parent's type in the document, the parent issue itself says whether it is an epic.
                DocumentIssue parentIssue = byKey.get(parent.key());
                if (parent.knownEpic() || parentIssue != null && parentIssue.ref().isOfType(IssueRef.EPIC)) {
                    epic = parent.key();
                }
            }
            resolved.add(epic == issue.epicKey() ? issue
                    : new DocumentIssue(issue.ref(), issue.statusName(), issue.done(), issue.resolvedOn(), epic, issue.sprintIds()));
        }
        Set<Map.Entry<String, String>> outcomeLinks = new LinkedHashSet<>();
        Set<Map.Entry<String, String>> measureLinks = new LinkedHashSet<>();
        for (RawLink link : links) {
            // A link to an issue outside the document (another project, not exported) cannot be shown; skip it.
            if (!byKey.containsKey(link.outward()) || !byKey.containsKey(link.inward())) {
                continue;
            }
            if (OUTCOME_LINK.equalsIgnoreCase(link.type())) {
                outcomeLinks.add(new SimpleImmutableEntry<>(link.outward(), link.inward()));
            } else if (SUCCESS_MEASURE_LINK.equalsIgnoreCase(link.type())) {
                measureLinks.add(new SimpleImmutableEntry<>(link.outward(), link.inward()));
            }
        }
        return new IssuesDocument(resolved, outcomeLinks, measureLinks, sprints);
    }

    private static String requiredText(String key, JsonNode fields, String object, String member) {
        String value = text(fields.path(object).get(member));
        if (value == null || value.isBlank()) {
            throw IssuesDocumentException.field(key, object + "." + member, "missing");
        }
        return value;
    }

    private static String optionalText(String key, JsonNode value, String field) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode() || value.isBoolean()) {
            throw IssuesDocumentException.field(key, field, "expected text, got " + value);
        }
        return value.asText();
    }

    private static LocalDate date(String key, JsonNode value, String field) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw IssuesDocumentException.field(key, field, "cannot read " + value + " as a date");
        }
        try {
            return JiraDates.dateOf(value.asText());
        } catch (IllegalArgumentException e) {
            throw IssuesDocumentException.field(key, field, e.getMessage());
        }
    }

    private static String text(JsonNode node) {
        return node != null && node.isValueNode() && !node.isNull() ? node.asText() : null;
    }

    /** The parent of an issue; {@code knownEpic} when the document itself says the parent is an epic. */
    private record ParentRef(String key, boolean knownEpic) {
    }

    /** A link as "outward → inward": for "Outcome" epic → outcome, for "Success measure" outcome → challenge. */
    private record RawLink(String type, String outward, String inward) {
    }
}
