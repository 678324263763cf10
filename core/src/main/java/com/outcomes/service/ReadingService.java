package com.outcomes.service;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.outcomes.domain.Dates;
import com.outcomes.domain.FieldError;
import com.outcomes.domain.Metric;
import com.outcomes.domain.NewReading;
import com.outcomes.domain.Numbers;
import com.outcomes.domain.Reading;
import com.outcomes.domain.ReadingHistory;
import com.outcomes.domain.ReadingPoint;
import com.outcomes.domain.ReadingValidator;
import com.outcomes.domain.Texts;
import com.outcomes.domain.ValidationException;
import com.outcomes.port.ClosureStore;
import com.outcomes.port.MetricStore;
import com.outcomes.port.ReadingStore;

/** Recording, correcting and importing readings; readings are append-only. */
public final class ReadingService {

    /** CSV field names in errors: "line 3.value" points the user at the exact cell. */
    private static final String CSV_SOURCE = "csv import";
    /** DESIGN §5: an import holds at most this many lines, header and blank lines included. */
    public static final int MAX_CSV_LINES = 1_000_000;

    private final ReadingStore readings;
    private final MetricStore metricStore;
    private final MetricService metrics;
    private final Permissions permissions;
    private final Clock clock;
    private final OpenOutcomes open;

    public ReadingService(ReadingStore readings, MetricStore metricStore, MetricService metrics,
                          Permissions permissions, Clock clock, ClosureStore closures) {
        this.open = new OpenOutcomes(closures);
        this.readings = readings;
        this.metricStore = metricStore;
        this.metrics = metrics;
        this.permissions = permissions;
        this.clock = clock;
    }

    public Reading record(String user, long metricId, NewReading candidate) {
        Metric metric = editable(user, metricId);
        NewReading reading = ReadingValidator.validate(candidate, LocalDate.now(clock));
        // The repository checks that `supersedes` names a reading of this metric, inside its transaction.
        return readings.append(metric.id(), reading, user, clock.instant());
    }

    /**
     * Imports {@code measuredAt,value[,note]} lines (at most {@value #MAX_CSV_LINES}); one bad line imports nothing
     * and names the line. Values are plain decimals ({@link Numbers#parsePlainDecimal}), dates {@code YYYY-MM-DD}.
     */
    public ImportResult importCsv(String user, long metricId, String csv) {
        Metric metric = editable(user, metricId);
        List<NewReading> parsed = parse(csv == null ? "" : csv, LocalDate.now(clock));
        readings.appendAll(metric.id(), parsed, user, clock.instant());
        return new ImportResult(parsed.size());
    }

    public List<ReadingView> history(String user, long metricId) {
        Metric metric = metrics.visible(user, metricId);
        return views(readings.history(metric.id()));
    }

    /** Histories of every metric of an issue in one query, keyed by metric id, oldest first. */
    public Map<Long, List<ReadingView>> historiesOfIssue(String user, String issueKey) {
        permissions.requireView(user, issueKey);
        return historiesOf(metricStore.byIssue(issueKey).stream().map(Metric::id).toList());
    }

    /** Histories of metrics the caller has already checked, in one query, keyed by metric id, oldest first. */
    Map<Long, List<ReadingView>> historiesOf(List<Long> metricIds) {
        Map<Long, List<ReadingView>> result = new LinkedHashMap<>();
        if (metricIds.isEmpty()) {
            return result;
        }
        readings.historiesOf(metricIds).forEach((id, list) -> result.put(id, views(list)));
        return result;
    }

    /** The readings in the history's order, each marked superseded or not as the rules see it. */
    private static List<ReadingView> views(List<Reading> readings) {
        Map<Long, Reading> byId = new HashMap<>();
        readings.forEach(r -> byId.put(r.id(), r));
        ReadingHistory history = new ReadingHistory(readings.stream().map(Reading::point).toList());
        List<ReadingView> views = new ArrayList<>(readings.size());
        for (ReadingPoint p : history.all()) {
            views.add(new ReadingView(byId.get(p.id()), history.isSuperseded(p.id())));
        }
        return views;
    }

    private Metric editable(String user, long metricId) {
        Metric metric = metrics.visible(user, metricId);
        permissions.requireEdit(user, metric.issueKey());
        open.requireOpen(metric.issueKey()); // a closed outcome's metrics are frozen (DESIGN §3b)
        return metric;
    }

    private static List<NewReading> parse(String csv, LocalDate today) {
        // Counted before parsing, so an oversized file is refused before a million readings are built.
        if (lineCount(csv) > MAX_CSV_LINES) {
            throw new ValidationException(new FieldError("csv", "outcomes.error.csvTooManyLines", MAX_CSV_LINES));
        }
        List<NewReading> result = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).build();
        long lastLine = 0; // the line of the last record read: a record the parser cannot read starts after it
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                lastLine = line;
                if (row.getRecordNumber() == 1 && isHeader(row)) {
                    continue;
                }
                NewReading reading = parseRow(row, line, today, errors);
                if (reading != null) {
                    result.add(reading);
                }
                if (errors.size() >= 20) {
                    break; // enough to act on; a 100k-line file with a wrong column must not produce 100k errors
                }
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            // named by line like any other bad line, so the importer knows where to look (an unclosed quote, say)
            errors.add(new FieldError("line " + (lastLine + 1), "outcomes.error.csvLineMalformed"));
        }
        if (errors.isEmpty() && result.isEmpty()) {
            errors.add(new FieldError("csv", "outcomes.error.csvEmpty"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return result;
    }

    /** Physical lines: CR, LF and CRLF each end one; a last line without an ending counts too. */
    static long lineCount(String text) {
        long lines = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines++;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            }
        }
        char last = text.isEmpty() ? '\n' : text.charAt(text.length() - 1);
        return last == '\n' || last == '\r' ? lines : lines + 1;
    }

    private static boolean isHeader(CSVRecord row) {
        return "measuredAt".equalsIgnoreCase(row.get(0));
    }

    private static NewReading parseRow(CSVRecord row, long line, LocalDate today, List<FieldError> errors) {
        String prefix = "line " + line + ".";
        if (row.size() < 2 || row.size() > 3) {
            errors.add(new FieldError("line " + line, "outcomes.error.csvColumns", row.size()));
            return null;
        }
        LocalDate measuredAt = Dates.parse(row.get(0));
        if (measuredAt == null) {
            errors.add(new FieldError(prefix + "measuredAt", "outcomes.error.date", Texts.echo(row.get(0))));
            return null;
        }
        Double value = Numbers.parsePlainDecimal(row.get(1));
        if (value == null) {
            errors.add(new FieldError(prefix + "value", "outcomes.error.number", Texts.echo(row.get(1))));
            return null;
        }
        String note = row.size() == 3 ? row.get(2) : null;
        try {
            return ReadingValidator.validate(new NewReading(value, measuredAt, note, CSV_SOURCE, null), today);
        } catch (ValidationException e) {
            for (FieldError fe : e.errors()) {
                errors.add(new FieldError(prefix + fe.field(), fe.messageKey(), fe.args()));
            }
            return null;
        }
    }
}
