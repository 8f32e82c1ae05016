package org.parley.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceNamesTest {
    @Test
    void keysDropDiacriticsApostrophesAndCase() {
        assertThat(PlaceNames.key("Rafaḩ")).isEqualTo("rafah");
        assertThat(PlaceNames.key("Kramators’k")).isEqualTo("kramatorsk");
        assertThat(PlaceNames.key("Ma'rib")).isEqualTo("marib");
        assertThat(PlaceNames.key("Şanlıurfa")).isEqualTo("sanliurfa");
        assertThat(PlaceNames.key("Washington, D.C.")).isEqualTo("washington dc");
        assertThat(PlaceNames.key("  Deir ez-Zor ")).isEqualTo("deir ez zor");
        assertThat(PlaceNames.key("Łódź")).isEqualTo("lodz");
    }

    @Test
    void theArabicVariantDropsTheArticleAndTheFinalH() {
        assertThat(PlaceNames.arabicVariant("ar raqqah")).isEqualTo("raqqa");
        assertThat(PlaceNames.arabicVariant("raqqa")).isEqualTo("raqqa");
        assertThat(PlaceNames.arabicVariant("al hudaydah")).isEqualTo("hudayda");
        assertThat(PlaceNames.arabicVariant("utah")).isEqualTo("uta");
    }
}
