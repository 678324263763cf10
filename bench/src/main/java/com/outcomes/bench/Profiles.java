package com.outcomes.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * The profiles one run takes of its heaviest cases ({@link CaseProfiler}), kept in the order taken for RESULTS.md:
 * a missed target is then explained from the same run's samples, not from a trial run on another day.
 */
final class Profiles {

    private final List<CaseProfile> taken = Collections.synchronizedList(new ArrayList<>());

    /** Runs {@code work} under the profiler and keeps its profile under {@code caseName}. */
    <T> T profile(String caseName, Predicate<String> threads, Callable<T> work) throws Exception {
        Profiled<T> profiled = CaseProfiler.profile(caseName, threads, work);
        taken.add(profiled.profile());
        return profiled.result();
    }

    List<CaseProfile> taken() {
        return List.copyOf(taken);
    }

    /** "## Profiles" and each profile's table, or nothing when none was taken. */
    void append(StringBuilder md) {
        List<CaseProfile> all = taken();
        if (all.isEmpty()) {
            return;
        }
        md.append("\n## Profiles (JFR method samples of this run, every ~10 ms)\n\n");
        md.append("Taken in-process with `CaseProfiler` while the case ran (request threads of the preview server for the "
                + "HTTP cases, the bench's own thread for in-process ones); the analysis refers to them where a target is missed.\n");
        for (CaseProfile profile : all) {
            md.append('\n').append(profile.markdown());
        }
    }
}
