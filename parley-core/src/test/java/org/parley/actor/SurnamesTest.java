package org.parley.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SurnamesTest {
    @Test
    void oneEditApartCountsOneInsertionDeletionSubstitutionOrSwap() {
        assertThat(Surnames.oneEditApart("bouteflicka", "bouteflika")).isTrue();
        assertThat(Surnames.oneEditApart("mitterand", "mitterrand")).isTrue();
        assertThat(Surnames.oneEditApart("habyarimana", "habyarimama")).isTrue();
        assertThat(Surnames.oneEditApart("museveni", "musevein")).isTrue();
        assertThat(Surnames.oneEditApart("museveni", "museveni")).isFalse();
        assertThat(Surnames.oneEditApart("museveni", "mseveeni")).isFalse();
        assertThat(Surnames.oneEditApart("karimov", "kasimova")).isFalse();
    }
}
