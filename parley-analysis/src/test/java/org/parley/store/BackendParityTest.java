package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.testing.Fixtures.ACCUSE;
import static org.parley.testing.Fixtures.AID;
import static org.parley.testing.Fixtures.MEET;
import static org.parley.testing.Fixtures.STRIKE;
import static org.parley.testing.Fixtures.THREATEN;
import static org.parley.testing.Fixtures.VISIT;
import static org.parley.testing.Fixtures.report;
import static org.parley.testing.Fixtures.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.Test;
import org.parley.api.CodedDocument;
import org.parley.network.NetworkBuilder;
import org.parley.shift.ShiftDetector;
import org.parley.testing.TestDatabases;

/** DuckDB and PostgreSQL, loaded alike, give the same answers to every query. */
class BackendParityTest {
    private static final LocalDate JAN = LocalDate.of(2019, 1, 1);
    private static final LocalDate JUL = LocalDate.of(2019, 7, 1);
    private static final LocalDate DEC = LocalDate.of(2019, 12, 31);

    /** Sums of doubles may differ in the last bit with the order a database adds them in. */
    private static final RecursiveComparisonConfiguration CLOSE = RecursiveComparisonConfiguration.builder()
            .withComparatorForType(Comparator.comparingDouble((Double d) -> Math.round(d * 1e9)), Double.class)
            .build();

    private static List<List<CodedDocument>> batches() {
        List<CodedDocument> first = new ArrayList<>();
        first.addAll(reports("rh-a", 12, JAN, "RUS", "PSEREBHMS", THREATEN));
        first.addAll(reports("rh-c", 15, JUL, "PSEREBHMS", "RUS", VISIT));
        first.addAll(reports("il-a", 20, JAN, "ISR", "LBN", MEET));
        first.addAll(reports("il-b", 20, JUL, "ISRMIL", "LBN", STRIKE));
        first.addAll(reports("uc-a", 10, JAN, "USA", "CHN", MEET));
        first.addAll(reports("uc-b", 10, JUL, "CHN", "USA", ACCUSE));
        // The same event from three documents; then a re-ingested document and one that no longer reports it.
        first.add(report("dup-1", JUL, "RUSGOV", "PSEREBHMS", AID));
        first.add(report("dup-2", JUL, "RUSGOV", "PSEREBHMS", AID));
        first.add(report("dup-3", JUL, "RUSGOV", "PSEREBHMS", AID));
        List<CodedDocument> second = List.of(report("dup-2", JUL, "RUSGOV", "PSEREBHMS", AID),
                report("dup-3", JUL, "USA", "CHN", MEET), report("rh-c0", JUL, "PSEREBHMS", "RUS", VISIT));
        return List.of(first, second);
    }

    /** Everything the relation commands ask of a store. */
    private record Answers(StoreSummary summary, List<String> actors, List<PeriodStats> months,
                           List<GoldsteinCount> histograms, List<StoredMention> mentions, List<StoredMention> dyad,
                           List<StoredSentence> sentences, ShiftDetector.Result shifts,
                           org.parley.network.ActorNetwork network) {
    }

    private static Answers answers(EventStore store) throws Exception {
        for (List<CodedDocument> batch : batches()) {
            store.replace(batch);
        }
        List<StoredActor> actors = store.actors();
        Dyad dyad = new Dyad(ActorSelection.of("RUS", actors), ActorSelection.of("HMS", actors));
        List<GoldsteinCount> histograms = new ArrayList<>(store.goldsteinCounts(JAN, JUL, DEC));
        histograms.sort(Comparator.comparing(GoldsteinCount::a).thenComparing(GoldsteinCount::b)
                .thenComparing(GoldsteinCount::later).thenComparingDouble(GoldsteinCount::goldstein)
                .thenComparing(GoldsteinCount::cooperative));
        return new Answers(store.summary(10), actors.stream().map(StoredActor::code).toList(),
                store.dyadSeries(dyad, Period.MONTH, null, null), histograms,
                store.mentions(new EventQuery("RUS", null, null, null, null, null, 1000)),
                store.dyadMentions(dyad, null, null, true, EventOrder.MOST_REPORTED, 100),
                store.sharedSentences(dyad, 100),
                new ShiftDetector(new ShiftDetector.Settings(5, 0.05, 10, 2)).detect(store, JAN, JUL, DEC),
                new NetworkBuilder(2).build(store, null, null));
    }

    @Test
    void duckDbAndPostgresGiveTheSameAnswers() throws Exception {
        try (TestDatabases postgres = TestDatabases.postgres()) {
            Answers duck;
            try (EventStore store = DuckDbEventStore.inMemory()) {
                duck = answers(store);
            }
            Answers pg;
            try (EventStore store = postgres.open()) {
                pg = answers(store);
            }
            assertThat(duck.summary().events()).isEqualTo(89);
            assertThat(duck.dyad()).filteredOn(m -> m.event().type().cameo().equals("070")).hasSize(2)
                    .allSatisfy(m -> assertThat(m.mentions()).isEqualTo(2));
            assertThat(duck.shifts().shifts()).isNotEmpty();
            assertThat(pg).usingRecursiveComparison(CLOSE).isEqualTo(duck);
        }
    }
}
