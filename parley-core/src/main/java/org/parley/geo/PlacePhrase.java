package org.parley.geo;

import java.util.List;
import java.util.Objects;

/**
 * A place named in a sentence, with what the name may mean and what the text says about it.
 *
 * @param preposition the word that introduced it ("in", "near", "to"), lower case; empty when none did (a
 *                    dateline, a verb's object)
 * @param firstToken the first token of the name
 * @param endToken   one past the last token of the name
 * @param candidates the places the name may mean, already narrowed by the phrase (a region when it says "region")
 * @param usual      what the name usually means, or {@code null}
 * @param country    the country the phrase puts it in ("Doha, Qatar", "the Syrian city of Aleppo"), or {@code null}
 * @param region     the region the phrase puts it in ("the West Bank city of Jenin"), or {@code null}
 * @param topical    true when it says what a noun is about rather than where something happens ("the war in
 *                   Yemen", "the situation in Gaza")
 */
record PlacePhrase(String preposition, int firstToken, int endToken, List<Place> candidates, Place usual,
                   String country, String region, boolean topical) {
    PlacePhrase {
        Objects.requireNonNull(preposition, "preposition");
        candidates = List.copyOf(candidates);
        if (firstToken < 0 || endToken <= firstToken) {
            throw new IllegalArgumentException("token span must be non-empty, got " + firstToken + ".." + endToken);
        }
    }

    /** The same phrase introduced by another word, after a topic noun or not. */
    PlacePhrase introducedBy(String word, boolean afterTopic) {
        return new PlacePhrase(word, firstToken, endToken, candidates, usual, country, region, afterTopic);
    }

    /** The candidates in the country and region the phrase names, or all of them when none is. */
    List<Place> narrowed() {
        List<Place> in = candidates.stream()
                .filter(p -> country == null || p.country().equals(country))
                .filter(p -> region == null || Objects.equals(p.admin1(), region) || p.name().equals(region))
                .toList();
        return in.isEmpty() ? candidates : in;
    }
}
