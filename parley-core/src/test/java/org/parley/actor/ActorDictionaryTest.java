package org.parley.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first-word filter lets every phrase's first word through and turns most other words away. */
class ActorDictionaryTest {
    @Test
    void everyPhraseMayStartWithItsFirstWord() throws Exception {
        ActorDictionary dictionary = BuiltInActors.addTo(
                new ActorDictionary.Builder(BuiltInRecognizer.ANALYZER::splitPhrase)).build();
        List<String> firstWords = new ArrayList<>();
        dictionary.forEachPhrase((phrase, entries) -> firstWords.add(phrase.split(" ")[0]));
        assertThat(firstWords).hasSizeGreaterThan(1_000);
        for (String word : firstWords) {
            assertThat(dictionary.mayStart(word)).as(word).isTrue();
        }
        int turnedAway = 0;
        List<String> others = List.of("the", "said", "on", "talks", "ceasefire", "yesterday", "with", "a", "to",
                "officials", "agreed", "accused", "and", "of", "in", "for", "after", "its", "during", "over");
        for (String word : others) {
            turnedAway += dictionary.mayStart(word) ? 0 : 1;
        }
        assertThat(turnedAway).isGreaterThan(others.size() / 2);
    }
}
