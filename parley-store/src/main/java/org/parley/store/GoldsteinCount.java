package org.parley.store;

import java.util.Objects;

/**
 * How many events of a dyad in one of two windows carry one Goldstein weight: a histogram cell. Goldstein weights
 * take a few dozen values, so histograms are small however many events there are.
 *
 * @param a         one side's dyad key (a country code, or a full group or organisation code)
 * @param b         the other's, {@code a < b}
 * @param later     true for the later window
 * @param goldstein   the weight
 * @param cooperative true for quad classes 1-2
 * @param events      events with that weight and class
 */
public record GoldsteinCount(String a, String b, boolean later, double goldstein, boolean cooperative, long events) {
    public GoldsteinCount {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (events < 1) {
            throw new IllegalArgumentException("events must be >= 1, got " + events);
        }
    }
}
