package org.parley.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an event happened, as far as the text says.
 *
 * @param date       the day; for month or year precision the first day of that month or year
 * @param precision  how much of the date the text gives
 * @param historical true when the event lies more than a year before the story: background, not news of the day
 * @param expression the words that gave the date, or {@code null} when the story date was used
 */
public record EventDate(LocalDate date, Precision precision, boolean historical, String expression) {
    /** How exactly a date is known. */
    public enum Precision { DAY, MONTH, YEAR }

    public EventDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
    }

    /** The story date itself, used when the sentence names no time. */
    public static EventDate storyDate(LocalDate date) {
        return new EventDate(date, Precision.DAY, false, null);
    }
}
