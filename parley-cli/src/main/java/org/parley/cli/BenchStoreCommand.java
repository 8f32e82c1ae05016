package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.shift.ShiftDetector;
import org.parley.store.ActorSelection;
import org.parley.store.Dyad;
import org.parley.store.DuckDbEventStore;
import org.parley.store.Period;
import org.parley.store.StoredActor;
import org.parley.store.SyntheticEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley bench-store}: times the relation queries on a synthetic store of millions of events. */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = "Generate a synthetic DuckDB store (default 10 million events) and time a dyad-by-month query "
                + "and shift detection over a year.")
final class BenchStoreCommand implements Callable<Integer> {
    private static final int RUNS = 5;

    @Option(names = "--events", paramLabel = "N", description = "synthetic events (default: ${DEFAULT-VALUE})")
    long events = 10_000_000;

    @Option(names = "--db", paramLabel = "PATH", description = "keep the store in this file, or time an existing "
            + "one again without generating (default: a temporary file, deleted afterwards)")
    Path db;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (events < 1000) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--events must be at least 1000");
        }
        Path dir = db == null ? Files.createTempDirectory("parley-bench") : null;
        Path file = db != null ? db : dir.resolve("bench.duckdb");
        boolean existing = Files.exists(file);
        PrintWriter out = spec.commandLine().getOut();
        try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
            long t0 = System.nanoTime();
            if (existing) {
                out.printf(Locale.ROOT, "timing the existing store %s: %,d events, %s%n", file, store.summary(1).events(),
                        humanSize(file));
            } else {
                SyntheticEvents.generate(store, events);
                out.printf(Locale.ROOT, "generated %,d events (with reports, documents, sentences) in %.1f s, %s%n",
                        events, seconds(t0), humanSize(file));
            }
            out.flush();
            List<StoredActor> actors = store.actors();
            Dyad dyad = new Dyad(ActorSelection.of("USA", actors), ActorSelection.of("RUS", actors));
            double[] dyadMs = time(() -> store.dyadSeries(dyad, Period.MONTH, null, null).size());
            int months = store.dyadSeries(dyad, Period.MONTH, null, null).size();
            out.printf(Locale.ROOT, "dyad USA x RUS by month (%d months, all dates): median %.0f ms, best %.0f ms "
                    + "(target < 200 ms)%n", months, median(dyadMs), dyadMs[0]);
            out.flush();
            LocalDate end = store.dateRange()[1];
            LocalDate split = end.minusMonths(6).plusDays(1);
            LocalDate start = end.minusYears(1).plusDays(1);
            ShiftDetector detector = new ShiftDetector(new ShiftDetector.Settings(10, 0.05, 10, 3));
            double[] shiftMs = time(() -> detector.detect(store, start, split, end).shifts().size());
            ShiftDetector.Result result = detector.detect(store, start, split, end);
            out.printf(Locale.ROOT, "shifts over a year (%s..%s vs %s..%s, %d dyads tested, %d shifts): median %.0f ms,"
                            + " best %.0f ms (target < 5000 ms)%n", start, split.minusDays(1), split, end,
                    result.tested(), result.shifts().size(), median(shiftMs), shiftMs[0]);
        } finally {
            if (dir != null) {
                try (var files = Files.list(dir)) {
                    for (Path p : files.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(dir);
            }
        }
        out.flush();
        return 0;
    }

    /** A timed step. */
    private interface Step {
        int run() throws Exception;
    }

    /** Run times in ms, sorted, after one warm-up run. */
    private static double[] time(Step step) throws Exception {
        step.run();
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            step.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String humanSize(Path file) throws java.io.IOException {
        return String.format(Locale.ROOT, "%.0f MB on disk", Files.size(file) / 1e6);
    }
}
