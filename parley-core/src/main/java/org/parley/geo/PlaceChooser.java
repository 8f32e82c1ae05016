package org.parley.geo;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parley.api.Location.Precision;

/**
 * Chooses which place a name means. Each candidate scores the order of magnitude of its population, plus a bonus
 * for being a country, a national capital, the name's usual meaning, or in a country the sentence's actors (or,
 * slightly less, the document's) belong to: "Tripoli" in a story about Lebanon is Tripoli, Lebanon; otherwise the
 * Libyan capital. "Paris" is Paris, France even in a story about Americans: a hundredfold population outweighs the
 * actors' country. A region loses to its own seat of the same name ("Idlib" is the city).
 */
final class PlaceChooser {
    private static final double COUNTRY = 1.0;
    private static final double CAPITAL = 1.0;
    private static final double USUAL = 1.5;
    private static final double SENTENCE_COUNTRY = 2.5;
    private static final double DOCUMENT_COUNTRY = 2.0;

    private PlaceChooser() {
    }

    /**
     * The best candidate, or {@code null} when none is left.
     *
     * @param candidates what the name may mean
     * @param usual      what the name usually means, or {@code null}
     * @param sentence   the countries of the sentence's actors (alpha-3)
     * @param document   how often each country's actors appeared earlier in the document
     */
    static Place choose(List<Place> candidates, Place usual, Set<String> sentence, Map<String, Integer> document) {
        Objects.requireNonNull(candidates, "candidates");
        Place best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Place p : candidates) {
            double score = score(p, usual, sentence, document);
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best == null ? null : seatOf(best, candidates);
    }

    private static double score(Place p, Place usual, Set<String> sentence, Map<String, Integer> document) {
        double score = Math.log10(p.population() + 10.0);
        if (p.precision() == Precision.COUNTRY) {
            score += COUNTRY;
        }
        if (p.capital()) {
            score += CAPITAL;
        }
        if (p.equals(usual)) {
            score += USUAL;
        }
        if (sentence.contains(p.country())) {
            score += SENTENCE_COUNTRY;
        } else if (document.getOrDefault(p.country(), 0) > 0) {
            score += DOCUMENT_COUNTRY;
        }
        return score;
    }

    /** A region named like its own seat means the seat: "Aleppo", "Donetsk", "Kherson". */
    private static Place seatOf(Place best, List<Place> candidates) {
        if (best.precision() != Precision.ADMIN1) {
            return best;
        }
        for (Place p : candidates) {
            if (p.precision() == Precision.CITY && p.seat() && p.country().equals(best.country())
                    && best.name().equals(p.admin1())) {
                return p;
            }
        }
        return best;
    }
}
