package org.parley.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.api.Location.Precision;
import org.parley.dictionary.InvalidDictionaryException;
import org.parley.dictionary.TsvTable;

class GazetteerTest {
    private static final Gazetteer GAZETTEER = Places.gazetteer();

    /** Every place, region and alias name starts with a word the first-word check lets through. */
    @Test
    void everyNameMayStartWithItsFirstWord() throws InvalidDictionaryException {
        List<String> names = new java.util.ArrayList<>(List.of("Ar Raqqah", "Raqqa", "Raqqah", "Al Fallūjah",
                "Fallujah", "Kramators’k", "Deir ez-Zor", "Ma'rib", "Rafaḩ", "Hodeidah", "Khan Younis", "Gaza City",
                "Kiev", "Washington", "West Bank", "Hama", "Ḩamāh"));
        for (String table : List.of("places.tsv.gz", "regions.tsv", "aliases.tsv", "countries.tsv")) {
            TsvTable rows = TsvTable.resource("org/parley/geo/" + table);
            for (TsvTable.Row row : rows.rows()) {
                for (String column : List.of("name", "alias")) {
                    try {
                        names.add(row.get(column));
                    } catch (RuntimeException e) {
                        // not a column of this table
                    }
                }
            }
        }
        int checked = 0;
        for (String name : names) {
            if (!GAZETTEER.named(name).isEmpty()) {
                String first = name.strip().split("\\s+")[0];
                assertThat(GAZETTEER.mayStartName(first)).as(name).isTrue();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(40_000);
        assertThat(GAZETTEER.mayStartName("Hamas")).isFalse();
        assertThat(GAZETTEER.mayStartName("Officials")).isFalse();
    }

    @Test
    void holdsCountriesRegionsAndTensOfThousandsOfPlaces() throws InvalidDictionaryException {
        assertThat(GAZETTEER.places()).isGreaterThanOrEqualTo(25_000);
        assertThat(GAZETTEER.regionCount()).isGreaterThan(3_000);
        // Every country of the actor table but four uninhabited territories, which have no place to be in.
        TsvTable countries = TsvTable.resource("org/parley/actor/countries.tsv");
        for (TsvTable.Row row : countries.rows()) {
            String code = row.get("code");
            if (!List.of("BVT", "HMD", "IOT", "UMI").contains(code)) {
                assertThat(GAZETTEER.country(code)).as(code).isNotNull();
            }
        }
    }

    @Test
    void placesCarryCoordinatesCountryRegionAndPopulation() {
        Place doha = GAZETTEER.named("Doha").get(0);
        assertThat(doha.country()).isEqualTo("QAT");
        assertThat(doha.admin1()).isNotBlank();
        assertThat(doha.lat()).isCloseTo(25.29, within(0.05));
        assertThat(doha.lon()).isCloseTo(51.53, within(0.05));
        assertThat(doha.population()).isGreaterThan(100_000);
        assertThat(doha.capital()).isTrue();
        assertThat(doha.toLocation().precision()).isEqualTo(Precision.CITY);
    }

    @Test
    void spellingsWithAndWithoutDiacriticsMeet() {
        assertThat(names("Rafah")).contains("Rafaḩ");
        assertThat(names("Kramatorsk")).contains("Kramators’k");
        assertThat(names("Sanliurfa")).contains("Şanlıurfa");
        assertThat(names("Deir ez Zor")).contains("Deir ez-Zor");
    }

    @Test
    void arabicNamesMeetWithoutTheArticleOrTheFinalH() {
        assertThat(names("Raqqa")).contains("Ar Raqqah");
        assertThat(names("Fallujah")).contains("Al Fallūjah");
        assertThat(names("Misrata")).contains("Mişrātah");
    }

    @Test
    void aliasesAndCapitalsByOtherNames() {
        assertThat(GAZETTEER.preferred("Kiev").name()).isEqualTo("Kyiv");
        assertThat(GAZETTEER.preferred("Washington").name()).isEqualTo("Washington, D.C.");
        assertThat(GAZETTEER.preferred("Gaza City").name()).isEqualTo("Gaza");
        assertThat(GAZETTEER.preferred("Paris")).isNull();
    }

    @Test
    void seatsOfPowerAreInTheCapital() {
        assertThat(names("Kremlin")).containsExactly("Moscow");
        assertThat(names("Elysee Palace")).containsExactly("Paris");
        assertThat(names("Downing Street")).containsExactly("London");
    }

    @Test
    void regionsAnswerWithoutTheirSuffix() {
        assertThat(GAZETTEER.regionsNamed("Kyiv")).extracting(Place::name).contains("Kyiv Oblast");
        assertThat(GAZETTEER.regionsNamed("Idlib")).allSatisfy(p -> assertThat(p.precision())
                .isEqualTo(Precision.ADMIN1));
        assertThat(GAZETTEER.countryOfAdjective("Syrian")).isEqualTo("SYR");
    }

    @Test
    void anAliasOfACountryThatIsAlsoOneOfItsPlacesStaysThePlace() {
        assertThat(GAZETTEER.named("Gaza")).extracting(Place::precision).doesNotContain(Precision.COUNTRY);
        assertThat(GAZETTEER.named("West Bank")).extracting(Place::precision).containsExactly(Precision.ADMIN1);
    }

    @Test
    void isImmutable() {
        List<Place> paris = GAZETTEER.named("Paris");
        assertThatThrownBy(() -> paris.add(paris.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(GAZETTEER.named("Atlantis of the Sands")).isEmpty();
    }

    private static List<String> names(String name) {
        return GAZETTEER.named(name).stream().map(Place::name).toList();
    }
}
