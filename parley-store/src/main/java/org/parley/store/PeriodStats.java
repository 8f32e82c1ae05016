package org.parley.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Activity in one period of a dyad's time series, counting merged events (not their reports).
 *
 * @param start          first day of the period
 * @param verbalCoop     events of quad class 1
 * @param materialCoop   quad class 2
 * @param verbalConflict quad class 3
 * @param materialConflict quad class 4
 * @param goldsteinSum   sum of the events' Goldstein weights
 * @param mentions       reports of these events
 */
public record PeriodStats(LocalDate start, long verbalCoop, long materialCoop, long verbalConflict,
                          long materialConflict, double goldsteinSum, long mentions) {
    public PeriodStats {
        Objects.requireNonNull(start, "start");
        if (verbalCoop < 0 || materialCoop < 0 || verbalConflict < 0 || materialConflict < 0 || mentions < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
    }

    /** All events of the period. */
    public long events() {
        return verbalCoop + materialCoop + verbalConflict + materialConflict;
    }

    /** Mean Goldstein weight, 0 for an empty period. */
    public double goldsteinMean() {
        return events() == 0 ? 0 : goldsteinSum / events();
    }

    /** Share of cooperative events (quad classes 1-2), 0 for an empty period. */
    public double cooperationShare() {
        return events() == 0 ? 0 : (double) (verbalCoop + materialCoop) / events();
    }
}
