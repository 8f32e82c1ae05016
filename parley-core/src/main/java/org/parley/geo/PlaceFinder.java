package org.parley.geo;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parley.api.Location.Precision;
import org.parley.api.Sentence;

/**
 * Finds the place a name at a given token of a sentence most likely means, without any story context: for other
 * stages that need a place's country ("residents of Aleppo" are Syrian civilians). Towns under 10,000 people are
 * left out, as their names too often mean something else. Thread-safe.
 */
public final class PlaceFinder {
    private static final long MIN_POPULATION = 10_000;

    private final PlacePhrases phrases;

    public PlaceFinder(Gazetteer gazetteer) {
        this.phrases = new PlacePhrases(Objects.requireNonNull(gazetteer, "gazetteer"));
    }

    /**
     * A place named in a sentence.
     *
     * @param endToken one past the last token of the phrase that names it
     * @param place    the place
     */
    public record Found(int endToken, Place place) {
        public Found {
            Objects.requireNonNull(place, "place");
        }
    }

    /** The place named from token {@code start} ("Aleppo", "the city of Aleppo"), or {@code null}. */
    public Found at(Sentence sentence, int start) {
        PlacePhrase phrase = phrases.startingAt(sentence, start);
        if (phrase == null) {
            return null;
        }
        Place place = PlaceChooser.choose(phrase.narrowed(), phrase.usual(), Set.of(), Map.of());
        if (place == null || place.precision() == Precision.CITY && place.population() < MIN_POPULATION) {
            return null;
        }
        return new Found(phrase.endToken(), place);
    }
}
