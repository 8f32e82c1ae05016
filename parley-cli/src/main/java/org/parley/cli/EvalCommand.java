package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.evaluation.GsrEvaluation;
import org.parley.evaluation.GsrReader;
import org.parley.pipeline.Parley;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley eval}: scores the coder on a gold file in the PLOVER GSR JSONL form. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the coder on gold sentences (PLOVER GSR JSONL): precision, recall, F1, per type.")
final class EvalCommand implements Callable<Integer> {
    @Mixin
    DictionaryOptions dictionaries = new DictionaryOptions();

    @Parameters(paramLabel = "GOLD", description = "gold file, e.g. ../shared/data/plover/gsr-dev.jsonl")
    Path gold;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var records = GsrReader.read(gold);
        Parley parley = dictionaries.load(spec.commandLine().getErr());
        GsrEvaluation.Scores s = GsrEvaluation.score(parley.pipeline(), records);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("records %d%n", s.records());
        out.printf("type accuracy %.3f  (an event of the gold PLOVER type is produced)%n", s.typeAccuracy());
        out.printf("actor recall %.3f  (%d gold actors; a recognised actor's code contains the gold code)%n",
                s.actorRecall(), s.goldActors());
        out.printf("tuple precision %.3f  recall %.3f  F1 %.3f  (type + source + target country)%n%n",
                s.precision(), s.recall(), s.f1());
        out.printf("%-10s %7s %7s %7s %7s %9s %7s%n", "type", "records", "output", "typed", "correct", "type-acc",
                "recall");
        for (Map.Entry<String, int[]> e : s.byType().entrySet()) {
            int[] c = e.getValue();
            out.printf("%-10s %7d %7d %7d %7d %9.2f %7.2f%n", e.getKey(), c[0], c[1], c[2], c[3],
                    (double) c[2] / c[0], (double) c[3] / c[0]);
        }
        out.println();
        out.println("confusion (gold -> produced: records)");
        for (var row : s.confusion().entrySet()) {
            out.printf("%-10s %s%n", row.getKey(), row.getValue());
        }
        out.println();
        out.println("gold actors not found (code: times): " + s.missedActors());
        out.flush();
        return 0;
    }
}
