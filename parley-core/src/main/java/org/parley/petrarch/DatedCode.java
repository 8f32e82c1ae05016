package org.parley.petrarch;

import java.time.LocalDate;
import java.util.List;
import org.parley.dictionary.InvalidDictionaryException;

/**
 * One bracketed code of an actor entry and the days it applies: {@code [CODE]} always (the default),
 * {@code [CODE <d]} before day d, {@code [CODE >d]} from day d on, {@code [CODE d1-d2]} from d1 up to but not
 * including d2, as PETRARCH compares them. Blanks around the signs are allowed ({@code [HOBGOV 19950601 - 19990815]}).
 * A bare date ({@code [USAGOV 19820101]}) is read as from that day on, and reported.
 *
 * @param code  the actor code as written, or {@code ---} for "no actor"
 * @param from  first day, or {@code null} for open
 * @param until last day, or {@code null} for open
 * @param dated false for the default code
 */
record DatedCode(String code, LocalDate from, LocalDate until, boolean dated) {

    /**
     * Parses the text inside the brackets. Returns {@code null}, with a warning, for a code line PETRARCH would read
     * but Parley cannot use: a date of the wrong length (a typo such as {@code 1920030320}) or a range that ends
     * before it starts.
     */
    static DatedCode parse(String inside, String file, int line, List<String> warnings)
            throws InvalidDictionaryException {
        String body = inside.strip();
        int blank = indexOfBlank(body);
        String code = blank < 0 ? body : body.substring(0, blank);
        if (code.isEmpty()) {
            throw new InvalidDictionaryException(file, line, "empty code '[" + inside + "]'");
        }
        String when = blank < 0 ? "" : body.substring(blank).replace(" ", "").replace("\t", "");
        try {
            if (when.isEmpty()) {
                return new DatedCode(code, null, null, false);
            }
            char sign = when.charAt(0);
            if (sign == '<') {
                return new DatedCode(code, null, PetrarchDate.parse(when.substring(1)).minusDays(1), true);
            }
            if (sign == '>') {
                return new DatedCode(code, PetrarchDate.parse(when.substring(1)), null, true);
            }
            int dash = when.indexOf('-');
            if (dash < 0) {
                warnings.add(file + ":" + line + ": bare date in [" + inside.strip() + "] read as from that day on");
                return new DatedCode(code, PetrarchDate.parse(when), null, true);
            }
            LocalDate from = PetrarchDate.parse(when.substring(0, dash));
            LocalDate until = PetrarchDate.parse(when.substring(dash + 1)).minusDays(1);
            if (until.isBefore(from)) {
                warnings.add(file + ":" + line + ": date range in [" + inside.strip() + "] is empty; code skipped");
                return null;
            }
            return new DatedCode(code, from, until, true);
        } catch (PetrarchDate.Invalid e) {
            if (e.wrongLength()) {
                warnings.add(file + ":" + line + ": " + e.getMessage() + "; code skipped");
                return null;
            }
            throw new InvalidDictionaryException(file, line, e.getMessage() + " in [" + inside.strip() + "]");
        }
    }

    private static int indexOfBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
