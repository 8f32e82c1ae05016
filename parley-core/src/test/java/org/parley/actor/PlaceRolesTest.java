package org.parley.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.api.ActorMention;
import org.parley.testing.TestPipeline;

/** People of a place the actor tables do not name take the country the gazetteer gives the place. */
class PlaceRolesTest {
    private static List<String> actors(String text) {
        return TestPipeline.code(text, LocalDate.of(2019, 11, 30)).actors().get(0).stream()
                .map(m -> m.code() + ":" + m.text()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Residents of Aleppo said the city was shelled overnight.     | SYRCVL:Residents of Aleppo
            People in Kharkiv fled as Russian missiles struck the city.  | UKRCVL:People in Kharkiv
            Protesters in Basra stormed the Iranian consulate.           | IRQOPP:Protesters in Basra
            Civilians in Idlib accused Russian jets of bombing a market. | SYRCVL:Civilians in Idlib
            Families from Mariupol accused Russia of deporting children. | UKRCVL:Families from Mariupol
            Villagers near Kandahar said the convoy was ambushed.        | -
            """)
    void peopleOfAPlaceAreItsCountrys(String sentence, String expected) {
        if (expected.equals("-")) {
            assertThat(actors(sentence)).noneMatch(a -> a.startsWith("AFG"));
        } else {
            assertThat(actors(sentence)).contains(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Protesters rallied in Basra on Friday to demand jobs.              | IRQOPP:Protesters
            Mourners gathered at the cathedral in Lviv for the funeral.        | UKRCVL:Mourners
            Riot police dispersed demonstrators protesting the vote in Harare. | ZWEOPP:demonstrators
            """)
    void aCrowdIsOfThePlaceWhereItActs(String sentence, String expected) {
        assertThat(actors(sentence)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Refugees arrived in Greece on Monday.             | GRC
            Residents said troops attacked villages in Idlib. | SYR
            """)
    void refugeesAndCrowdsOfAnotherClauseTakeNoPlace(String sentence, String country) {
        assertThat(actors(sentence)).noneMatch(a -> a.startsWith(country) && !a.contains(":Greece"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Troops in Aleppo shelled rebel positions.    | SYR
            Fighting near Bakhmut intensified on Sunday. | UKR
            """)
    void otherRolesAndBarePlacesAreNotActors(String sentence, String country) {
        assertThat(TestPipeline.code(sentence, LocalDate.of(2019, 11, 30)).actors().get(0))
                .extracting(ActorMention::primaryChunk).doesNotContain(country);
    }
}
