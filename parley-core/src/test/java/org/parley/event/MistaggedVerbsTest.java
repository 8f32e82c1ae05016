package org.parley.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.api.ActorMention;
import org.parley.api.Sentence;
import org.parley.api.Token;

/** Verbs the tagger mistook, found by a dictionary of word forms on hand-tagged tokens. */
class MistaggedVerbsTest {
    private static final VerbPatternDictionary FORMS = VerbPatternDictionary.of(List.of(
            VerbPattern.parse("040", "depart +"), VerbPattern.parse("080", "release +"),
            VerbPattern.parse("031", "haggle +")), Map.of("departs", "depart", "released", "release"));

    private static ActorMention actor(Sentence sentence, int token) {
        Token t = sentence.token(token);
        return new ActorMention("FRD", "Freedonia", t.text(), token, token + 1, t.start(), t.end());
    }

    @Test
    void aListedFormInAVerbalPlaceIsAVerb() {
        MistaggedVerbs mistagged = new MistaggedVerbs(FORMS);
        Sentence afterActor = TaggedSentences.of("Freedonia/PROPN", "departs/NOUN", "from/ADP", "Sylvania/PROPN");
        assertThat(mistagged.at(afterActor, 1, List.of(actor(afterActor, 0)))).isTrue();
        Sentence afterModal = TaggedSentences.of("Freedonia/PROPN", "will/AUX", "haggle/ADV", "for/ADP", "time/NOUN");
        assertThat(mistagged.at(afterModal, 2, List.of(actor(afterModal, 0)))).isTrue();
        Sentence afterBe = TaggedSentences.of("Sylvania/PROPN", "was/AUX/be", "released/ADJ", "from/ADP", "prison/NOUN");
        assertThat(mistagged.at(afterBe, 2, List.of(actor(afterBe, 0)))).isTrue();
        assertThat(new ClauseAnalyzer().predicates(afterBe, i -> mistagged.at(afterBe, i, List.of())))
                .singleElement().satisfies(p -> assertThat(p.passive()).isTrue());
    }

    @Test
    void aNounElsewhereStaysANoun() {
        MistaggedVerbs mistagged = new MistaggedVerbs(FORMS);
        Sentence noun = TaggedSentences.of("The/DET", "departs/NOUN", "of/ADP", "Freedonia/PROPN");
        assertThat(mistagged.at(noun, 1, List.of(actor(noun, 3)))).isFalse();
        Sentence base = TaggedSentences.of("Freedonia/PROPN", "haggle/NOUN");
        assertThat(mistagged.at(base, 1, List.of(actor(base, 0)))).isFalse();
        // A dictionary that lists no forms reads lemmas: it cannot tell a mistagged verb.
        MistaggedVerbs lemmas = new MistaggedVerbs(VerbPatternDictionary.of(List.of(VerbPattern.parse("040",
                "depart +"))));
        Sentence afterActor = TaggedSentences.of("Freedonia/PROPN", "departs/NOUN", "from/ADP", "Sylvania/PROPN");
        assertThat(lemmas.at(afterActor, 1, List.of(actor(afterActor, 0)))).isFalse();
    }
}
