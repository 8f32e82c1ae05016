package org.parley.trend;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.store.Dyad;
import org.parley.store.EventStore;
import org.parley.store.Period;
import org.parley.store.PeriodStats;
import org.parley.store.StoreException;

/**
 * A dyad's relations over time: one {@link PeriodStats} per period from the first active period to the last, quiet
 * periods included as zeros so that a trend line shows silence rather than skipping it.
 *
 * @param dyad    the two sides
 * @param period  the bucket size
 * @param periods consecutive periods
 */
public record DyadTrend(Dyad dyad, Period period, List<PeriodStats> periods) {
    public DyadTrend {
        Objects.requireNonNull(dyad, "dyad");
        Objects.requireNonNull(period, "period");
        periods = List.copyOf(periods);
    }

    /** Reads a dyad's trend from a store. */
    public static DyadTrend of(EventStore store, Dyad dyad, Period period, LocalDate from, LocalDate to)
            throws StoreException {
        return new DyadTrend(dyad, period, fill(store.dyadSeries(dyad, period, from, to), period));
    }

    /** The active periods with the quiet ones between them added as zeros. */
    static List<PeriodStats> fill(List<PeriodStats> active, Period period) {
        if (active.isEmpty()) {
            return List.of();
        }
        Map<LocalDate, PeriodStats> byStart = new HashMap<>();
        active.forEach(p -> byStart.put(p.start(), p));
        List<PeriodStats> out = new ArrayList<>();
        LocalDate last = active.get(active.size() - 1).start();
        for (LocalDate d = active.get(0).start(); !d.isAfter(last); d = next(d, period)) {
            out.add(byStart.getOrDefault(d, new PeriodStats(d, 0, 0, 0, 0, 0, 0)));
        }
        return out;
    }

    /** The first day of the period after the one starting on {@code start}. */
    public static LocalDate next(LocalDate start, Period period) {
        return switch (period) {
            case WEEK -> start.plus(1, ChronoUnit.WEEKS);
            case MONTH -> start.plusMonths(1).with(TemporalAdjusters.firstDayOfMonth());
            case YEAR -> start.plusYears(1).withDayOfYear(1);
        };
    }

    /** All events of the trend. */
    public long events() {
        return periods.stream().mapToLong(PeriodStats::events).sum();
    }
}
