package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.parley.evaluation.PetrarchValidation;
import org.parley.evaluation.ValidationRecord;
import org.parley.evaluation.ValidationSuite;
import org.parley.petrarch.DictionaryReport;
import org.parley.petrarch.PetrarchDiscards;
import org.parley.pipeline.Parley;
import org.parley.event.CodingConventions;
import org.parley.pipeline.ParleyConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley validate}: runs a PETRARCH validation suite with its own dictionaries and prints the pass rates. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Run a PETRARCH validation suite (records XML with its own verb, actor, agent and discard "
                + "dictionaries) and print the pass rate by category.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "RECORDS.xml",
            description = "suite file (default: ${DEFAULT-VALUE})")
    Path records = Path.of("..", "shared", "data", "petrarch2", "validation", "PETR_Validate_records_2_02.xml");

    @Option(names = "--failures", description = "list every record that did not pass, with what was expected and coded")
    boolean failures;

    @Option(names = "--all-categories", description = "also score the categories the suite leaves out of <Include>")
    boolean allCategories;

    @Option(names = "--parley-conventions", description = "code the future tense as an announcement (\"will meet\" is "
            + "036), as Parley does by default; the suite expects PETRARCH's convention, the act itself (040)")
    boolean parleyConventions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ValidationSuite suite = ValidationSuite.read(records);
        Parley parley = Parley.load(ParleyConfig.defaults().withBuiltInActors(false).withBuiltInVerbs(false)
                .withActorFiles(List.of(suite.actors())).withAgentFiles(List.of(suite.agents()))
                .withVerbFiles(List.of(suite.verbs())).withConventions(
                        parleyConventions ? CodingConventions.PARLEY : CodingConventions.PETRARCH));
        Predicate<String> discard = text -> false;
        if (suite.discards() != null) {
            discard = PetrarchDiscards.read(suite.discards())::discards;
        }
        List<ValidationRecord> scored = suite.records().stream().filter(ValidationRecord::evaluate)
                .filter(r -> allCategories || suite.included().contains(r.category())).toList();
        List<PetrarchValidation.Outcome> outcomes = PetrarchValidation.run(parley.pipeline(), scored, discard);

        out.printf("PETRARCH validation suite %s (%s)%n", records, parleyConventions
                ? "Parley's conventions: the future tense is an announcement"
                : "PETRARCH's conventions: the future tense and modals code the act, negation codes the opposite act, "
                + "[active:passive] codes go both ways, an event needs a target, places are actors");
        for (DictionaryReport report : parley.dictionaries()) {
            out.printf("  %s%n", report.summary());
        }
        out.printf("%n%-10s %7s %7s %7s %9s%n", "category", "records", "passed", "found", "pass rate");
        for (PetrarchValidation.Score score : PetrarchValidation.scores(outcomes)) {
            out.printf("%-10s %7d %7d %7d %8.1f%%%n", score.category(), score.records(), score.passed(),
                    score.found(), 100 * score.passRate());
        }
        out.println("passed: exactly the expected events; found: every expected event among those coded");
        printFailureKinds(out, outcomes);
        printLeftOut(out, suite, scored);
        if (failures) {
            printFailures(out, outcomes);
        }
        out.flush();
        return 0;
    }

    private void printLeftOut(PrintWriter out, ValidationSuite suite, List<ValidationRecord> scored) {
        long notEvaluated = suite.records().stream().filter(r -> !r.evaluate()).count();
        TreeSet<String> excluded = new TreeSet<>();
        suite.records().stream().filter(ValidationRecord::evaluate)
                .filter(r -> !allCategories && !suite.included().contains(r.category()))
                .forEach(r -> excluded.add(r.category()));
        long options = scored.stream().filter(ValidationRecord::options).count();
        out.printf("not scored: %d record(s) marked evaluate=\"false\"%s; %d scored record(s) set PETRARCH options "
                        + "(<Config>) that Parley does not have%n", notEvaluated,
                excluded.isEmpty() ? "" : ", categories outside <Include>: " + String.join(" ", excluded), options);
    }

    /** The failed records counted by how they failed, each kind with its categories. */
    private static void printFailureKinds(PrintWriter out, List<PetrarchValidation.Outcome> outcomes) {
        Map<PetrarchValidation.Failure, Map<String, Integer>> kinds = new EnumMap<>(PetrarchValidation.Failure.class);
        for (PetrarchValidation.Outcome outcome : outcomes) {
            if (outcome.failure() != null) {
                kinds.computeIfAbsent(outcome.failure(), k -> new LinkedHashMap<>())
                        .merge(outcome.record().category(), 1, Integer::sum);
            }
        }
        if (kinds.isEmpty()) {
            return;
        }
        out.println("failures by kind:");
        kinds.forEach((kind, categories) -> out.printf("  %-30s %3d  %s%n", kind.label(),
                categories.values().stream().mapToInt(Integer::intValue).sum(), categories));
    }

    private static void printFailures(PrintWriter out, List<PetrarchValidation.Outcome> outcomes) {
        out.println();
        for (PetrarchValidation.Outcome outcome : outcomes) {
            if (!outcome.passed()) {
                ValidationRecord r = outcome.record();
                out.printf("%s %s [%s] %s  expected %s  coded %s%s%n    %s%n", r.id(), r.date(), r.category(),
                        outcome.failure().label(), r.expected().isEmpty() ? "[no events]" : r.expected(),
                        outcome.produced(), outcome.discarded() ? " (discarded)" : "", r.text());
            }
        }
    }
}
