package org.parley.actor;

import org.parley.api.Sentence;

/**
 * Finds place names in a sentence, so that a role of a place ("residents of Aleppo") can take the place's
 * country. The geo stage's gazetteer answers it; {@link #NONE} knows no places.
 */
@FunctionalInterface
public interface PlaceLookup {
    /** Knows no places. */
    PlaceLookup NONE = (sentence, start) -> null;

    /**
     * The place whose name starts at token {@code start}, or {@code null}.
     *
     * @return the place's country and where its name ends
     */
    Match find(Sentence sentence, int start);

    /**
     * A place found in a sentence.
     *
     * @param endToken one past the last token of its name
     * @param country  ISO 3166-1 alpha-3 code of its country
     * @param name     its name, e.g. "Aleppo"
     */
    record Match(int endToken, String country, String name) {
        public Match {
            java.util.Objects.requireNonNull(country, "country");
            java.util.Objects.requireNonNull(name, "name");
            if (endToken <= 0) {
                throw new IllegalArgumentException("endToken must be > 0, got " + endToken);
            }
        }
    }
}
