package org.parley.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerbPatternDictionaryTest {
    private static final VerbPattern CONDEMN = VerbPattern.parse("111", "condemn +");
    private static final VerbPattern CONDEMN_ATTACK = VerbPattern.parse("112", "condemn attack by +");
    private static final VerbPattern PASS_AWAY = new VerbPattern(VerbPattern.NO_EVENT, "pass", List.of("away"),
            "- * AWAY [---]");

    @Test
    void patternsAreFoundByHeadMostSpecificFirstAndByKnownForms() {
        VerbPatternDictionary dictionary = VerbPatternDictionary.of(List.of(CONDEMN, CONDEMN_ATTACK, PASS_AWAY),
                Map.of("condemned", "condemn"));
        assertThat(dictionary.forHead("condemn")).containsExactly(CONDEMN_ATTACK, CONDEMN);
        assertThat(dictionary.forHead("condemned")).containsExactly(CONDEMN_ATTACK, CONDEMN);
        assertThat(dictionary.forHead("condemns")).isEmpty();
        assertThat(dictionary.size()).isEqualTo(3);
        assertThat(dictionary.heads()).isEqualTo(2);
        assertThat(dictionary.all()).containsExactlyInAnyOrder(CONDEMN, CONDEMN_ATTACK, PASS_AWAY);
    }

    @Test
    void aNoEventPatternCodesNothing() {
        assertThat(PASS_AWAY.codesNothing()).isTrue();
        assertThat(PASS_AWAY.hasTarget()).isFalse();
        assertThat(CONDEMN.codesNothing()).isFalse();
    }
}
