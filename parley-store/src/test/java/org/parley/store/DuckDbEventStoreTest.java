package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.api.ActorMention;
import org.parley.api.CodedDocument;
import org.parley.api.CodedEvent;
import org.parley.api.Document;
import org.parley.api.EventDate;
import org.parley.api.EventType;
import org.parley.api.Location;
import org.parley.api.Sentence;

class DuckDbEventStoreTest {
    private static final String TEXT = "Russian officials met Hamas leaders in Moscow. Israel struck Gaza.";
    private static final EventType MEET = new EventType("040", "Consult", 1.0, 1, new EventType.Plover("CONSULT", "", ""));
    private static final EventType STRIKE = new EventType("195", "Employ aerial weapons", -10.0, 4,
            new EventType.Plover("ASSAULT", "aerial", "military"));

    private static final Location GAZA = new Location("Gaza", "PSE", "Gaza Strip", 31.5016, 34.4667,
            Location.Precision.CITY);

    @TempDir
    Path dir;

    private static CodedDocument document(String id, LocalDate date) {
        return document(id, date, "test");
    }

    private static CodedDocument document(String id, LocalDate date, String publisher) {
        Document doc = new Document(id, date, TEXT, "Title", null, publisher);
        Sentence s0 = new Sentence(0, 0, 46, TEXT.substring(0, 46), List.of());
        Sentence s1 = new Sentence(1, 47, TEXT.length(), TEXT.substring(47), List.of());
        ActorMention russia = new ActorMention("RUSGOV", "Russia government", "Russian officials", 0, 2, 0, 17);
        ActorMention hamas = new ActorMention("PSEREBHMS", "Hamas", "Hamas leaders", 3, 5, 22, 35);
        ActorMention israel = new ActorMention("ISR", "Israel", "Israel", 0, 1, 47, 53);
        ActorMention gaza = new ActorMention("PSE", "Palestine", "Gaza", 2, 3, 61, 65);
        CodedEvent meet = new CodedEvent(id, 0, russia, hamas, MEET, EventDate.storyDate(date), null, "met", 18, 21,
                "meet +", s0.text());
        CodedEvent strike = new CodedEvent(id, 1, israel, gaza, STRIKE,
                new EventDate(date.minusDays(1), EventDate.Precision.DAY, false, "yesterday"), GAZA, "struck", 54, 60,
                "strike +", s1.text());
        return new CodedDocument(doc, List.of(s0, s1), List.of(List.of(russia, hamas), List.of(israel, gaza)),
                List.of(meet, strike), List.of());
    }

    @Test
    void aDuckDbStoreKeepsOnlyTheActorIndexSoThatIngestionRunsInBoundedMemory() throws Exception {
        Path file = dir.resolve("old.duckdb");
        // A store made by an earlier version, with the indexes that grow with the data.
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + file)) {
            StoreSchema.create(c, true);
        }
        try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
            store.replace(List.of(document("d1", LocalDate.of(2019, 11, 30))));
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + file);
             java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT index_name FROM duckdb_indexes() ORDER BY 1")) {
            List<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            assertThat(names).containsExactly("actors_code");
        }
    }

    @Test
    void aStoreFromBeforeMentionsCarriedTheirDateAndSourceIsFilledInAndKeepsCounting() throws Exception {
        Path file = dir.resolve("before.duckdb");
        try (EventStore store = DuckDbEventStore.open(file)) {
            store.replace(List.of(document("d1", LocalDate.of(2019, 11, 30), "wire")));
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + file);
             java.sql.Statement s = c.createStatement()) {
            s.execute("ALTER TABLE mentions DROP COLUMN event_date");
            s.execute("ALTER TABLE mentions DROP COLUMN source");
        }
        try (EventStore store = DuckDbEventStore.open(file)) {
            // The same events reported by another document of the same publisher, and by one of another.
            store.replace(List.of(document("d2", LocalDate.of(2019, 11, 30), "wire")));
            store.replace(List.of(document("d3", LocalDate.of(2019, 11, 30), "paper")));
            List<StoredMention> meetings = store.mentions(new EventQuery(null, null, null, "04", null, null, 10));
            assertThat(meetings).hasSize(3).allSatisfy(m -> {
                assertThat(m.mentions()).isEqualTo(3);
                assertThat(m.documents()).isEqualTo(3);
                assertThat(m.sources()).isEqualTo(2);
            });
        }
    }

    @Test
    void reingestingReplacesInsteadOfDuplicating() throws Exception {
        try (EventStore store = DuckDbEventStore.open(dir.resolve("p.duckdb"))) {
            store.replace(List.of(document("d1", LocalDate.of(2019, 11, 30))));
            store.replace(List.of(document("d1", LocalDate.of(2019, 11, 30)), document("d2", LocalDate.of(2019, 12, 1))));
            StoreSummary summary = store.summary(5);
            assertThat(summary.documents()).isEqualTo(2);
            assertThat(summary.sentences()).isEqualTo(4);
            assertThat(summary.events()).isEqualTo(4);
            assertThat(summary.byQuadClass()).containsEntry(1, 2L).containsEntry(4, 2L);
            assertThat(summary.topDyads()).extracting(StoreSummary.DyadCount::a, StoreSummary.DyadCount::b)
                    .contains(org.assertj.core.groups.Tuple.tuple("PSEREBHMS", "RUS"));
        }
    }

    @Test
    void theSameEventFromSeveralDocumentsIsOneEventWithCountsAndEveryEvidenceSentence() throws Exception {
        LocalDate day = LocalDate.of(2019, 11, 30);
        try (EventStore store = DuckDbEventStore.inMemory()) {
            store.replace(List.of(document("ap-1", day, "AP"), document("rt-1", day, "Reuters"),
                    document("rt-2", day, "Reuters")));
            StoreSummary summary = store.summary(5);
            assertThat(summary.events()).isEqualTo(2);
            assertThat(summary.mentions()).isEqualTo(6);
            Dyad dyad = new Dyad(ActorSelection.of("RUS", store.actors()), ActorSelection.of("HMS", store.actors()));
            assertThat(dyad.b().rule()).isEqualTo("chunk");
            List<StoredMention> meetings = store.dyadMentions(dyad, null, null, false, EventOrder.MOST_REPORTED, 10);
            assertThat(meetings).hasSize(3).allSatisfy(m -> {
                assertThat(m.mentions()).isEqualTo(3);
                assertThat(m.documents()).isEqualTo(3);
                assertThat(m.sources()).isEqualTo(2);
            });
            assertThat(meetings).extracting(m -> m.event().docId()).containsExactlyInAnyOrder("ap-1", "rt-1", "rt-2");

            // Re-ingesting replaces a document's reports; a document that no longer reports an event drops it.
            store.replace(List.of(document("rt-2", day, "Reuters")));
            assertThat(store.summary(5).mentions()).isEqualTo(6);
            CodedDocument quiet = new CodedDocument(Document.of("rt-2", day, "Nothing happened."), List.of(),
                    List.of(), List.of(), List.of());
            CodedDocument gone = new CodedDocument(Document.of("ap-1", day, "Nothing."), List.of(), List.of(),
                    List.of(), List.of());
            store.replace(List.of(quiet, gone));
            assertThat(store.summary(5).events()).isEqualTo(2);
            assertThat(store.dyadMentions(dyad, null, null, false, EventOrder.MOST_REPORTED, 10)).singleElement()
                    .satisfies(m -> assertThat(m.sources()).isEqualTo(1));
            store.replace(List.of(new CodedDocument(Document.of("rt-1", day, "None."), List.of(), List.of(),
                    List.of(), List.of())));
            assertThat(store.summary(5).events()).isZero();
            assertThat(store.summary(5).mentions()).isZero();
        }
    }

    @Test
    void dyadSeriesCountsByPeriodAndSentencesKeepTheirActors() throws Exception {
        try (EventStore store = DuckDbEventStore.inMemory()) {
            store.replace(List.of(document("d1", LocalDate.of(2019, 11, 30)), document("d2", LocalDate.of(2019, 12, 3))));
            Dyad dyad = new Dyad(ActorSelection.of("RUS", store.actors()), ActorSelection.of("PSEREBHMS", store.actors()));
            List<PeriodStats> months = store.dyadSeries(dyad, Period.MONTH, null, null);
            assertThat(months).extracting(PeriodStats::start)
                    .containsExactly(LocalDate.of(2019, 11, 1), LocalDate.of(2019, 12, 1));
            assertThat(months.get(0).verbalCoop()).isEqualTo(1);
            assertThat(months.get(0).goldsteinMean()).isEqualTo(1.0);
            assertThat(store.dyadSeries(dyad, Period.YEAR, LocalDate.of(2019, 12, 1), null)).hasSize(1);
            List<StoredSentence> sentences = store.sharedSentences(dyad, 10);
            assertThat(sentences).hasSize(4);
            assertThat(sentences.get(0).actors()).extracting(ActorMention::code).containsExactly("RUSGOV", "PSEREBHMS");
        }
    }

    @Test
    void eventsRoundTripWithTheirEvidence() throws Exception {
        try (EventStore store = DuckDbEventStore.open(dir.resolve("p.duckdb"))) {
            CodedDocument doc = document("d1", LocalDate.of(2019, 11, 30));
            store.replace(List.of(doc));
            assertThat(store.events(EventQuery.all(10))).containsExactlyElementsOf(
                    List.of(doc.events().get(1), doc.events().get(0)));
            assertThat(store.events(EventQuery.all(10)).get(0).location()).isEqualTo(GAZA);
        }
    }

    @Test
    void filtersByActorDyadRootAndDate() throws Exception {
        try (EventStore store = DuckDbEventStore.open(dir.resolve("p.duckdb"))) {
            store.replace(List.of(document("d1", LocalDate.of(2019, 11, 30))));
            assertThat(store.events(new EventQuery("RUS", null, null, null, null, null, 10))).hasSize(1);
            assertThat(store.events(new EventQuery(null, "PSEREBHMS", "RUS", null, null, null, 10))).hasSize(1);
            assertThat(store.events(new EventQuery(null, null, null, "19", null, null, 10)))
                    .extracting(e -> e.type().cameo()).containsExactly("195");
            assertThat(store.events(new EventQuery(null, null, null, null, LocalDate.of(2019, 11, 30), null, 10)))
                    .hasSize(1);
            // Quotes and SQL in a filter are data, not SQL.
            assertThat(store.events(new EventQuery("RUS' OR 1=1 --", null, null, null, null, null, 10))).isEmpty();
        }
    }

    @Test
    void aFailedBatchLeavesTheStoredDataIntact() throws Exception {
        Path file = dir.resolve("p.duckdb");
        try (EventStore store = DuckDbEventStore.open(file)) {
            store.replace(List.of(document("d1", LocalDate.of(2019, 11, 30))));
        }
        try (EventStore store = DuckDbEventStore.open(file)) {
            CodedDocument replacement = document("d1", LocalDate.of(2020, 5, 5));
            // Storing fails when the connection is gone: the error is a StoreException, and the file keeps its data.
            store.close();
            assertThatThrownBy(() -> store.replace(List.of(replacement))).isInstanceOf(StoreException.class);
        }
        try (EventStore store = DuckDbEventStore.open(file)) {
            assertThat(store.summary(1).events()).isEqualTo(2);
            assertThat(store.summary(1).documents()).isEqualTo(1);
        }
    }
}
