package org.parley.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.parley.api.CodedDocument;
import org.parley.api.Document;
import org.parley.io.DocumentReader;
import org.parley.pipeline.CodingPipeline;
import org.parley.pipeline.Parley;
import org.parley.pipeline.StageTimes;
import org.parley.pipeline.StageTimes.Stage;

/**
 * Codes a corpus in memory on one thread, several passes, and prints each pass's CPU µs per sentence for every
 * coding stage: the non-store stages of {@code parley bench} without the store and the reader, for comparing changes to
 * them on a busy machine (the last line gives each stage's fastest pass). With a dump file, writes everything the last pass produced (every sentence's tokens, actor
 * mentions, events and discards) so that two builds can be compared with {@code diff}.
 *
 * <p>Usage: {@code java -cp "parley-bench/target/parley-bench.jar:parley-bench/target/lib/*"
 * org.parley.bench.PipelineProfile CORPUS.jsonl [PASSES] [DUMP] [cpu|wall]}: stage times in thread CPU time (the
 * default; its clock reads cost a few µs per sentence) or wall-clock time.
 */
public final class PipelineProfile {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Stage[] CODING = {Stage.ANALYSIS, Stage.ACTORS, Stage.EVENTS, Stage.DATES, Stage.PLACES};

    private PipelineProfile() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: PipelineProfile CORPUS.jsonl [PASSES] [DUMP] [cpu|wall]");
            System.exit(2);
        }
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dump = args.length > 2 && !args[2].isEmpty() ? Path.of(args[2]) : null;
        boolean wall = args.length > 3 && args[3].equals("wall");
        List<Document> documents = new ArrayList<>();
        new DocumentReader(null, false).read(List.of(args[0]), documents::add);
        CodingPipeline pipeline = Parley.load().pipeline();
        List<CodedDocument> coded = new ArrayList<>(documents.size());
        double[] fastest = new double[CODING.length + 1];
        Arrays.fill(fastest, Double.MAX_VALUE);
        for (int pass = 1; pass <= passes; pass++) {
            coded.clear();
            StageTimes times = wall ? StageTimes.recording() : StageTimes.recordingThreadCpu();
            long cpu = THREADS.getCurrentThreadCpuTime();
            long sentences = 0;
            for (Document document : documents) {
                CodedDocument one = pipeline.code(document, times);
                sentences += one.sentences().size();
                coded.add(one);
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "pass %d:", pass));
            double total = 0;
            for (int k = 0; k < CODING.length; k++) {
                Stage stage = CODING[k];
                double us = times.nanos(stage) / 1e3 / sentences;
                fastest[k] = Math.min(fastest[k], us);
                total += us;
                line.append(String.format(Locale.ROOT, "  %s %.1f", stage.name().toLowerCase(Locale.ROOT), us));
            }
            double cpuUs = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e3 / sentences;
            fastest[CODING.length] = Math.min(fastest[CODING.length], cpuUs);
            line.append(String.format(Locale.ROOT, "  total %.1f µs/sentence (%,d sentences; thread cpu %.1f)", total,
                    sentences, cpuUs));
            System.out.println(line);
        }
        StringBuilder best = new StringBuilder("fastest:");
        for (int k = 0; k < CODING.length; k++) {
            best.append(String.format(Locale.ROOT, "  %s %.1f", CODING[k].name().toLowerCase(Locale.ROOT), fastest[k]));
        }
        System.out.println(best.append(String.format(Locale.ROOT, "  thread cpu %.1f µs/sentence",
                fastest[CODING.length])));
        if (dump != null) {
            write(coded, dump);
        }
    }

    private static void write(List<CodedDocument> coded, Path dump) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(dump, StandardCharsets.UTF_8)) {
            for (CodedDocument document : coded) {
                out.write("doc " + document.document().id() + "\n");
                for (int s = 0; s < document.sentences().size(); s++) {
                    out.write("sentence " + document.sentences().get(s) + "\n");
                    out.write("actors " + document.actors().get(s) + "\n");
                }
                for (Object event : document.events()) {
                    out.write("event " + event + "\n");
                }
                for (Object discard : document.discards()) {
                    out.write("discard " + discard + "\n");
                }
            }
        }
    }
}
