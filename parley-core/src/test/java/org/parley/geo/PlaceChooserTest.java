package org.parley.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.api.Location.Precision;

class PlaceChooserTest {
    private static final Gazetteer GAZETTEER = Places.gazetteer();

    private static Place choose(String name, Set<String> sentence, Map<String, Integer> document) {
        return PlaceChooser.choose(GAZETTEER.named(name), GAZETTEER.preferred(name), sentence, document);
    }

    @Test
    void tripoliIsLebanonsInALebanonStoryAndLibyasOtherwise() {
        assertThat(choose("Tripoli", Set.of(), Map.of()).country()).isEqualTo("LBY");
        assertThat(choose("Tripoli", Set.of("LBN"), Map.of()).country()).isEqualTo("LBN");
        assertThat(choose("Tripoli", Set.of(), Map.of("LBN", 3)).country()).isEqualTo("LBN");
    }

    @Test
    void aHundredfoldPopulationOutweighsTheActorsCountry() {
        assertThat(choose("Paris", Set.of("USA"), Map.of()).country()).isEqualTo("FRA");
        assertThat(choose("Birmingham", Set.of(), Map.of()).country()).isEqualTo("GBR");
    }

    @Test
    void aRegionNamedLikeItsSeatIsTheSeat() {
        Place idlib = choose("Idlib", Set.of(), Map.of());
        assertThat(idlib.precision()).isEqualTo(Precision.CITY);
        assertThat(idlib.admin1()).isEqualTo("Idlib");
        assertThat(choose("Texas", Set.of(), Map.of()).precision()).isEqualTo(Precision.ADMIN1);
    }

    @Test
    void countriesWinOverSmallerNamesakes() {
        assertThat(choose("Lebanon", Set.of(), Map.of()).precision()).isEqualTo(Precision.COUNTRY);
        assertThat(choose("Georgia", Set.of(), Map.of()).country()).isEqualTo("GEO");
        assertThat(choose("Georgia", Set.of("USA"), Map.of()).country()).isEqualTo("USA");
    }

    @Test
    void nothingToChooseFromIsNothing() {
        assertThat(PlaceChooser.choose(java.util.List.of(), null, Set.of(), Map.of())).isNull();
    }
}
