package com.outcomes.bench;

import java.util.List;

/** The figures measured on one database. */
public record DatabaseResults(
        String database,
        Workload.Loaded load,
        Samples dashboardWhole,
        Samples dashboardChallenge,
        Samples dashboardService,
        Samples dashboardServiceUncached,
        Samples storeLoad,
        Samples floor,
        List<GrowthPoint> growth,
        int challengeStatements,
        int challengeTrackerCalls,
        Samples metricGet,
        Samples readingsGet,
        Recording recording,
        Samples csvImport,
        CsvRejection csvRejection,
        Concurrency concurrency,
        Scale scale) {

    /**
     * The scale ×5 portfolio's whole dashboard (issue 18 target 3), timed in turn with its floor: over HTTP (its
     * evaluation kept, nothing is written between runs) and the service with no evaluation kept. Null when the run has
     * no scale portfolio.
     */
    public record Scale(int outcomes, int issues, Samples dashboard, Samples serviceUncached, Samples floor) {
    }

    /**
     * Viewers in a closed loop while readings are recorded and checked. Latencies are null when no request of
     * that kind ended in the window; {@code firstError} / {@code firstProblem} say what the first failure was.
     */
    public record Concurrency(int viewers, double wholeShare, double seconds, Samples all, Samples whole,
                              Samples challenge, int errors, String firstError, int writesAttempted,
                              int writesAcknowledged, int writeErrors, Samples writeLatency, int checks, int staleReads,
                              int checkErrors, Samples checkLatency, int refusals, int leaks, String firstProblem) {

        public int dashboards() {
            return all == null ? 0 : all.runs();
        }

        public double perSecond() {
            return dashboards() / seconds;
        }

        public double writesPerSecond() {
            return writesAcknowledged / seconds;
        }

        /** Every failed request, the viewers' and the writer's and checker's. */
        public int allErrors() {
            return errors + writeErrors + checkErrors;
        }
    }

    /** Dashboard of a portfolio of {@code outcomes} outcomes: latency over HTTP, SQL statements and work-tracker calls per request. */
    public record GrowthPoint(int outcomes, Samples latency, int statements, int trackerCalls) {
    }

    /** Readings recorded over HTTP by {@code clients} concurrent clients. */
    public record Recording(int clients, int readings, double seconds, Samples latency, int statementsPerReading) {

        public double perSecond() {
            return readings / seconds;
        }
    }

    /** The CSV file with a bad last line: the answer's status and how many readings the metric has afterwards. */
    public record CsvRejection(int lines, int status, int storedAfterwards) {

        public boolean nothingStored() {
            return status == 400 && storedAfterwards == 0;
        }
    }
}
