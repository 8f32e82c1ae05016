package org.parley.petrarch;

import java.util.Locale;

/** The spelling rules PETRARCH dictionaries share: underscores join words, and everything is in capitals. */
final class PetrarchNames {
    /** One-word names of at most this many letters are abbreviations that match only in capitals ("US", "UN"). */
    static final int ABBREVIATION_LETTERS = 3;

    private PetrarchNames() {
    }

    /** The words of a name, underscores and runs of blanks made single blanks: {@code KOFI_ANNAN_} is "KOFI ANNAN". */
    static String words(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean gap = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '_' || Character.isWhitespace(c)) {
                gap = true;
                continue;
            }
            if (gap && out.length() > 0) {
                out.append(' ');
            }
            gap = false;
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The phrase to match: lower case, so that "Kofi Annan" and "KOFI ANNAN" both match, except for short one-word
     * abbreviations, which keep their capitals so that the pronoun "us" is not the United States.
     */
    static String phrase(String name) {
        if (name.indexOf(' ') < 0 && letters(name) <= ABBREVIATION_LETTERS) {
            return name;
        }
        return name.toLowerCase(Locale.ROOT);
    }

    /** A readable name: "KOFI ANNAN" is "Kofi Annan"; abbreviations stay as they are. */
    static String display(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (String word : name.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            if (letters(word) <= ABBREVIATION_LETTERS) {
                out.append(word);
            } else {
                out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    private static int letters(String word) {
        int n = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
