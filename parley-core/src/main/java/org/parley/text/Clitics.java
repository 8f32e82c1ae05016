package org.parley.text;

import java.util.List;

/**
 * Splits clitics and glued punctuation off tokens. The UD tokenizer model keeps "didn't", "Qaeda's" and "Hamas’"
 * whole, which would hide actor names from the dictionaries and negation from the event coder.
 */
final class Clitics {
    private Clitics() {
    }

    /** Appends the offsets of the token {@code text[start, end)}, split where a clitic or final stop is glued on. */
    static void split(String text, int start, int end, boolean lastInSentence, List<int[]> out) {
        int len = end - start;
        if (len > 3 && endsWithNegation(text, end)) {
            out.add(new int[] {start, end - 3});
            out.add(new int[] {end - 3, end});
            return;
        }
        if (len > 2 && isApostrophe(text.charAt(end - 2)) && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
            out.add(new int[] {start, end - 2});
            out.add(new int[] {end - 2, end});
            return;
        }
        if (len > 1 && isApostrophe(text.charAt(end - 1)) && Character.isLetter(text.charAt(end - 2))) {
            out.add(new int[] {start, end - 1});
            out.add(new int[] {end - 1, end});
            return;
        }
        if (lastInSentence && len > 1 && text.charAt(end - 1) == '.' && text.lastIndexOf('.', end - 2) < start) {
            out.add(new int[] {start, end - 1});
            out.add(new int[] {end - 1, end});
            return;
        }
        out.add(new int[] {start, end});
    }

    private static boolean endsWithNegation(String text, int end) {
        char n = text.charAt(end - 3);
        return (n == 'n' || n == 'N') && isApostrophe(text.charAt(end - 2))
                && (text.charAt(end - 1) == 't' || text.charAt(end - 1) == 'T');
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
