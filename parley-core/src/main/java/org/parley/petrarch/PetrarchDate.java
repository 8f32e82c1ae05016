package org.parley.petrarch;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Dates as PETRARCH dictionaries write them: {@code yyyymmdd}, or {@code yymmdd} with a two-digit year read as
 * 20yy up to {@value #PIVOT} and 19yy above, the rule of KEDS, TABARI and PETRARCH ({@code 070723} is 2007,
 * {@code 320101} is 1932), which the dictionaries were written for.
 */
final class PetrarchDate {
    /** The last two-digit year read as 20yy. */
    static final int PIVOT = 30;

    private PetrarchDate() {
    }

    /** Why a date string is not a date. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        /** True when the string has digits only but neither 6 nor 8 of them: a typo, not a malformed file. */
        private final boolean wrongLength;

        Invalid(String message, boolean wrongLength) {
            super(message);
            this.wrongLength = wrongLength;
        }

        boolean wrongLength() {
            return wrongLength;
        }
    }

    /** Parses six or eight digits. */
    static LocalDate parse(String digits) throws Invalid {
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                throw new Invalid("date '" + digits + "' is not yymmdd or yyyymmdd", false);
            }
        }
        int year;
        int rest;
        if (digits.length() == 8) {
            year = Integer.parseInt(digits.substring(0, 4));
            rest = 4;
        } else if (digits.length() == 6) {
            int yy = Integer.parseInt(digits.substring(0, 2));
            year = yy <= PIVOT ? 2000 + yy : 1900 + yy;
            rest = 2;
        } else {
            throw new Invalid("date '" + digits + "' has " + digits.length()
                    + " digits, not 6 (yymmdd) or 8 (yyyymmdd)", !digits.isEmpty());
        }
        int month = Integer.parseInt(digits.substring(rest, rest + 2));
        int day = Integer.parseInt(digits.substring(rest + 2, rest + 4));
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new Invalid("date '" + digits + "' is not a calendar day: " + e.getMessage(), false);
        }
    }
}
