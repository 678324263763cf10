package com.outcomes.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Profiles one case in-process with the JDK's Flight Recorder: Java method samples only, every
 * {@link #SAMPLE_PERIOD}, so the case's own figures move by about 1% (no allocation, lock or I/O events).
 * Samples are kept only for the threads the caller names, so a profile of the server is not diluted by the
 * bench's clients.
 */
public final class CaseProfiler {

    static final Duration SAMPLE_PERIOD = Duration.ofMillis(10);
    private static final String EXECUTION_SAMPLE = "jdk.ExecutionSample";
    private static final String LAMBDA = "$$Lambda";

    /**
     * The preview server's request threads: Jetty's {@code QueuedThreadPool}, which {@code PreviewServer} leaves
     * at its default, names its threads {@code qtp<hash>-<id>}. Its acceptor and selector run there too, but they
     * wait in native code, where no Java sample is taken.
     */
    public static final Predicate<String> REQUEST_THREADS = name -> name.startsWith("qtp");

    private CaseProfiler() {
    }

    /** Samples of the thread that calls this, e.g. a case run in-process on the bench's main thread. */
    public static Predicate<String> callingThread() {
        String name = Thread.currentThread().getName();
        return name::equals;
    }

    /**
     * Runs {@code work} under a method-sampling recording and summarises the samples of the threads whose name
     * passes {@code threads}. The recording is only ever on disk for the time it takes to read it back.
     */
    public static <T> Profiled<T> profile(String caseName, Predicate<String> threads, Callable<T> work)
            throws Exception {
        Path file = Files.createTempFile("outcomes-bench-profile-", ".jfr");
        try {
            T result;
            try (Recording recording = new Recording()) {
                recording.setName("outcomes-bench " + caseName);
                // A bare recording has no event enabled: method samples are all it records.
                recording.enable(EXECUTION_SAMPLE).withPeriod(SAMPLE_PERIOD).withStackTrace();
                recording.start();
                try {
                    result = work.call();
                } finally {
                    recording.stop();
                }
                recording.dump(file);
            }
            return new Profiled<>(result, read(caseName, threads, file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static CaseProfile read(String caseName, Predicate<String> threads, Path file) throws IOException {
        List<List<CaseProfile.Frame>> kept = new ArrayList<>();
        int others = 0;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (!event.getEventType().getName().equals(EXECUTION_SAMPLE)) {
                    continue;
                }
                RecordedThread thread = event.getThread("sampledThread");
                String name = thread == null ? null : thread.getJavaName();
                if (name != null && threads.test(name)) {
                    kept.add(frames(event.getStackTrace()));
                } else {
                    others++;
                }
            }
        }
        return CaseProfile.of(caseName, kept, others);
    }

    /** The stack's Java methods from the top down (JFR keeps the top 64 frames, enough for the first of ours). */
    private static List<CaseProfile.Frame> frames(RecordedStackTrace stack) {
        if (stack == null) {
            return List.of();
        }
        List<CaseProfile.Frame> frames = new ArrayList<>(stack.getFrames().size());
        for (RecordedFrame frame : stack.getFrames()) {
            if (frame.isJavaFrame() && frame.getMethod() != null) {
                frames.add(new CaseProfile.Frame(stableName(frame.getMethod().getType().getName()),
                        frame.getMethod().getName()));
            }
        }
        return frames;
    }

    /**
     * A lambda's class without its JVM-given number and address ({@code Foo$$Lambda$79+0x…/0x…} becomes
     * {@code Foo$$Lambda}): the same from run to run, and every lambda of a class counts together.
     */
    static String stableName(String className) {
        int lambda = className.indexOf(LAMBDA);
        return lambda < 0 ? className : className.substring(0, lambda + LAMBDA.length());
    }
}
