package org.parley.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.api.CodedDocument;
import org.parley.api.CodedEvent;
import org.parley.api.Location;
import org.parley.api.Sentence;
import org.parley.testing.TestPipeline;

/** The location stage inside the standard pipeline: which events get which place. */
class GazetteerLocationResolverTest {
    private static List<CodedEvent> events(String text) {
        return TestPipeline.code(text, LocalDate.of(2019, 11, 30)).events();
    }

    private static CodedEvent event(String text, String verb) {
        return events(text).stream().filter(e -> e.verbText().startsWith(verb)).findFirst()
                .orElseThrow(() -> new AssertionError("no event '" + verb + "' in: " + text));
    }

    private static void assertUnlocated(String text) {
        assertThat(events(text)).as(text).isNotEmpty().allSatisfy(e -> assertThat(e.location()).isNull());
    }

    @Test
    void anEventIsWhereItsClauseSaysItHappened() {
        Location doha = event("Hamas leaders met Russian envoy Mikhail Bogdanov in Doha, Qatar, on Tuesday.", "met")
                .location();
        assertThat(doha.name()).isEqualTo("Doha");
        assertThat(doha.country()).isEqualTo("QAT");
    }

    @Test
    void aVisitIsWhereItGoesAndAHostedVisitWhereTheHostIs() {
        assertThat(event("Hamas leaders visited Moscow on Monday.", "visited").location().name()).isEqualTo("Moscow");
        assertThat(event("Russian President Vladimir Putin visited Damascus.", "visited").location().country())
                .isEqualTo("SYR");
    }

    @Test
    void anAttackIsWhereItsTargetIsWhenTheTargetIsAPlace() {
        Location beirut = event("Israeli warplanes bombed Beirut on Thursday.", "bombed").location();
        assertThat(beirut).isNotNull();
        assertThat(beirut.name()).isEqualTo("Beirut");
        assertThat(beirut.precision()).isEqualTo(Location.Precision.CITY);
    }

    @Test
    void anAttackWithNoNamedVictimStrikesThePlaceItHit() {
        CodedEvent shelling = event("Israeli tanks shelled positions in Jenin overnight, residents said.", "shelled");
        assertThat(shelling.target()).isNotNull();
        assertThat(shelling.target().code()).isEqualTo("PSE");
        assertThat(shelling.target().text()).isEqualTo("Jenin");
        // A named victim stays the target; the place only locates the attack.
        CodedEvent strike = event("Israeli aircraft struck Hamas positions in Khan Younis on Friday.", "struck");
        assertThat(strike.target().code()).isEqualTo("PSEREBHMS");
        assertThat(strike.location().country()).isEqualTo("PSE");
    }

    @Test
    void aPlaceInAnotherClauseDoesNotLocateTheEvent() {
        CodedEvent call = event("In mid-October, they met again in Doha, Qatar, and then a few weeks later the "
                + "Russian envoy had a phone conversation with Hamas's chief, Ismail Haniya.", "had a phone");
        assertThat(call.location()).isNull();
    }

    @Test
    void theLeadSentenceHappensAtItsDateline() {
        List<CodedEvent> events = events("VIENNA - Iran and six world powers reached a long-term agreement on "
                + "Tuesday. Iran's foreign minister welcomed the deal.");
        assertThat(events).filteredOn(e -> e.sentence() == 0).isNotEmpty()
                .allSatisfy(e -> assertThat(e.location().name()).isEqualTo("Vienna"));
        assertThat(events).filteredOn(e -> e.sentence() == 1).allSatisfy(e -> assertThat(e.location()).isNull());
        assertUnlocated("WASHINGTON/TEHRAN - Iran and the United States reached an agreement on Tuesday.");
    }

    @Test
    void aDestinationLocatesOnlyAVisit() {
        assertThat(event("Israeli Prime Minister Naftali Bennett flew to Moscow on Saturday.", "flew")
                .location().name()).isEqualTo("Moscow");
        assertUnlocated("Hungary invited the Swedish prime minister to Budapest.");
    }

    @Test
    void whatAStatementIsAboutIsNotWhereItWasMade() {
        assertUnlocated("The United States welcomed any effort to end the war in Yemen.");
    }

    @Test
    void cuttingTiesWithACapitalDoesNotHappenThere() {
        assertUnlocated("Ukraine broke off diplomatic relations with Moscow.");
    }

    @Test
    void survivesRandomPlaceLikeInput() {
        String[] words = {"in", "near", "at", "the", "of", "city", "region", "province", "northern", "Syrian", ",",
            "'s", "Doha", "Qatar", "West", "Bank", "Gaza", "Tripoli", "Kremlin", "Paris", "Peace", "Forum", "March",
            "Hamas", "met", "struck", "troops", "capital", ".", "Washington", "Donetsk", "which", "and", "then"};
        Random random = new Random(7);
        GazetteerLocationResolver resolver = new GazetteerLocationResolver(Places.gazetteer());
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, n = 1 + random.nextInt(25); i < n; i++) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            CodedDocument coded = TestPipeline.code(text.toString(), LocalDate.of(2019, 11, 30));
            GazetteerLocationResolver.DocumentPlaces reading =
                    (GazetteerLocationResolver.DocumentPlaces) resolver.open(coded.document());
            for (int s = 0; s < coded.sentences().size(); s++) {
                Sentence sentence = coded.sentences().get(s);
                for (int verb = 0; verb < sentence.size(); verb++) {
                    Place place = reading.placeAt(sentence, coded.actors().get(s), verb);
                    assertThat(place == null || !place.name().isBlank()).isTrue();
                }
            }
        }
    }
}
