package org.parley.store;

import java.util.Objects;

/**
 * Two sides whose events with each other are wanted, in either direction.
 *
 * @param a one side
 * @param b the other
 */
public record Dyad(ActorSelection a, ActorSelection b) {
    public Dyad {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
    }

    /** SQL: the event (alias {@code e}) goes from one side to the other, either way. */
    String sqlCondition() {
        String x = a.idList();
        String y = b.idList();
        return "((e.source_actor IN (" + x + ") AND e.target_actor IN (" + y + ")) OR (e.source_actor IN (" + y
                + ") AND e.target_actor IN (" + x + ")))";
    }
}
