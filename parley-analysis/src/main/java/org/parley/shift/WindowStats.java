package org.parley.shift;

/**
 * A dyad's events in one window.
 *
 * @param events           events
 * @param goldsteinMean    their mean Goldstein weight
 * @param cooperationShare share of cooperative events (quad classes 1-2)
 */
public record WindowStats(long events, double goldsteinMean, double cooperationShare) {
    public WindowStats {
        if (events < 0) {
            throw new IllegalArgumentException("events must be >= 0, got " + events);
        }
    }
}
