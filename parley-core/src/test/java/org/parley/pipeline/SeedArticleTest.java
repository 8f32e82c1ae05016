package org.parley.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.api.CodedDocument;
import org.parley.api.CodedEvent;
import org.parley.api.EventDate.Precision;
import org.parley.api.Location;
import org.parley.testing.TestPipeline;

/** The seed article (shared reference data) must yield the contacts an analyst would read in it. */
class SeedArticleTest {
    private static List<CodedEvent> events;

    @BeforeAll
    static void code() throws Exception {
        CodedDocument coded = TestPipeline.seedArticle();
        assumeTrue(coded != null, "../shared/data absent: seed article not available");
        events = coded.events();
    }

    @Test
    void hamasConsultsRussia() {
        assertThat(events).anySatisfy(e -> {
            assertThat(e.source().code()).isEqualTo("PSEREBHMS");
            assertThat(e.target()).isNotNull();
            assertThat(e.target().code()).startsWith("RUS");
            assertThat(e.type().plover().event()).isEqualTo("CONSULT");
            assertThat(e.text()).contains("Moscow");
        });
    }

    @Test
    void russiaConsultsHamas() {
        assertThat(events).anySatisfy(e -> {
            assertThat(e.source().code()).startsWith("RUS");
            assertThat(e.target()).isNotNull();
            assertThat(e.target().code()).isEqualTo("PSEREBHMS");
            assertThat(e.type().plover().event()).isEqualTo("CONSULT");
        });
    }

    @Test
    void russiaDisapprovesOfTheUnitedStates() {
        assertThat(events).anySatisfy(e -> {
            assertThat(e.source().code()).startsWith("RUS");
            assertThat(e.target()).isNotNull();
            assertThat(e.target().code()).startsWith("USA");
            assertThat(e.type().quadClass()).isEqualTo(3);
        });
    }

    @Test
    void theMoscowVisitIsDatedJuly() {
        assertThat(events).anySatisfy(e -> {
            assertThat(e.text()).startsWith("In July");
            assertThat(e.verbText()).startsWith("visited");
            assertThat(e.date().date()).isEqualTo(LocalDate.of(2019, 7, 1));
            assertThat(e.date().precision()).isEqualTo(Precision.MONTH);
            assertThat(e.date().historical()).isFalse();
            assertThat(e.location()).isNotNull();
            assertThat(e.location().name()).isEqualTo("Moscow");
        });
    }

    @Test
    void theDohaMeetingIsInMidOctoberInDoha() {
        CodedEvent meeting = only(e -> e.verbText().startsWith("met again"));
        assertThat(meeting.date().date()).isEqualTo(LocalDate.of(2019, 10, 1));
        assertThat(meeting.date().precision()).isEqualTo(Precision.MONTH);
        Location doha = meeting.location();
        assertThat(doha).isNotNull();
        assertThat(doha.name()).isEqualTo("Doha");
        assertThat(doha.country()).isEqualTo("QAT");
        assertThat(doha.precision()).isEqualTo(Location.Precision.CITY);
        assertThat(doha.lat()).isCloseTo(25.29, within(0.05));
        assertThat(doha.lon()).isCloseTo(51.53, within(0.05));
    }

    @Test
    void thePhoneCallComesAFewWeeksAfterMidOctober() {
        CodedEvent call = only(e -> e.verbText().contains("phone conversation"));
        assertThat(call.date().date()).isAfter(LocalDate.of(2019, 10, 15));
        assertThat(call.date().date()).isBeforeOrEqualTo(LocalDate.of(2019, 11, 30));
        assertThat(call.date().expression()).isEqualTo("a few weeks later");
        assertThat(call.location()).as("a phone call is not in Doha").isNull();
    }

    @Test
    void theBreakdownOf2012DoesNotDateHamasWish() {
        CodedEvent restore = only(e -> e.verbText().startsWith("restore"));
        assertThat(restore.date().date()).isEqualTo(LocalDate.of(2019, 11, 30));
        assertThat(restore.date().historical()).isFalse();
    }

    private static CodedEvent only(Predicate<CodedEvent> which) {
        List<CodedEvent> matching = events.stream().filter(which).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }
}
