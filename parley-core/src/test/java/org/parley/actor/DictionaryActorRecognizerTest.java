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

    @Test
    void anOfficeHolderOutOfOfficeKeepsTheCountry() {
        String sentence = "Barack Obama visited Nairobi to open a clinic.";
        assertThat(actors(sentence, LocalDate.of(2012, 5, 1)).get(0)).contains("USAGOV=Barack Obama");
        assertThat(actors(sentence, LocalDate.of(2005, 5, 1)).get(0)).contains("USA=Barack Obama");
        // A one-word alias does not stand for the country out of office: this Bolton is a town.
        assertThat(actors("Bolton council approved the budget.", LocalDate.of(2022, 5, 1)).get(0)).isEmpty();
    }

    @Test
    void aPersonWithOfficesOfSeveralCodesHasNoCountryOutOfOffice() {
        // Jens Stoltenberg led Norway and then NATO: between and after, his name alone is no actor of either.
        assertThat(actors("Jens Stoltenberg spoke to students in Oslo.", LocalDate.of(2019, 5, 1)).get(0))
                .contains("IGOWSTNAT=Jens Stoltenberg");
        assertThat(actors("Jens Stoltenberg spoke to students in Oslo.", LocalDate.of(2003, 5, 1)).get(0))
                .noneMatch(m -> m.endsWith("=Jens Stoltenberg"));
    }

    @Test
    void outOfOfficeTheBodyNamedBeforeThePersonDecides() {
        // Amr Moussa is listed as Egypt's foreign minister until 2001: later, his title says whom he speaks for.
        LocalDate later = LocalDate.of(2005, 3, 1);
        assertThat(actors("Arab League chief Amr Moussa met Iraqi leaders in Baghdad.", later).get(0))
                .contains("IGOARBARL=Arab League chief Amr Moussa");
        assertThat(actors("Amr Moussa met Iraqi leaders in Baghdad.", later).get(0)).contains("EGY=Amr Moussa");
    }

    @Test
    void armedGroupsByTheirFullNames() {
        assertThat(codes("The Revolutionary United Front freed the peacekeepers on Monday.")).contains("SLEREBRUF");
        assertThat(codes("Forces for the Defence of Democracy fighters ambushed a convoy.")).contains("BDIPTYCND");
    }

    @Test
    void outOfOfficeTheTitleGivesTheRole() {
        LocalDate later = LocalDate.of(2005, 6, 1);
        assertThat(actors("Former president Carlos Menem appeared before the judge.", later).get(0))
                .containsExactly("ARGELI=Former president Carlos Menem");
        assertThat(actors("Carlos Menem appeared before the judge.", later).get(0))
                .containsExactly("ARG=Carlos Menem");
    }

    @Test
    void aTitleBeforeAListedSurnameNamesTheOfficeHolder() {
        assertThat(actors("President Mugabe addressed supporters in Bulawayo.", LocalDate.of(2008, 3, 1)).get(0))
                .contains("ZWEGOV=President Mugabe");
        // Out of office the title still gives the role, with the holders' shared country.
        assertThat(actors("President Bush spoke to reporters at the ranch.", LocalDate.of(2000, 1, 1)).get(0))
                .contains("USAGOV=President Bush");
    }

    @Test
    void aTitledSurnameOneLetterOffIsTheListedOne() {
        assertThat(actors("President Yoweri Musevni toured the northern districts.", LocalDate.of(2010, 3, 1)).get(0))
                .contains("UGAGOV=President Yoweri Musevni");
        List<List<String>> doc = actors("President Yoweri Musevni toured the north. Musevni then flew home.",
                LocalDate.of(2010, 3, 1));
        assertThat(doc.get(1)).contains("UGAGOV=Musevni");
    }

    @Test
    void aTitledSurnameNeedsTheHoldersFirstName() {
        assertThat(actors("Chief Justice Iftikhar Chaudhry adjourned the hearing.", LocalDate.of(2000, 2, 1)).get(0))
                .noneMatch(m -> m.startsWith("FJI"));
        // Alone, a surname must be one the tables list on its own: Hassan is no distinctive name of Tanzania's
        // Samia Suluhu Hassan.
        assertThat(actors("Police chief Hassan said two suspects were held.", LocalDate.of(2022, 2, 1)).get(0))
                .noneMatch(m -> m.startsWith("TZA"));
        assertThat(actors("President Hassan addressed parliament.", LocalDate.of(2022, 2, 1)).get(0))
                .noneMatch(m -> m.startsWith("TZA"));
    }
}
