package org.parley.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.parley.api.EventDate;
import org.parley.api.EventDate.Precision;

/**
 * What a time expression resolves to.
 *
 * @param date      the first day of the day, month or year meant
 * @param precision how much of the date is known
 * @param anchor    the day later expressions count from: the day itself, or the middle (or the named part, "late
 *                  March") of the month or year, so that "a few weeks later" after "mid-October" lands in November
 */
record Resolution(LocalDate date, Precision precision, LocalDate anchor) {
    Resolution {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(anchor, "anchor");
    }

    /** A day. */
    static Resolution day(LocalDate day) {
        return new Resolution(day, Precision.DAY, day);
    }

    /** A month, counted from the given day of it. */
    static Resolution month(YearMonth month, int anchorDay) {
        return new Resolution(month.atDay(1), Precision.MONTH, month.atDay(Math.min(anchorDay, month.lengthOfMonth())));
    }

    /** A year, counted from its middle. */
    static Resolution year(int year) {
        return new Resolution(LocalDate.of(year, 1, 1), Precision.YEAR, LocalDate.of(year, 7, 1));
    }

    /** A day at the given precision: the day itself, or the first day of its month or year. */
    static Resolution at(LocalDate day, Precision precision) {
        return switch (precision) {
            case DAY -> day(day);
            case MONTH -> new Resolution(day.withDayOfMonth(1), Precision.MONTH, day);
            case YEAR -> new Resolution(day.withDayOfYear(1), Precision.YEAR, day);
        };
    }

    /** The last day of the period meant. */
    LocalDate end() {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> YearMonth.from(date).atEndOfMonth();
            case YEAR -> date.withDayOfYear(date.lengthOfYear());
        };
    }

    /** As an event date: historical when the whole period lies more than a year before the story. */
    EventDate toEventDate(LocalDate story, String expression) {
        return new EventDate(date, precision, end().isBefore(story.minusYears(1)), expression);
    }
}
