package org.parley.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.api.Sentence;

/** Verb groups read off hand-tagged tokens, as the tagger sometimes tags them. */
class ClauseAnalyzerTest {
    @Test
    void contractedNegationsNegateWhateverTheirTag() {
        List<Predicate> predicates = new ClauseAnalyzer().predicates(TaggedSentences.of("Sylvania/PROPN/sylvania",
                "wo/VERB/wo", "n't/PUNCT/n't", "meet/VERB/meet", "Freedonia/PROPN/freedonia"));
        assertThat(predicates).singleElement().satisfies(p -> {
            assertThat(p.head()).isEqualTo(3);
            assertThat(p.negated()).isTrue();
            assertThat(p.modality()).isEqualTo(Predicate.Modality.FUTURE);
        });
        Predicate didNot = new ClauseAnalyzer().predicates(TaggedSentences.of("Sylvania/PROPN/sylvania", "did/AUX/do",
                "n't/AUX/not", "meet/VERB/meet")).get(0);
        assertThat(didNot.negated()).isTrue();
        Predicate cannot = new ClauseAnalyzer().predicates(TaggedSentences.of("Sylvania/PROPN/sylvania", "ca/AUX/can",
                "n't/PART/not", "meet/VERB/meet")).get(0);
        assertThat(cannot.modality()).isEqualTo(Predicate.Modality.HYPOTHETICAL);
    }

    @Test
    void haveTaggedAsAVerbBeforeAParticipleIsAnAuxiliary() {
        List<Predicate> predicates = new ClauseAnalyzer().predicates(TaggedSentences.of("The/DET/the", "toll/NOUN/toll",
                "has/VERB/have", "risen/VERB/risen"));
        assertThat(predicates).singleElement().satisfies(p -> {
            assertThat(p.head()).isEqualTo(3);
            assertThat(p.groupStart()).isEqualTo(2);
        });
        assertThat(new ClauseAnalyzer().predicates(TaggedSentences.of("Sylvania/PROPN/sylvania", "has/VERB/have",
                "troops/NOUN/troop"))).singleElement().satisfies(p -> assertThat(p.head()).isEqualTo(1));
    }

    @Test
    void aParticipleCoordinatedWithAModifierIsNoPredicate() {
        List<Predicate> predicates = new ClauseAnalyzer().predicates(TaggedSentences.of("Sylvania/PROPN/sylvania",
                "launched/VERB/launch", "a/DET/a", "bombing/NOUN/bombing", "and/CCONJ/and", "shelling/VERB/shell",
                "offensive/NOUN/offensive"));
        assertThat(predicates).singleElement().satisfies(p -> assertThat(p.head()).isEqualTo(1));
    }

    @Test
    void aVerbAfterBeIsPassiveWhateverItsLemma() {
        Predicate shot = new ClauseAnalyzer().predicates(TaggedSentences.of("A/DET/a", "Sylvanian/PROPN/sylvanian",
                "was/AUX/be", "shot/VERB/shot", "dead/ADJ/dead")).get(0);
        assertThat(shot.passive()).isTrue();
        Predicate meeting = new ClauseAnalyzer().predicates(TaggedSentences.of("Sylvania/PROPN/sylvania", "is/AUX/be",
                "meeting/VERB/meet", "Freedonia/PROPN/freedonia")).get(0);
        assertThat(meeting.passive()).isFalse();
    }
}
