package org.parley.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class PetrarchDiscardsTest {
    private static final PetrarchDiscards DISCARDS = discards("# sports", "MONTHS LATER", "+Manchester United   # pas",
            "BASEBALL", "BAT_  # a word, not a stem");

    private static PetrarchDiscards discards(String... lines) {
        try {
            return PetrarchDiscards.of(PetrarchLines.read("test.discards",
                    new BufferedReader(new StringReader(String.join("\n", lines)))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void phrasesMatchAtWordStartsStemsOrWholeWords() {
        assertThat(DISCARDS.size()).isEqualTo(4);
        assertThat(DISCARDS.discards("Manchester United beat Arsenal.")).isTrue();
        assertThat(DISCARDS.discards("Six months later, the talks resumed.")).isTrue();
        assertThat(DISCARDS.discards("Baseballs were thrown at the police.")).isTrue();
        assertThat(DISCARDS.discards("He raised the bat.")).isTrue();
        assertThat(DISCARDS.discards("Battles raged in Gaza.")).isFalse();
        assertThat(DISCARDS.discards("Arnor met Gondor.")).isFalse();
    }
}
