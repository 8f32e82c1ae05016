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

    /**
     * SQL: the dyad's events as a derived table, one direction after the other. Each direction is a conjunction
     * of two integer IN filters that the database pushes into its scan; the OR of the two directions is not, and
     * costs an order of magnitude more on ten million events. The second direction leaves out what the first
     * took, so a dyad whose sides overlap counts nothing twice.
     */
    String sqlEvents() {
        String ab = "e.source_actor IN (" + a.idList() + ") AND e.target_actor IN (" + b.idList() + ")";
        String ba = "e.source_actor IN (" + b.idList() + ") AND e.target_actor IN (" + a.idList() + ")";
        return "(SELECT * FROM events e WHERE " + ab + " UNION ALL SELECT * FROM events e WHERE " + ba
                + " AND NOT (" + ab + "))";
    }
}
