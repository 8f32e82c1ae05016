package org.parley.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.api.ActorMention;
import org.parley.api.ActorRecognizer;
import org.parley.api.Document;
import org.parley.api.Sentence;
import org.parley.text.OpenNlpTextAnalyzer;

/** Pronouns and definite descriptions take the code of the right earlier actor. */
class CoreferenceTest {
    private static final OpenNlpTextAnalyzer ANALYZER = BuiltInRecognizer.ANALYZER;
    private static final DictionaryActorRecognizer RECOGNIZER = BuiltInRecognizer.RECOGNIZER;

    /** "text=CODE" for every mention of the last sentence of the text. */
    private static List<String> lastSentence(String text) {
        Document doc = Document.of("t", LocalDate.of(2019, 11, 30), text);
        ActorRecognizer.Reading reading = RECOGNIZER.open(doc);
        List<String> out = new ArrayList<>();
        for (Sentence s : ANALYZER.analyze(doc)) {
            out.clear();
            for (ActorMention m : reading.recognize(s)) {
                out.add(m.text() + "=" + m.code());
            }
        }
        return out;
    }

    @Test
    void aDescriptionAroundANameIsThatName() {
        assertThat(lastSentence("Sudan and the Central African Republic signed an agreement on Monday."))
                .containsExactly("Sudan=SDN", "Central African Republic=CAF");
    }

    @Test
    void theMovementIsTheGroupNamedBefore() {
        assertThat(lastSentence("Hamas won the elections in 2006. Russia kept in touch with the movement."))
                .contains("the movement=PSEREBHMS");
    }

    @Test
    void itsInARelationIsNotTheSubject() {
        assertThat(lastSentence("Hamas won the elections in 2006. "
                + "Russian engagement with the movement did not happen in a vacuum; it has maintained relations with its leadership."))
                .contains("it=RUS", "its=PSEREBHMS");
    }

    @Test
    void aSubjectPronounPrefersThePreviousSubject() {
        assertThat(lastSentence("Egyptian President Abdel Fattah al-Sisi met Israeli officials in Cairo. He also called for calm in Gaza."))
                .contains("He=EGYGOV");
    }

    @Test
    void theFormerAndTheLatter() {
        assertThat(lastSentence("Fatah and Hamas have been rivals since 2007. The latter controls Gaza."))
                .contains("The latter=PSEREBHMS");
    }

    @Test
    void theCountryIsACountry() {
        assertThat(lastSentence("Qatar hosted the talks. The country has long mediated between Hamas and Israel."))
                .contains("The country=QAT");
    }

    @Test
    void anExpletiveItRefersToNothing() {
        assertThat(lastSentence("Turkey sent aid. It is unclear whether more will follow.")).isEmpty();
    }
}
