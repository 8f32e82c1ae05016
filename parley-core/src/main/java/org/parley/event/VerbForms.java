package org.parley.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Candidate base forms of an inflected English verb, for when the statistical lemmatizer returns the inflected
 * word unchanged ("condemned" → "condemned"). The candidates are checked against the verb dictionary's heads, so
 * over-generation does no harm: "condemned" gives "condemn", "condemne"; "stopped" gives "stop"; "tried" "try".
 * Written by hand because OpenNLP ships no rule-based English lemmatizer and a morphological lexicon would add a
 * large resource for the few forms the statistical model misses.
 */
final class VerbForms {
    private VerbForms() {
    }

    /** Possible base forms, most likely first; the word itself is not included. */
    static List<String> baseForms(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>(4);
        if (w.endsWith("ied") || w.endsWith("ies")) {
            out.add(w.substring(0, w.length() - 3) + "y");
        }
        if (w.endsWith("ed")) {
            addStem(out, w.substring(0, w.length() - 2));
            out.add(w.substring(0, w.length() - 1));
        } else if (w.endsWith("ing")) {
            addStem(out, w.substring(0, w.length() - 3));
            out.add(w.substring(0, w.length() - 3) + "e");
        } else if (w.endsWith("es")) {
            out.add(w.substring(0, w.length() - 2));
            out.add(w.substring(0, w.length() - 1));
        } else if (w.endsWith("s")) {
            out.add(w.substring(0, w.length() - 1));
        }
        return out;
    }

    /** The stem, and with a doubled final consonant undone ("stopp" → "stop"). */
    private static void addStem(List<String> out, String stem) {
        if (stem.length() < 2) {
            return;
        }
        out.add(stem);
        int n = stem.length();
        if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "aeiou".indexOf(stem.charAt(n - 1)) < 0) {
            out.add(stem.substring(0, n - 1));
        }
    }
}
