package org.parley.store;

/** Which events of a dyad come first. */
public enum EventOrder {
    /** The most reported (then the earliest). */
    MOST_REPORTED("e.num_mentions DESC, e.event_date, e.id"),
    /** The most cooperative by Goldstein weight (then the most reported). */
    WARMEST("e.goldstein DESC, e.num_mentions DESC, e.event_date, e.id"),
    /** The most conflictual by Goldstein weight (then the most reported). */
    COLDEST("e.goldstein, e.num_mentions DESC, e.event_date, e.id");

    private final String sql;

    EventOrder(String sql) {
        this.sql = sql;
    }

    /** The ORDER BY terms over the events alias {@code e}. */
    String sql() {
        return sql;
    }
}
