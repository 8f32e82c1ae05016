package org.parley.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Where a coding run spends its time: nanoseconds per pipeline stage, summed over all threads. Thread-safe; one
 * instance belongs to one run and is handed to the pipeline by its caller, so that nothing global is measured.
 * {@link #off()} records nothing and lets the pipeline skip the clock reads.
 */
public final class StageTimes {
    /** The stages of a coding run, in pipeline order. */
    public enum Stage { READ, ANALYSIS, ACTORS, EVENTS, DATES, PLACES, STORE }

    private static final StageTimes OFF = new StageTimes(false, System::nanoTime);

    private final boolean on;
    private final LongSupplier clock;
    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    private StageTimes(boolean on, LongSupplier clock) {
        this.on = on;
        this.clock = clock;
        for (Stage stage : Stage.values()) {
            nanos.put(stage, new LongAdder());
        }
    }

    /** A new, empty record of stage times. */
    public static StageTimes recording() {
        return new StageTimes(true, System::nanoTime);
    }

    /**
     * A new, empty record of the CPU time each stage takes on the calling thread, for benchmarks on a busy machine:
     * time the thread waits for a core is not counted. Reading the clock costs more than {@link #recording()}'s;
     * each {@link #since} must run on the thread that read its start, as the pipeline's do.
     */
    public static StageTimes recordingThreadCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return new StageTimes(true, threads::getCurrentThreadCpuTime);
    }

    /** The record that records nothing; it holds no state, so one instance serves every caller. */
    public static StageTimes off() {
        return OFF;
    }

    /** Whether times are recorded; when not, callers need not read the clock. */
    public boolean on() {
        return on;
    }

    /** Adds the time since {@code startNanos} (a reading of {@link #now()}) to a stage; returns now. */
    public long since(Stage stage, long startNanos) {
        if (!on) {
            return 0;
        }
        long now = clock.getAsLong();
        nanos.get(stage).add(now - startNanos);
        return now;
    }

    /** Adds a duration to a stage. */
    public void add(Stage stage, long durationNanos) {
        if (on) {
            nanos.get(stage).add(durationNanos);
        }
    }

    /** The time recorded for a stage. */
    public long nanos(Stage stage) {
        return nanos.get(stage).sum();
    }

    /** The time recorded for all stages. */
    public long totalNanos() {
        long total = 0;
        for (Stage stage : Stage.values()) {
            total += nanos(stage);
        }
        return total;
    }

    /** The current clock reading when recording, else 0 (no clock read). */
    public long now() {
        return on ? clock.getAsLong() : 0;
    }
}
