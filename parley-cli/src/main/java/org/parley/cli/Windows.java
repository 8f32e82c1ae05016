package org.parley.cli;

import java.time.LocalDate;
import java.time.Period;

/**
 * A window length written as a count and a unit: {@code 30d}, {@code 8w}, {@code 6m}, {@code 1y}.
 *
 * @param length the calendar length
 */
record Windows(Period length) {
    static Windows parse(String text) {
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
    LocalDate back(LocalDate day) {
        return day.minus(length);
    }
}
