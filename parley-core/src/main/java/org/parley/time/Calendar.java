package org.parley.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;

/** Calendar arithmetic shared by the date rules: month and number words, and which July or Wednesday is meant. */
final class Calendar {
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("a couple of", 2), Map.entry("a few", 3),
            Map.entry("few", 3), Map.entry("some", 3), Map.entry("several", 4));

    private Calendar() {
    }

    /** The month number of a month name or abbreviation ("Oct.", "October"). */
    static int month(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(prefix)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    /** The count a number word or numeral gives; {@code null} (no word) is "a few", as in "days later". */
    static int count(String word) {
        if (word == null) {
            return 3;
        }
        String key = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        if (key.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(key);
        }
        return NUMBERS.getOrDefault(key, 3);
    }

    /** True when the count word is exact ("two", "a"), not vague ("a few", "several"). */
    static boolean exact(String word) {
        return word != null && Calendar.count(word) <= 10 && !word.matches("(?i).*\\b(few|some|several|couple)\\b.*");
    }

    /**
     * The month of that name nearest the story in the direction of the tense: the latest one not after the story
     * month, or for the future the earliest one not before it.
     */
    static YearMonth nearestMonth(int month, LocalDate story, boolean future) {
        YearMonth current = YearMonth.from(story);
        YearMonth candidate = YearMonth.of(story.getYear(), month);
        if (!future && candidate.isAfter(current)) {
            return candidate.minusYears(1);
        }
        if (future && candidate.isBefore(current)) {
            return candidate.plusYears(1);
        }
        return candidate;
    }

    /** A day of a month with no year: the nearest such day before (or for the future, after) the story. */
    static LocalDate nearestDay(int month, int day, LocalDate story, boolean future) {
        LocalDate candidate = date(story.getYear(), month, day);
        if (candidate == null) {
            return null;
        }
        if (!future && candidate.isAfter(story)) {
            return date(story.getYear() - 1, month, day);
        }
        if (future && candidate.isBefore(story)) {
            return date(story.getYear() + 1, month, day);
        }
        return candidate;
    }

    /** The weekday meant: the last one on or before the story, or for the future the next one on or after it. */
    static LocalDate weekday(DayOfWeek day, LocalDate story, boolean future) {
        return story.with(future ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.previousOrSame(day));
    }

    /** A valid date, or {@code null} for an impossible one such as February 30. */
    static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The day of a month an expression such as "early", "mid" or "the end of" points at. */
    static int partOfMonth(String part) {
        if (part == null) {
            return 15;
        }
        return switch (part.toLowerCase(Locale.ROOT)) {
            case "early", "beginning", "start" -> 5;
            case "late" -> 25;
            case "end" -> 28;
            default -> 15;
        };
    }

    /** The day of a year an expression such as "early" or "late" points at. */
    static LocalDate partOfYear(int year, String part) {
        if (part == null) {
            return LocalDate.of(year, 7, 1);
        }
        return switch (part.toLowerCase(Locale.ROOT)) {
            case "early", "beginning", "start" -> LocalDate.of(year, 3, 1);
            case "late", "end" -> LocalDate.of(year, 10, 15);
            default -> LocalDate.of(year, 7, 1);
        };
    }
}
