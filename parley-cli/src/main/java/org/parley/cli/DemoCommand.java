package org.parley.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.api.CodedEvent;
import org.parley.pipeline.Parley;
import org.parley.store.EventQuery;
import org.parley.store.EventStore;
import org.parley.store.StoreSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code parley demo}: codes the bundled demo corpus into the store and prints a summary. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Code the bundled demo corpus into the store and show what came out.")
final class DemoCommand implements Callable<Integer> {
    private static final String CORPUS = "org/parley/demo/demo-corpus.jsonl";
    private static final String[] QUAD_NAMES = {"", "verbal cooperation", "material cooperation", "verbal conflict",
            "material conflict"};

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path corpus = Files.createTempFile("parley-demo", ".jsonl");
        try {
            long documents;
            try (InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(CORPUS)) {
                if (in == null) {
                    throw new IllegalStateException("demo corpus missing from the jar: " + CORPUS);
                }
                Files.copy(in, corpus, StandardCopyOption.REPLACE_EXISTING);
            }
            try (var lines = Files.lines(corpus)) {
                documents = lines.filter(line -> !line.isBlank()).count();
            }
            out.printf("Coding %d demo documents into %s ...%n", documents, storeOptions.describe());
            out.flush();
            Parley parley = Parley.load();
            InputOptions input = new InputOptions();
            input.inputs = List.of(corpus.toString());
            try (EventStore store = storeOptions.open(); StoreBatcher batcher = new StoreBatcher(store)) {
                CodingRun.run(parley, input, batcher::accept, Progress.onTerminal(documents),
                        spec.commandLine().getErr());
                batcher.flush();
                printSummary(out, store);
            }
        } finally {
            Files.deleteIfExists(corpus);
        }
        out.flush();
        return 0;
    }

    private static void printSummary(PrintWriter out, EventStore store) throws Exception {
        StoreSummary summary = store.summary(10);
        out.printf("%nStore: %d documents, %d sentences, %d events%n%n", summary.documents(), summary.sentences(),
                summary.events());
        out.println("Events by quad class");
        for (int quad = 1; quad <= 4; quad++) {
            long n = summary.byQuadClass().getOrDefault(quad, 0L);
            out.printf("  %d %-21s %5d  %s%n", quad, QUAD_NAMES[quad], n, bar(n, summary.events()));
        }
        out.println();
        out.println("Top dyads (both directions)       events  coop  confl  Goldstein  balance");
        for (StoreSummary.DyadCount d : summary.topDyads()) {
            out.printf("  %-14s %-14s %9d %5d %6d %10.1f  %s%n", d.a(), d.b(), d.events(), d.cooperation(),
                    d.conflict(), d.goldsteinSum(), balance(d));
        }
        out.println();
        out.println("Some events with their evidence");
        List<CodedEvent> sample = store.events(EventQuery.all(100_000));
        int step = Math.max(1, sample.size() / 6);
        for (int i = 0; i < sample.size() && i / step < 6; i += step) {
            CodedEvent e = sample.get(i);
            out.printf("  %s  %s -> %s  %s %s (%s)%n      \"%s\"%n", e.date().date(), e.source().code(),
                    e.target() == null ? "-" : e.target().code(), e.type().cameo(), e.type().name(),
                    e.type().plover().event(), EventTable.shorten(e.text(), 110));
        }
        out.println();
        out.println("Query further with: ./parley events --dyad RUS PSE   |   ./parley events --actor USA --root 19");
    }

    private static String bar(long n, long total) {
        int width = total == 0 ? 0 : (int) Math.round(40.0 * n / total);
        return "#".repeat(width);
    }

    private static String balance(StoreSummary.DyadCount d) {
        long total = d.cooperation() + d.conflict();
        if (total == 0) {
            return "";
        }
        int coop = (int) Math.round(10.0 * d.cooperation() / total);
        return String.format(Locale.ROOT, "%s%s %d%% coop", "+".repeat(coop), "-".repeat(10 - coop),
                Math.round(100.0 * d.cooperation() / total));
    }
}
