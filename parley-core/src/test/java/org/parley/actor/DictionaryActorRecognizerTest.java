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

class DictionaryActorRecognizerTest {
    private static final OpenNlpTextAnalyzer ANALYZER = BuiltInRecognizer.ANALYZER;
    private static final DictionaryActorRecognizer RECOGNIZER = BuiltInRecognizer.RECOGNIZER;

    /** The actor codes of each sentence of a document, with the text of each mention. */
    private static List<List<String>> actors(String text, LocalDate date) {
        Document doc = Document.of("t", date, text);
        ActorRecognizer.Reading reading = RECOGNIZER.open(doc);
        List<List<String>> out = new ArrayList<>();
        for (Sentence s : ANALYZER.analyze(doc)) {
            List<String> codes = new ArrayList<>();
            for (ActorMention m : reading.recognize(s)) {
                codes.add(m.code() + "=" + m.text());
            }
            out.add(codes);
        }
        return out;
    }

    private static List<String> codes(String sentence) {
        return actors(sentence, LocalDate.of(2019, 11, 30)).get(0).stream().map(c -> c.substring(0, c.indexOf('='))).toList();
    }

    @Test
    void composesCountryAdjectiveTitleAndUnknownName() {
        assertThat(actors("Russian Deputy Foreign Minister Mikhail Bogdanov arrived.", LocalDate.of(2019, 7, 1)).get(0))
                .anySatisfy(m -> assertThat(m).startsWith("RUSGOV=Russian Deputy Foreign Minister"));
    }

    @Test
    void namedGroupDecidesTheCode() {
        assertThat(codes("The Russian envoy had a phone conversation with Hamas’s chief, Ismail Haniya."))
                .containsExactly("RUSGOV", "PSEREBHMS");
    }

    @Test
    void rolesAttachToTheirCountry() {
        assertThat(codes("Palestinian militants in Gaza fired rockets.")).startsWith("PSEREB");
        assertThat(codes("Israeli aircraft struck the area.")).containsExactly("ISRMIL");
    }

    @Test
    void seatsOfPowerStandForTheGovernment() {
        assertThat(codes("The Kremlin rejected the claim.")).containsExactly("RUSGOV");
    }

    @Test
    void coordinatedActorsStayApart() {
        assertThat(codes("Russia and Hamas discussed the plan.")).containsExactly("RUS", "PSEREBHMS");
    }

    @Test
    void capitalAbbreviationsAreCaseSensitive() {
        assertThat(codes("The US warned Iran.")).containsExactly("USA", "IRN");
        assertThat(codes("Let us talk about it.")).isEmpty();
    }

    @Test
    void learnsAPersonIntroducedWithATitle() {
        List<List<String>> doc = actors("Venezuelan Foreign Minister Zorblat Quennix arrived in Havana. "
                + "Quennix said the talks went well.", LocalDate.of(2019, 7, 1));
        assertThat(doc.get(1)).anySatisfy(m -> assertThat(m).isEqualTo("VENGOV=Quennix"));
    }

    @Test
    void officeHoldersDependOnTheDate() {
        String sentence = "Angela Merkel met the delegation.";
        assertThat(actors(sentence, LocalDate.of(2019, 7, 1)).get(0)).containsExactly("DEUGOV=Angela Merkel");
        assertThat(actors(sentence, LocalDate.of(2023, 7, 1)).get(0)).noneMatch(m -> m.startsWith("DEUGOV"));
    }

    @Test
    void rolesSpreadOverCoordinatedCountries() {
        assertThat(codes("The ambassadors of France, Germany and Italy presented their credentials."))
                .containsExactly("FRAGOV", "DEUGOV", "ITAGOV");
        assertThat(codes("Senior Hungarian and Romanian officials agreed.")).containsExactly("HUNGOV", "ROUGOV");
    }

    @Test
    void aBareRoleTakesThePlaceAfterIt() {
        assertThat(codes("Opposition parties in Nepal called a general strike.")).containsExactly("NPLOPP");
    }
}
