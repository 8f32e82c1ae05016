package org.parley.shift;

import java.util.List;
import java.util.Objects;
import org.parley.store.StoredMention;

/**
 * A dyad whose relations changed between two windows.
 *
 * @param a       one side's dyad key
 * @param b       the other's
 * @param before  the earlier window
 * @param after   the later window
 * @param u       Mann–Whitney U of the later window's Goldstein scores
 * @param z       its standard score
 * @param p       two-sided p-value
 * @param q       Benjamini–Hochberg adjusted p-value over all dyads tested
 * @param effect  rank-biserial correlation: positive for rapprochement, negative for deterioration
 * @param drivers the later window's reports that pulled most in the shift's direction
 */
public record Shift(String a, String b, WindowStats before, WindowStats after, double u, double z, double p, double q,
                    double effect, List<StoredMention> drivers) {
    public Shift {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        drivers = List.copyOf(drivers);
    }

    /** "rapprochement" or "deterioration". */
    public String direction() {
        return effect >= 0 ? "rapprochement" : "deterioration";
    }

    /** A copy with its driving events. */
    public Shift withDrivers(List<StoredMention> events) {
        return new Shift(a, b, before, after, u, z, p, q, effect, events);
    }
}
