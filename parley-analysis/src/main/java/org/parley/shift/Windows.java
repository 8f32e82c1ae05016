package org.parley.shift;

import java.time.LocalDate;
import java.time.Period;

/**
 * The length of the two adjacent windows that shifts compare, written as a count and a unit: {@code 30d},
 * {@code 8w}, {@code 6m}, {@code 1y}.
 *
 * @param length the calendar length
 */
public record Windows(Period length) {
    /** Reads a length such as {@code 6m}; a mistake is an {@link IllegalArgumentException} naming {@code --window}. */
    public static Windows parse(String text) {
        if (text == null || !text.matches("\\d{1,4}[dwmy]")) {
            throw new IllegalArgumentException("--window must be a count and a unit d, w, m or y (e.g. 6m), got '"
                    + text + "'");
        }
        int n = Integer.parseInt(text.substring(0, text.length() - 1));
        if (n == 0) {
            throw new IllegalArgumentException("--window must be longer than zero");
        }
        return new Windows(switch (text.charAt(text.length() - 1)) {
            case 'd' -> Period.ofDays(n);
            case 'w' -> Period.ofWeeks(n);
            case 'm' -> Period.ofMonths(n);
            default -> Period.ofYears(n);
        });
    }

    /** The day one window before {@code day}. */
    public LocalDate back(LocalDate day) {
        return day.minus(length);
    }
}
