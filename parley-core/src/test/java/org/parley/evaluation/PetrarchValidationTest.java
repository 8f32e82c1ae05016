package org.parley.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.evaluation.ValidationRecord.Event;
import org.parley.event.CodingConventions;
import org.parley.petrarch.PetrarchDiscards;
import org.parley.pipeline.Parley;
import org.parley.pipeline.ParleyConfig;
import org.parley.testing.TestPipeline;

class PetrarchValidationTest {
    private static final Event ARN_GON = new Event("050", "ARN", "GON");
    private static final Event GON_ARN = new Event("050", "GON", "ARN");

    private static ValidationRecord record(String category, Event... expected) {
        return new ValidationRecord("r", category, LocalDate.of(1995, 1, 1), "text", true, List.of(expected), false);
    }

    @Test
    void passedMeansExactlyTheExpectedEventsAndFoundMeansAmongThem() {
        var exact = new PetrarchValidation.Outcome(record("DEMO", ARN_GON), List.of(ARN_GON), false);
        var extra = new PetrarchValidation.Outcome(record("DEMO", ARN_GON), List.of(ARN_GON, GON_ARN), false);
        var none = new PetrarchValidation.Outcome(record("DATE"), List.of(), true);
        var spurious = new PetrarchValidation.Outcome(record("DATE"), List.of(GON_ARN), false);
        assertThat(List.of(exact.passed(), extra.passed(), none.passed(), spurious.passed()))
                .containsExactly(true, false, true, false);
        assertThat(List.of(exact.found(), extra.found(), none.found(), spurious.found()))
                .containsExactly(true, true, true, false);
        assertThat(PetrarchValidation.scores(List.of(exact, extra, none, spurious))).containsExactly(
                new PetrarchValidation.Score("DEMO", 2, 1, 2), new PetrarchValidation.Score("DATE", 2, 1, 1),
                new PetrarchValidation.Score("all", 4, 2, 3));
    }

    @Test
    void aFailureSaysHowTheRecordFailed() {
        Event otherCode = new Event("051", "ARN", "GON");
        Event otherActors = new Event("050", "ARN", "ROH");
        assertThat(new PetrarchValidation.Outcome(record("DEMO", ARN_GON), List.of(ARN_GON), false).failure())
                .isNull();
        assertThat(List.of(
                new PetrarchValidation.Outcome(record("DEMO", ARN_GON), List.of(), true),
                new PetrarchValidation.Outcome(record("DEMO"), List.of(GON_ARN), false),
                new PetrarchValidation.Outcome(record("DEMO", ARN_GON), List.of(ARN_GON, GON_ARN), false),
                new PetrarchValidation.Outcome(record("DEMO", ARN_GON), List.of(otherCode), false),
                new PetrarchValidation.Outcome(record("DEMO", ARN_GON), List.of(otherActors), false),
                new PetrarchValidation.Outcome(record("DEMO", ARN_GON), List.of(new Event("190", "ROH", "ARN")),
                        false))).extracting(PetrarchValidation.Outcome::failure).containsExactly(
                PetrarchValidation.Failure.NOTHING_CODED, PetrarchValidation.Failure.SPURIOUS,
                PetrarchValidation.Failure.EXTRA, PetrarchValidation.Failure.WRONG_CODE,
                PetrarchValidation.Failure.WRONG_ACTORS, PetrarchValidation.Failure.OTHER);
    }

    @Test
    void thePetrarchSuiteRunsWithItsOwnDictionaries() throws Exception {
        Path shared = TestPipeline.sharedData();
        assumeTrue(shared != null, "../shared/data absent: PETRARCH validation suite not available");
        ValidationSuite suite = ValidationSuite.read(shared.resolve(
                "petrarch2/validation/PETR_Validate_records_2_02.xml"));
        Parley parley = Parley.load(ParleyConfig.defaults().withBuiltInActors(false).withBuiltInVerbs(false)
                .withActorFiles(List.of(suite.actors())).withAgentFiles(List.of(suite.agents()))
                .withVerbFiles(List.of(suite.verbs())).withConventions(CodingConventions.PETRARCH));
        PetrarchDiscards discards = PetrarchDiscards.read(suite.discards());
        List<ValidationRecord> scored = suite.records().stream()
                .filter(r -> r.evaluate() && suite.included().contains(r.category())).toList();
        List<PetrarchValidation.Score> scores = PetrarchValidation.scores(
                PetrarchValidation.run(parley.pipeline(), scored, discards::discards));
        scores.forEach(System.out::println);

        assertThat(scores).extracting(PetrarchValidation.Score::category).containsExactlyInAnyOrderElementsOf(
                concat(suite.included(), "all"));
        PetrarchValidation.Score all = scores.get(scores.size() - 1);
        assertThat(all.category()).isEqualTo("all");
        assertThat(all.records()).isEqualTo(scored.size()).isEqualTo(245);
        assertThat(all.records()).isEqualTo(scores.stream().limit(scores.size() - 1)
                .mapToInt(PetrarchValidation.Score::records).sum());
        // Measured at 204 of 245 (VERB 22 of 22) under PETRARCH's conventions with the coder of this commit; the
        // floor is the 70% the suite is held to.
        assertThat(all.passed()).isGreaterThanOrEqualTo(172);
        assertThat(scores).filteredOn(s -> s.category().equals("VERB"))
                .singleElement().satisfies(s -> assertThat(s.passed()).isGreaterThan(15));
    }

    private static List<String> concat(java.util.Set<String> categories, String last) {
        List<String> all = new java.util.ArrayList<>(categories);
        all.add(last);
        return all;
    }
}
