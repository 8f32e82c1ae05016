package org.parley.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.testing.EventAssert.assertCodes;
import static org.parley.testing.EventAssert.assertNoEvents;
import static org.parley.testing.EventAssert.triples;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.api.CodedEvent;
import org.parley.api.Discard;
import org.parley.testing.TestPipeline;

class PatternEventCoderTest {
    @Test
    void codesAMeetingWithSourceAndTarget() {
        List<CodedEvent> events = assertCodes(
                "Russian Foreign Minister Sergei Lavrov met with Hamas leader Ismail Haniyeh in Moscow on Tuesday.",
                "RUSGOV 040 PSEREBHMS");
        CodedEvent meeting = events.get(0);
        assertThat(meeting.type().plover().event()).isEqualTo("CONSULT");
        assertThat(meeting.verbText()).startsWith("met");
        assertThat(meeting.text()).contains("Lavrov");
    }

    @Test
    void codesAVisitToACapital() {
        assertCodes("Iranian Foreign Minister Javad Zarif visited Moscow last week.", "IRNGOV 042 RUS");
    }

    @Test
    void negationProducesNoEvent() {
        assertNoEvents("Russian officials did not meet Hamas leaders.");
        List<Discard> discards = TestPipeline.code("Russian officials did not meet Hamas leaders.",
                java.time.LocalDate.of(2019, 11, 30)).discards();
        assertThat(discards).extracting(Discard::reason).contains(Discard.Reason.NEGATED);
    }

    @Test
    void passiveVoiceSwapsSourceAndTarget() {
        List<CodedEvent> events = TestPipeline.events("Israeli soldiers were attacked by Hezbollah fighters.");
        assertThat(events).isNotEmpty();
        assertThat(events.get(0).source().code()).startsWith("LBN");
        assertThat(events.get(0).target().code()).isEqualTo("ISRMIL");
        assertThat(events.get(0).type().quadClass()).isEqualTo(4);
    }

    @Test
    void coordinatedVerbsShareTheirSubject() {
        List<String> triples = triples(TestPipeline.events(
                "Hamas’ Deputy Leader Mousa Abu Marzouk headed a delegation which visited Moscow and met with "
                        + "Russian Deputy Foreign Minister Mikhail Bogdanov."));
        assertThat(triples).anyMatch(t -> t.startsWith("PSEREBHMS 04") && t.endsWith(" RUS"));
        assertThat(triples).anyMatch(t -> t.startsWith("PSEREBHMS 04") && t.endsWith(" RUSGOV"));
    }

    @Test
    void compoundSubjectsActBothWays() {
        List<String> triples = triples(TestPipeline.events("Egypt and Qatar condemned Israel on Monday."));
        assertThat(triples).anyMatch(t -> t.startsWith("EGY 11") && t.endsWith(" ISR"));
        assertThat(triples).anyMatch(t -> t.startsWith("QAT 11") && t.endsWith(" ISR"));
    }

    @Test
    void hypotheticalsAreNotEvents() {
        assertNoEvents("Russia could attack Ukraine.");
    }

    @Test
    void sanctionsAndCriticism() {
        List<String> triples = triples(TestPipeline.events("The European Union imposed new sanctions on Russia."));
        assertThat(triples).anyMatch(t -> t.contains(" 16") && t.endsWith(" RUS"));
    }
}
