package com.outcomes.bench;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a case spent its time, from the stacks a sampling profiler took of the threads that served it
 * ({@link CaseProfiler}): the methods on top of the stacks (self time), the first method of ours under each top
 * (which of our calls led there) and the libraries the top methods belong to.
 *
 * @param caseName      the case, as RESULTS.md names it
 * @param samples       stacks sampled on the kept threads
 * @param otherSamples  stacks sampled on every other thread meanwhile (the bench's clients, the JVM's own, …)
 * @param ourSamples    kept samples with a frame of ours (the bench's own excluded) anywhere in the stack
 * @param selfFrames    the most frequent top-of-stack methods
 * @param ourFrames     the most frequent first {@code com.outcomes.} frames from the top (the bench's own excluded);
 *                      shares are of all kept samples (summed over every method of ours: {@code ourSamples})
 * @param packageGroups the libraries (or our layers) of the top-of-stack methods
 */
public record CaseProfile(String caseName, int samples, int otherSamples, int ourSamples, List<Share> selfFrames,
                          List<Share> ourFrames, List<Share> packageGroups) {

    /** How many entries each list keeps. */
    public static final int TOP = 10;

    private static final String OURS = "com.outcomes.";
    private static final String BENCH = "com.outcomes.bench.";
    /** Libraries named by more than two package segments; anything else is grouped by its first two. */
    private static final List<String> LIBRARIES = List.of("org.eclipse.jetty", "org.glassfish.jersey",
            "org.glassfish.hk2", "com.fasterxml.jackson", "com.zaxxer.hikari");

    public CaseProfile {
        selfFrames = List.copyOf(selfFrames);
        ourFrames = List.copyOf(ourFrames);
        packageGroups = List.copyOf(packageGroups);
    }

    /** One method of a sampled stack. */
    public record Frame(String className, String methodName) {
        String label() {
            return className + "." + methodName;
        }
    }

    /** A name and how many of the kept samples it had. */
    public record Share(String name, int samples, double percent) {
    }

    /**
     * @param stacks       the kept threads' samples, each from its top frame down (empty stacks are counted but
     *                     attributed to nothing)
     * @param otherSamples samples of the threads left out
     */
    public static CaseProfile of(String caseName, List<List<Frame>> stacks, int otherSamples) {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        Map<String, Integer> groups = new HashMap<>();
        for (List<Frame> stack : stacks) {
            if (stack.isEmpty()) {
                continue;
            }
            Frame top = stack.get(0);
            self.merge(top.label(), 1, Integer::sum);
            groups.merge(packageGroup(top.className()), 1, Integer::sum);
            stack.stream()
                    .filter(frame -> frame.className().startsWith(OURS) && !frame.className().startsWith(BENCH))
                    .findFirst()
                    .ifPresent(frame -> ours.merge(frame.label(), 1, Integer::sum));
        }
        int samples = stacks.size();
        int ourSamples = ours.values().stream().mapToInt(Integer::intValue).sum();
        return new CaseProfile(caseName, samples, otherSamples, ourSamples, top(self, samples), top(ours, samples),
                top(groups, samples));
    }

    /**
     * Our code by layer ({@code com.outcomes.store}, {@code com.outcomes.service}, …), the libraries in
     * {@link #LIBRARIES} by their name, everything else by its first two package segments ({@code org.hsqldb},
     * {@code java.util}, {@code jdk.internal}).
     */
    static String packageGroup(String className) {
        int lastDot = className.lastIndexOf('.');
        if (lastDot < 0) {
            return "(default package)";
        }
        String pkg = className.substring(0, lastDot);
        if (pkg.startsWith(OURS)) {
            return segments(pkg, 3);
        }
        for (String library : LIBRARIES) {
            if (pkg.equals(library) || pkg.startsWith(library + ".")) {
                return library;
            }
        }
        return segments(pkg, 2);
    }

    private static String segments(String pkg, int count) {
        int end = -1;
        for (int i = 0; i < count; i++) {
            end = pkg.indexOf('.', end + 1);
            if (end < 0) {
                return pkg;
            }
        }
        return pkg.substring(0, end);
    }

    private static List<Share> top(Map<String, Integer> counts, int samples) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .map(entry -> new Share(entry.getKey(), entry.getValue(), 100.0 * entry.getValue() / samples))
                .toList();
    }

    /**
     * A heading line (case, samples, share under our code) and one table whose rows are the ranks of the three
     * lists, side by side, for RESULTS.md.
     */
    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT,
                "**Profile: %s** — %d samples every ~%d ms on the profiled threads (%d on other threads), "
                        + "%.0f%% under our code\n\n",
                caseName, samples, CaseProfiler.SAMPLE_PERIOD.toMillis(), otherSamples,
                samples == 0 ? 0.0 : 100.0 * ourSamples / samples));
        out.append("| # | self (top of stack) | % | first frame of ours | % | package of the top | % |\n");
        out.append("|---|---|---:|---|---:|---|---:|\n");
        int rows = Math.max(selfFrames.size(), Math.max(ourFrames.size(), packageGroups.size()));
        if (rows == 0) {
            out.append("| – | no samples | | | | | |\n");
        }
        for (int i = 0; i < rows; i++) {
            out.append("| ").append(i + 1)
                    .append(cells(selfFrames, i, true))
                    .append(cells(ourFrames, i, true))
                    .append(cells(packageGroups, i, false))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String cells(List<Share> shares, int i, boolean code) {
        if (i >= shares.size()) {
            return " | | ";
        }
        Share share = shares.get(i);
        String name = code ? "`" + share.name() + "`" : share.name();
        return String.format(Locale.ROOT, " | %s | %.1f", name, share.percent());
    }
}
