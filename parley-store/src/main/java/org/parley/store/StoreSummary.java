package org.parley.store;

import java.util.List;
import java.util.Map;

/**
 * Totals of a store.
 *
 * @param documents   stored documents
 * @param sentences   stored sentences
 * @param events      stored events, each counted once however many documents report it
 * @param mentions    reports of events (evidence sentences)
 * @param byQuadClass event counts by quad class 1-4
 * @param topDyads    the most active actor pairs
 */
public record StoreSummary(long documents, long sentences, long events, long mentions, Map<Integer, Long> byQuadClass,
                           List<DyadCount> topDyads) {
    public StoreSummary {
        byQuadClass = Map.copyOf(byQuadClass);
        topDyads = List.copyOf(topDyads);
    }

    /**
     * Activity between two actors (by their dyad key), both directions together.
     *
     * @param a            one actor's key: its country chunk, or its full code for groups and organisations
     * @param b            the other's
     * @param events       events between them
     * @param cooperation  events in quad classes 1-2
     * @param conflict     events in quad classes 3-4
     * @param goldsteinSum the sum of Goldstein weights
     */
    public record DyadCount(String a, String b, long events, long cooperation, long conflict, double goldsteinSum) {
    }
}
