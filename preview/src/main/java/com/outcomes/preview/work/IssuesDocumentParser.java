package com.outcomes.preview.work;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.outcomes.port.IssueRef;
import com.outcomes.port.Sprint;
import com.outcomes.preview.jql.SearchableIssue;

/**
 * Reads work data in the shapes Jira's REST API answers (DESIGN §6) into an {@link IssuesDocument}: a search answer
 * {@code {"total": n, "issues": [...]}}, a single issue {@code {"key", "fields"}} ({@code /rest/api/2/issue}) or a
 * bare array of issues. A malformed document fails at start with a message naming the source, the issue and the
 * field, never later in a request. What is readable but incomplete (a partial page, done issues without a
 * resolution date, links out of the data, custom fields that are not where the flags say) is read and reported
 * as warnings: in the log and in {@link IssuesDocument#warnings()}.
 */
public final class IssuesDocumentParser {

    static final String OUTCOME_LINK = "Outcome";
    static final String SUCCESS_MEASURE_LINK = "Success measure";
    private static final String DONE_CATEGORY = "done";
    private static final String CUSTOM_FIELD = "customfield_";
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]*-\\d+");
    private static final Logger LOG = LoggerFactory.getLogger(IssuesDocumentParser.class);

    private final IssueFieldNames fieldNames;
    private final ObjectMapper mapper = new ObjectMapper();

    public IssuesDocumentParser(IssueFieldNames fieldNames) {
        this.fieldNames = fieldNames;
    }

    /**
     * Reads and indexes the document in a file, one issue at a time: a Data Center export of 200,000 issues never
     * sits in memory as one JSON tree (it would be several times the size of what is kept). Every error names the file.
     */
    public IssuesDocument read(Path file) {
        String source = "issues file " + file;
        Issues issues = new Issues(source);
        try (InputStream in = Files.newInputStream(file); JsonParser parser = mapper.createParser(in)) {
            stream(parser, issues);
            return issues.index();
        } catch (NoSuchFileException e) {
            throw new IssuesDocumentException(source + ": not found");
        } catch (JsonProcessingException e) {
            throw new IssuesDocumentException(source + ": not valid JSON" + issues.after() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IssuesDocumentException(source + ": cannot be read: " + e.getMessage(), e);
        } catch (IssuesDocumentException e) {
            throw new IssuesDocumentException(source + ": " + e.getMessage(), e);
        }
    }

    private void stream(JsonParser parser, Issues issues) throws IOException {
        JsonToken first = parser.nextToken();
        IssueReader reader = new IssueReader(issues);
        if (first == JsonToken.START_ARRAY) {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                issues.add(reader.read(parser));
            }
            return;
        }
        if (first != JsonToken.START_OBJECT) {
            throw notAnIssuesDocument();
        }
        boolean sawIssues = false;
        ObjectNode single = mapper.createObjectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("issues".equals(name) && value == JsonToken.START_ARRAY) {
                sawIssues = true;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    issues.add(reader.read(parser));
                }
            } else if ("total".equals(name) && value == JsonToken.VALUE_NUMBER_INT) {
                issues.declaredTotal(parser.getLongValue());
            } else if ("key".equals(name) || "fields".equals(name)) {
                single.set(name, mapper.readTree(parser));
            } else {
                parser.skipChildren();
            }
        }
        if (!sawIssues) {
            if (!single.has("key") || !single.has("fields")) {
                throw notAnIssuesDocument();
            }
            issues.add(single);
        }
    }

    /**
     * Reads one issue of a streamed document into the few nodes {@link Issues#add} reads, reused from issue to issue:
     * a whole tree per issue would be garbage several times the size of what is kept (most of the start's allocation
     * with a million issues), and a real export's issue carries dozens of fields nothing here reads. What is kept is
     * what the tree would hold for the members read: the same values, the last of duplicate names, and whole trees for
     * anything not of the usual shape, so every check and message is the tree's.
     */
    private final class IssueReader {

        private static final Set<String> OBJECTS_READ = Set.of("project", "issuetype", "status");
        private static final Set<String> MEMBERS_READ = Set.of("summary", "resolutiondate", "updated", "created",
                "resolution", "labels", "parent", "issuelinks");

        private final Issues issues;
        private final ObjectNode issue = mapper.createObjectNode();
        private final ObjectNode fields = mapper.createObjectNode();
        private final Map<String, ObjectNode> objects = new HashMap<>();
        private final ObjectNode statusCategory = mapper.createObjectNode();

        IssueReader(Issues issues) {
            this.issues = issues;
            OBJECTS_READ.forEach(name -> objects.put(name, mapper.createObjectNode()));
        }

        /** The issue at the parser's current token; valid until the next call. */
        JsonNode read(JsonParser parser) throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                return mapper.readTree(parser);
            }
            issue.removeAll();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("fields".equals(name) && value == JsonToken.START_OBJECT) {
                    readFields(parser);
                    issue.set(name, fields);
                } else if ("key".equals(name) || "fields".equals(name)) {
                    issue.set(name, value(parser));
                } else {
                    parser.skipChildren();
                }
            }
            return issue;
        }

        private void readFields(JsonParser parser) throws IOException {
            fields.removeAll();
            boolean lookingForFields = issues.lookingForFields();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_OBJECT && OBJECTS_READ.contains(name)) {
                    fields.set(name, readObject(parser, objects.get(name), "status".equals(name)));
                } else if (OBJECTS_READ.contains(name) || MEMBERS_READ.contains(name)
                        || name.equals(fieldNames.epicLinkField()) || name.equals(fieldNames.sprintField())
                        || lookingForFields && name.startsWith(CUSTOM_FIELD)) {
                    fields.set(name, value(parser));
                } else {
                    parser.skipChildren();
                }
            }
        }

        /** project {key}, issuetype {name}, status {name, statusCategory {key}}: only what is read of them. */
        private ObjectNode readObject(JsonParser parser, ObjectNode object, boolean status) throws IOException {
            object.removeAll();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (status && "statusCategory".equals(name) && value == JsonToken.START_OBJECT) {
                    object.set(name, readObject(parser, statusCategory, false));
                } else if ("key".equals(name) || "name".equals(name) || status && "statusCategory".equals(name)) {
                    object.set(name, value(parser));
                } else {
                    parser.skipChildren();
                }
            }
            return object;
        }

        /** Text without a tree around it; anything else as its tree. */
        private JsonNode value(JsonParser parser) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                return TextNode.valueOf(parser.getText());
            }
            return parser.currentToken() == JsonToken.VALUE_NULL ? NullNode.getInstance() : mapper.readTree(parser);
        }
    }

    /** Indexes a document already parsed to a Jackson tree, in any of the shapes {@link #read} takes. */
    public IssuesDocument parse(JsonNode root) {
        Issues issues = new Issues(null);
        if (root != null && root.isArray()) {
            root.forEach(issues::add);
        } else if (root != null && root.isObject() && root.path("issues").isArray()) {
            root.get("issues").forEach(issues::add);
            if (root.path("total").isIntegralNumber()) {
                issues.declaredTotal(root.get("total").asLong());
            }
        } else if (root != null && root.isObject() && root.has("key") && root.has("fields")) {
            issues.add(root);
        } else {
            throw notAnIssuesDocument();
        }
        return issues.index();
    }

    /** Reading issue by issue (pages of a live search): {@link Issues#add} each, then {@link Issues#index}. */
    Issues start(String source) {
        return new Issues(source);
    }

    private static IssuesDocumentException notAnIssuesDocument() {
        return new IssuesDocumentException("expected a search answer {\"issues\": [...]}, a single issue {\"key\", \"fields\"}"
                + " or an array of issues");
    }

    /** What is gathered while the issues go by, indexed once all are known. */
    final class Issues {

        private final String source;
        private final List<DocumentIssue> issues = new ArrayList<>();
        private final Map<String, DocumentIssue> byKey = new HashMap<>();
        private final SharedValues shared = new SharedValues();
        private final Map<Long, Sprint> sprints = new LinkedHashMap<>();
        /** Sprint strings repeat on every issue of a sprint: each distinct text is read once. */
        private final Map<String, Sprint> sprintTexts = new HashMap<>();
        private final List<RawLink> links = new ArrayList<>();
        private final Map<String, ParentRef> parentOf = new LinkedHashMap<>();
        private int position;
        private String lastKey;
        private Long declaredTotal;

        private int epicLinksRead;
        private int sprintValuesRead;
        private int sprintStrings;
        private final Examples unreadableEpicLinks = new Examples();
        private final Examples unreadableSprints = new Examples();
        private final Examples undatedDone = new Examples();
        private final Examples undatedNoUpdated = new Examples();
        private final Map<String, Integer> sprintLikeFields = new HashMap<>();
        private final Map<String, Integer> keyLikeFields = new HashMap<>();

        private Issues(String source) {
            this.source = source;
        }

        /** Custom fields are looked at until an epic link and a sprint value have been read. */
        boolean lookingForFields() {
            return epicLinksRead == 0 || sprintValuesRead == 0;
        }

        void declaredTotal(long total) {
            declaredTotal = total;
        }

        /** " after issue KEY" for a message about what follows the last issue read, or nothing. */
        String after() {
            return lastKey == null ? "" : " after issue " + lastKey;
        }

        void add(JsonNode node) {
            position++;
            String key = text(node.get("key"));
            if (!node.isObject() || key == null || key.isBlank()) {
                throw new IssuesDocumentException("issue #" + position + after() + ": field key: missing");
            }
            if (byKey.containsKey(key)) {
                throw new IssuesDocumentException("issue " + key + ": appears twice in the document");
            }
            JsonNode fields = node.get("fields");
            if (fields == null || !fields.isObject()) {
                throw IssuesDocumentException.field(key, "fields", "missing");
            }
            DocumentIssue issue = readIssue(key, fields);
            issues.add(issue);
            byKey.put(key, issue);
            lastKey = key;
        }

        private DocumentIssue readIssue(String key, JsonNode fields) {
            String project = shared.shared(requiredText(key, fields, "project", "key"));
            String type = shared.shared(requiredText(key, fields, "issuetype", "name"));
            String summary = optionalText(key, fields.get("summary"), "summary");
            JsonNode status = fields.get("status");
            String statusName = null;
            String category = null;
            if (status != null && !status.isNull()) {
                if (!status.isObject()) {
                    throw IssuesDocumentException.field(key, "status", "expected an object");
                }
                statusName = shared.shared(optionalText(key, status.get("name"), "status.name"));
                category = shared.shared(optionalText(key, status.path("statusCategory").get("key"), "status.statusCategory.key"));
            }
            boolean done = DONE_CATEGORY.equalsIgnoreCase(category);
            // the JQL field "resolved" is the resolution date only; the done day may fall back to "updated"
            LocalDate resolutionDate = shared.shared(date(key, fields.get("resolutiondate"), "resolutiondate"));
            LocalDate resolvedOn = resolutionDate;
            if (done && resolvedOn == null) {
                // Workflows that never set a resolution (seen in real Jira 8 data) still finish work: the last
                // update is the best day Jira gives for it, and the warning says so.
                resolvedOn = shared.shared(date(key, fields.get("updated"), "updated"));
                undatedDone.add(key);
                if (resolvedOn == null) {
                    undatedNoUpdated.add(key);
                }
            }
            String epicKey = shared.shared(epicLink(key, fields.get(fieldNames.epicLinkField())));
            String parentKey = shared.shared(readParent(key, fields.get("parent")));
            readLinks(key, fields.get("issuelinks"));
            List<Long> sprintIds = readSprints(key, fields.get(fieldNames.sprintField()));
            if (epicLinksRead == 0 || sprintValuesRead == 0) {
                lookForFields(fields);
            }
            // Core knows epics by the type name "Epic"; a site's own name for it ("Épopée") is mapped here, once.
            String coreType = fieldNames.isEpicType(type) ? IssueRef.EPIC : type;
            SearchableIssue searchable = new SearchableIssue(key, project, type, statusName, category,
                    labels(key, fields.get("labels")), epicKey, parentKey, resolved(key, fields, resolutionDate),
                    shared.shared(date(key, fields.get("created"), "created")), resolutionDate);
            return new DocumentIssue(searchable, summary == null ? "" : summary, coreType, resolvedOn, sprintIds);
        }

        private Set<String> labels(String key, JsonNode labels) {
            if (labels == null || labels.isNull()) {
                return Set.of();
            }
            if (!labels.isArray()) {
                throw IssuesDocumentException.field(key, "labels", "expected an array of labels, got " + labels);
            }
            Set<String> read = new LinkedHashSet<>();
            for (JsonNode label : labels) {
                if (!label.isTextual()) {
                    throw IssuesDocumentException.field(key, "labels", "expected text, got " + label);
                }
                read.add(label.asText());
            }
            // label sets repeat across issues; the order is not kept (the JQL subset asks only "has it")
            return shared.shared(Set.copyOf(read));
        }

        /** {@code resolution} as Jira sends it (null or {"name": …}); documents without it: has a resolution date. */
        private boolean resolved(String key, JsonNode fields, LocalDate resolutionDate) {
            JsonNode resolution = fields.get("resolution");
            if (resolution == null) {
                return resolutionDate != null;
            }
            if (!resolution.isNull() && !resolution.isObject() && !resolution.isTextual()) {
                throw IssuesDocumentException.field(key, "resolution", "expected an object or null, got " + resolution);
            }
            return !resolution.isNull();
        }

        private String epicLink(String key, JsonNode value) {
            if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
                return null;
            }
            String epic = null;
            if (value.isTextual()) {
                epic = value.asText();
            } else if (value.isObject() && value.path("key").isTextual()) {
                // Some exports carry the epic as an object; its key is what we need.
                epic = value.get("key").asText();
            }
            if (epic != null) {
                epicLinksRead++;
            } else if (fieldNames.epicLinkFieldOrigin() == IssueFieldNames.Origin.DEFAULT) {
                // The default id is a guess: on another site it is some other field (a number on Cloud).
                unreadableEpicLinks.add(key, value.toString());
            } else {
                throw IssuesDocumentException.field(key, fieldNames.epicLinkField(), "expected an epic key, got " + value);
            }
            return epic;
        }

        private List<Long> readSprints(String key, JsonNode value) {
            if (value == null || value.isNull()) {
                return List.of();
            }
            List<Sprint> read;
            try {
                read = readSprintValue(value);
            } catch (SprintValue.InvalidSprintException e) {
                if (fieldNames.sprintFieldOrigin() == IssueFieldNames.Origin.DEFAULT) {
                    unreadableSprints.add(key, e.getMessage());
                    return List.of();
                }
                String field = fieldNames.sprintField() + (e.member() == null ? "" : "." + e.member());
                throw IssuesDocumentException.field(key, field, e.getMessage());
            }
            sprintValuesRead++;
            List<Long> ids = new ArrayList<>(read.size());
            for (Sprint sprint : read) {
                sprints.putIfAbsent(sprint.id(), sprint);
                ids.add(sprint.id());
            }
            // issues of the same sprints share one list
            return shared.shared(List.copyOf(ids));
        }

        private List<Sprint> readSprintValue(JsonNode value) {
            JsonNode first = value.isArray() ? value.path(0) : value;
            if (!first.isTextual()) {
                return SprintValue.readAll(value);
            }
            sprintStrings++;
            List<Sprint> read = new ArrayList<>();
            for (JsonNode element : value.isArray() ? value : List.of(value)) {
                if (element.isTextual()) {
                    Sprint sprint = sprintTexts.get(element.asText());
                    if (sprint == null) {
                        sprint = SprintValue.read(element);
                        sprintTexts.put(element.asText(), sprint);
                    }
                    read.add(sprint);
                } else if (!element.isNull()) {
                    read.add(SprintValue.read(element));
                }
            }
            return read;
        }

        /** Remembers custom fields whose values look like sprints or issue keys, to suggest them if the flags miss. */
        private void lookForFields(JsonNode fields) {
            for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = field.getKey();
                JsonNode value = field.getValue();
                if (!name.startsWith(CUSTOM_FIELD) || value.isNull()
                        || name.equals(fieldNames.epicLinkField()) || name.equals(fieldNames.sprintField())) {
                    continue;
                }
                if (SprintValue.looksLikeSprints(value)) {
                    sprintLikeFields.merge(name, 1, Integer::sum);
                } else if (value.isTextual() && ISSUE_KEY.matcher(value.asText()).matches()) {
                    keyLikeFields.merge(name, 1, Integer::sum);
                }
            }
        }

        /** Remembers the parent (its key is returned); whether it is an epic is decided once every issue is known. */
        private String readParent(String key, JsonNode parent) {
            if (parent == null || parent.isNull()) {
                return null;
            }
            String parentKey = text(parent.get("key"));
            if (!parent.isObject() || parentKey == null) {
                throw IssuesDocumentException.field(key, "parent", "expected an object with a key");
            }
            String parentType = text(parent.path("fields").path("issuetype").get("name"));
            if (parentType == null) {
                parentOf.put(key, new ParentRef(parentKey, false));
            } else if (fieldNames.isEpicType(parentType)) {
                parentOf.put(key, new ParentRef(parentKey, true));
            }
            return parentKey;
        }

        private void readLinks(String key, JsonNode issueLinks) {
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
                // Other link types ("blocks", "relates to"…) mean nothing here; only ours are kept.
                if (!OUTCOME_LINK.equalsIgnoreCase(typeName) && !SUCCESS_MEASURE_LINK.equalsIgnoreCase(typeName)) {
                    continue;
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

        IssuesDocument index() {
            List<DocumentIssue> resolved = new ArrayList<>(issues.size());
            for (DocumentIssue issue : issues) {
                String epic = issue.epicKey();
                ParentRef parent = parentOf.get(issue.key());
                if (epic == null && parent != null) {
                    // Without the parent's type in the document, the parent issue itself says whether it is an epic.
                    DocumentIssue parentIssue = byKey.get(parent.key());
                    if (parent.knownEpic() || parentIssue != null && parentIssue.isOfType(IssueRef.EPIC)) {
                        epic = parent.key();
                    }
                }
                resolved.add(epic == issue.epicKey() ? issue : issue.withEpicKey(epic));
            }
            Set<Map.Entry<String, String>> outcomeLinks = new LinkedHashSet<>();
            Set<Map.Entry<String, String>> measureLinks = new LinkedHashSet<>();
            Examples linksOut = new Examples();
            for (RawLink link : links) {
                // A link to an issue outside the data (another project, not exported) cannot be shown: counted, skipped.
                if (!byKey.containsKey(link.outward()) || !byKey.containsKey(link.inward())) {
                    linksOut.add(byKey.containsKey(link.outward()) ? link.inward() : link.outward());
                    continue;
                }
                if (OUTCOME_LINK.equalsIgnoreCase(link.type())) {
                    outcomeLinks.add(new SimpleImmutableEntry<>(link.outward(), link.inward()));
                } else {
                    measureLinks.add(new SimpleImmutableEntry<>(link.outward(), link.inward()));
                }
            }
            List<String> warnings = warnings(byKey, linksOut);
            for (DocumentIssue issue : resolved) {
                if (byKey.get(issue.key()) != issue) {
                    byKey.put(issue.key(), issue);
                }
            }
            String prefix = source == null ? "issues document: " : source + ": ";
            warnings.forEach(w -> LOG.warn("{}{}", prefix, w));
            LOG.info("{}{} issues, {} sprints{}; epic link field {} ({}), sprint field {} ({}), epic type \"{}\"", prefix,
                    issues.size(), sprints.size(), sprintStrings > 0 ? " (read from Jira Server/Data Center sprint strings)" : "",
                    fieldNames.epicLinkField(), fieldNames.epicLinkFieldOrigin().description(),
                    fieldNames.sprintField(), fieldNames.sprintFieldOrigin().description(), fieldNames.epicType());
            return new IssuesDocument(resolved, byKey, outcomeLinks, measureLinks, sprints, warnings);
        }

        private List<String> warnings(Map<String, DocumentIssue> byKey, Examples linksOut) {
            List<String> warnings = new ArrayList<>();
            if (declaredTotal != null && declaredTotal > issues.size()) {
                warnings.add("\"total\" is " + declaredTotal + " but " + issues.size() + " issues were read: the rest of the"
                        + " search is missing (one page of a larger answer?), the preview shows only the issues it has");
            }
            if (!unreadableEpicLinks.isEmpty()) {
                warnings.add("the epic link field " + fieldNames.epicLinkField() + " (default) holds no issue key in "
                        + unreadableEpicLinks + ", e.g. " + unreadableEpicLinks.firstDetail() + ": not read as epic links");
            }
            if (!issues.isEmpty() && epicLinksRead == 0) {
                warnings.add("no issue has an epic key in the epic link field " + fieldNames.epicLinkField() + " ("
                        + fieldNames.epicLinkFieldOrigin().description() + ")" + suggestion(keyLikeFields, "issue keys", "--epic-link-field"));
            }
            if (!unreadableSprints.isEmpty()) {
                warnings.add("the sprint field " + fieldNames.sprintField() + " (default) holds no sprints in "
                        + unreadableSprints + " (" + unreadableSprints.firstDetail() + "): not read as sprints");
            }
            if (!issues.isEmpty() && sprintValuesRead == 0) {
                warnings.add("no issue has sprints in the sprint field " + fieldNames.sprintField() + " ("
                        + fieldNames.sprintFieldOrigin().description() + ")" + suggestion(sprintLikeFields, "sprints", "--sprint-field"));
            }
            epicTypeHint(byKey).ifPresent(warnings::add);
            if (!undatedDone.isEmpty()) {
                warnings.add(undatedDone + " done without a resolutiondate: counted done and placed on the day of their"
                        + " \"updated\" date" + (undatedNoUpdated.isEmpty() ? ""
                        : "; " + undatedNoUpdated + " without \"updated\" either are counted done but in no week"));
            }
            if (!linksOut.isEmpty()) {
                warnings.add(linksOut.count() + " \"" + OUTCOME_LINK + "\"/\"" + SUCCESS_MEASURE_LINK + "\" link"
                        + (linksOut.count() == 1 ? " points" : "s point") + " to issues not in the data ("
                        + linksOut.keys() + "): ignored");
            }
            return warnings;
        }

        private String suggestion(Map<String, Integer> candidates, String what, String flag) {
            if (candidates.isEmpty()) {
                return "";
            }
            List<Map.Entry<String, Integer>> best = candidates.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(3).toList();
            return "; " + best.stream().map(e -> e.getKey() + " holds " + what + " in " + e.getValue() + " issue"
                    + (e.getValue() == 1 ? "" : "s")).collect(Collectors.joining(", ")) + ": try " + flag + " " + best.get(0).getKey();
        }

        /** A site whose epic type has another name links its issues to epics the preview does not see as epics. */
        private Optional<String> epicTypeHint(Map<String, DocumentIssue> byKey) {
            if (issues.stream().anyMatch(i -> i.isOfType(IssueRef.EPIC))) {
                return Optional.empty();
            }
            Set<String> targetTypes = new LinkedHashSet<>();
            for (DocumentIssue issue : issues) {
                DocumentIssue target = issue.epicKey() == null ? null : byKey.get(issue.epicKey());
                if (target != null) {
                    targetTypes.add(target.coreType());
                }
            }
            return targetTypes.isEmpty() ? Optional.empty() : Optional.of("no issue is of the epic type \""
                    + fieldNames.epicType() + "\", yet epic links point at issues of type " + targetTypes.stream()
                    .map(t -> "\"" + t + "\"").collect(Collectors.joining(", ")) + ": try --epic-type \""
                    + targetTypes.iterator().next() + "\"");
        }
    }

    /** A count of issues with the first few keys, for one summary line instead of one line per issue. */
    private static final class Examples {

        private static final int SHOWN = 3;
        private final List<String> keys = new ArrayList<>(SHOWN);
        private int count;
        private String firstDetail;

        void add(String key) {
            add(key, null);
        }

        void add(String key, String detail) {
            if (count++ == 0) {
                firstDetail = detail;
            }
            if (keys.size() < SHOWN && !keys.contains(key)) {
                keys.add(key);
            }
        }

        boolean isEmpty() {
            return count == 0;
        }

        int count() {
            return count;
        }

        String firstDetail() {
            return firstDetail;
        }

        String keys() {
            return String.join(", ", keys) + (count > keys.size() ? ", …" : "");
        }

        /** "3 issues (A-1, A-2, A-3)" or "1 issue (A-1)". */
        @Override
        public String toString() {
            return count + (count == 1 ? " issue (" : " issues (") + keys() + ")";
        }
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
