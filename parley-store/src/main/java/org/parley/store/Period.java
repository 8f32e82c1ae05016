package org.parley.store;

/** A calendar bucket for time series; weeks start on Monday (ISO). */
public enum Period {
    WEEK, MONTH, YEAR;

    /** The unit name in SQL {@code date_trunc}. */
    String sqlUnit() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
