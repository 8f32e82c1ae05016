package org.parley.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.api.Sentence;
import org.parley.cli.bench.ProcessMemory;
import org.parley.cli.bench.SyntheticCorpus;
import org.parley.io.DocumentReader;
import org.parley.io.ReadReport;
import org.parley.pipeline.OrderedParallelCoder;
import org.parley.pipeline.Parley;
import org.parley.pipeline.StageTimes;
import org.parley.pipeline.StageTimes.Stage;
import org.parley.store.DuckDbEventStore;
import org.parley.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley bench}: codes a corpus end to end (read, analyse, code, store in DuckDB) and reports throughput,
 * memory, start-up time and where the time goes. Without a corpus it generates a realistic one.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Code a corpus end to end into DuckDB and report speed, memory and stage times.")
final class BenchCommand implements Callable<Integer> {
    /** DuckDB's share of the memory goal (1 GiB of RSS with a 768 MiB heap). */
    private static final int STORE_MEMORY_MIB = 96;
    /** Sentences after which the JIT compiler has compiled the hot paths; the warm rate is measured after them. */
    private static final long WARM_UP_SENTENCES = 50_000;

    @Parameters(arity = "0..*", paramLabel = "CORPUS",
            description = "inputs as for ingest; default: a generated corpus of --sentences sentences")
    List<String> corpus = List.of();

    @Option(names = "--threads", paramLabel = "N", description = "coding threads (default: available cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--sentences", paramLabel = "N", description = "size of the generated corpus (default: ${DEFAULT-VALUE})")
    long sentences = 200_000;

    @Option(names = "--seed", paramLabel = "N", description = "seed of the generated corpus (default: ${DEFAULT-VALUE})")
    long seed = 8;

    @Option(names = "--db", paramLabel = "FILE", description = "DuckDB file to store into (default: a temporary file, deleted)")
    Path db;

    @Option(names = "--generate", paramLabel = "FILE",
            description = "only write the generated corpus to FILE as JSONL (streamed) and exit")
    Path generate;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (threads < 1 || sentences < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads and --sentences must be >= 1");
        }
        if (generate != null) {
            writeCorpus(generate);
            out.printf("wrote %,d sentences to %s%n", sentences, generate);
            return 0;
        }
        long loadStart = System.nanoTime();
        Parley parley = Parley.load();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        double startupSeconds = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
        Path corpusFile = null;
        List<String> inputs = corpus;
        String described = String.join(" ", corpus);
        if (corpus.isEmpty()) {
            corpusFile = Files.createTempFile("parley-bench-", ".jsonl");
            writeCorpus(corpusFile);
            inputs = List.of(corpusFile.toString());
            described = String.format(Locale.ROOT, "generated, %,d sentences, seed %d", sentences, seed);
        }
        Path dbFile = db != null ? db : Files.createTempFile("parley-bench-", ".duckdb");
        if (db == null) {
            Files.delete(dbFile);
        }
        try {
            Result result = run(parley, inputs, dbFile);
            print(out, described, dbFile, startupSeconds, loadSeconds, result);
        } finally {
            if (corpusFile != null) {
                Files.deleteIfExists(corpusFile);
            }
            if (db == null) {
                Files.deleteIfExists(dbFile);
                Files.deleteIfExists(Path.of(dbFile + ".wal"));
            }
        }
        return 0;
    }

    private void writeCorpus(Path file) throws Exception {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            SyntheticCorpus.bundled(seed).writeJsonl(sentences, writer);
        }
    }

    /** What one run measured. */
    private record Result(long documents, long sentences, long tagged, long events, double seconds, double warmRate,
                          double cpuSeconds, StageTimes times) {
    }

    private Result run(Parley parley, List<String> inputs, Path dbFile) throws Exception {
        StageTimes times = StageTimes.recording();
        long[] sentenceCount = {0};
        long[] taggedCount = {0};
        long[] warm = {0, 0};
        long start = System.nanoTime();
        long cpuStart = ProcessMemory.processCpuNanos();
        ReadReport report;
        long storedEvents;
        // A bounded buffer pool keeps a long run in constant memory (the memory goal is measured here).
        try (EventStore store = DuckDbEventStore.open(dbFile, STORE_MEMORY_MIB);
             StoreBatcher storing = new StoreBatcher(store, times)) {
            DocumentReader reader = new DocumentReader(null, false);
            try (OrderedParallelCoder coder = new OrderedParallelCoder(parley.pipeline(), threads, coded -> {
                sentenceCount[0] += coded.sentences().size();
                if (warm[0] == 0 && sentenceCount[0] >= WARM_UP_SENTENCES) {
                    warm[0] = System.nanoTime();
                    warm[1] = sentenceCount[0];
                }
                for (Sentence sentence : coded.sentences()) {
                    if (sentence.size() > 0 && !sentence.token(0).pos().isEmpty()) {
                        taggedCount[0]++;
                    }
                }
                storing.accept(coded);
            }, times)) {
                // Reading time is the reader's own: the time between hand-overs, not the time spent handing over.
                long[] lastHandOver = {System.nanoTime()};
                report = reader.read(inputs, document -> {
                    times.since(Stage.READ, lastHandOver[0]);
                    try {
                        coder.submit(document);
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    lastHandOver[0] = System.nanoTime();
                });
                coder.finish();
            }
            storing.flush();
            storedEvents = storing.storedEvents();
        }
        long end = System.nanoTime();
        double seconds = (end - start) / 1e9;
        double warmRate = warm[0] == 0 || sentenceCount[0] < 2 * WARM_UP_SENTENCES ? Double.NaN
                : (sentenceCount[0] - warm[1]) / ((end - warm[0]) / 1e9);
        double cpuSeconds = (ProcessMemory.processCpuNanos() - cpuStart) / 1e9;
        return new Result(report.documents(), sentenceCount[0], taggedCount[0], storedEvents, seconds, warmRate,
                cpuSeconds, times);
    }

    private void print(PrintWriter out, String corpusName, Path dbFile, double startup, double load, Result r) {
        out.printf(Locale.ROOT, "parley bench: %s; %d coding thread(s); store %s%n", corpusName, threads,
                db == null ? "temporary DuckDB file" : dbFile);
        out.printf(Locale.ROOT, "corpus        %,d documents, %,d sentences (%.0f%% tagged: they may name an actor), "
                + "%,d events%n", r.documents(), r.sentences(), r.sentences() == 0 ? 0 : 100.0 * r.tagged() / r.sentences(),
                r.events());
        out.printf(Locale.ROOT, "jvm           %s%n", jvmDescription());
        out.printf(Locale.ROOT, "start-up      %.2f s from JVM start (models and dictionaries loaded in %.2f s)%n",
                startup, load);
        out.printf(Locale.ROOT, "wall time     %.2f s (read, analyse, code, store)%n", r.seconds());
        out.printf(Locale.ROOT, "throughput    %,.0f sentences/s   %,.0f documents/s   %,.0f events/s%n",
                r.sentences() / r.seconds(), r.documents() / r.seconds(), r.events() / r.seconds());
        if (!Double.isNaN(r.warmRate())) {
            out.printf(Locale.ROOT, "warm          %,.0f sentences/s after the first %,d sentences (JIT compilation "
                    + "done)%n", r.warmRate(), WARM_UP_SENTENCES);
        }
        out.printf(Locale.ROOT, "cpu time      %.2f s, %.1f µs/sentence (all threads, JIT and GC included; %.1f of %d cores "
                + "busy)%n", r.cpuSeconds(), r.cpuSeconds() * 1e6 / Math.max(1, r.sentences()), r.cpuSeconds() / r.seconds(),
                Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "memory        peak heap %s   peak RSS %s (VmHWM)   max heap %s%n",
                mib(ProcessMemory.peakHeapBytes()), mib(ProcessMemory.peakRssBytes()),
                mib(Runtime.getRuntime().maxMemory()));
        out.println("stage         time (all threads)   share   µs/sentence");
        long total = r.times().totalNanos();
        for (Stage stage : Stage.values()) {
            long nanos = r.times().nanos(stage);
            out.printf(Locale.ROOT, "  %-13s %10.2f s   %6.1f%%   %8.1f%n", name(stage), nanos / 1e9,
                    total == 0 ? 0 : 100.0 * nanos / total, r.sentences() == 0 ? 0 : nanos / 1e3 / r.sentences());
        }
        out.flush();
    }

    /** The collector and compilers this JVM runs with, which the figures depend on (see the launcher). */
    private static String jvmDescription() {
        List<String> collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).toList();
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(o -> o.startsWith("-Xmx") || o.startsWith("-XX:")).toList();
        return String.format(Locale.ROOT, "Java %s; collectors %s; options %s", Runtime.version(),
                String.join(", ", collectors), options.isEmpty() ? "none" : String.join(" ", options));
    }

    private static String name(Stage stage) {
        switch (stage) {
            case READ: return "reading";
            case ANALYSIS: return "text analysis";
            case ACTORS: return "actors";
            case EVENTS: return "events";
            case DATES: return "dates";
            case PLACES: return "places";
            default: return "store";
        }
    }

    private static String mib(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,d MiB", bytes / (1024 * 1024));
    }
}
