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
    /**
     * Irregular past forms by their endings, so that prefixed verbs follow ("undertook", "withdrew", "overthrew").
     * Facts of English morphology; the candidates are checked against the dictionary's heads.
     */
    private static final String[][] IRREGULAR = {
        {"took", "take"}, {"taken", "take"}, {"held", "hold"}, {"fought", "fight"}, {"sought", "seek"},
        {"bought", "buy"}, {"brought", "bring"}, {"thought", "think"}, {"caught", "catch"}, {"taught", "teach"},
        {"struck", "strike"}, {"threw", "throw"}, {"thrown", "throw"}, {"drew", "draw"}, {"drawn", "draw"},
        {"grew", "grow"}, {"flew", "fly"}, {"blew", "blow"}, {"blown", "blow"}, {"knew", "know"}, {"sent", "send"},
        {"spent", "spend"}, {"lent", "lend"}, {"dealt", "deal"}, {"felt", "feel"}, {"kept", "keep"}, {"left", "leave"},
        {"met", "meet"}, {"led", "lead"}, {"fled", "flee"}, {"said", "say"}, {"paid", "pay"}, {"laid", "lay"},
        {"told", "tell"}, {"sold", "sell"}, {"gave", "give"}, {"given", "give"}, {"made", "make"}, {"broke", "break"},
        {"broken", "break"}, {"spoke", "speak"}, {"spoken", "speak"}, {"chose", "choose"}, {"chosen", "choose"},
        {"froze", "freeze"}, {"frozen", "freeze"}, {"stole", "steal"}, {"stolen", "steal"}, {"began", "begin"},
        {"begun", "begin"}, {"won", "win"}, {"lost", "lose"}, {"shot", "shoot"}, {"stood", "stand"},
        {"rose", "rise"}, {"risen", "rise"}, {"drove", "drive"}, {"driven", "drive"}, {"wrote", "write"},
        {"written", "write"}, {"came", "come"}, {"went", "go"}, {"gone", "go"}, {"saw", "see"}, {"seen", "see"},
        {"got", "get"}, {"gotten", "get"}, {"built", "build"}, {"swore", "swear"}, {"sworn", "swear"},
        {"tore", "tear"}, {"torn", "tear"}, {"hung", "hang"}, {"stuck", "stick"}, {"sank", "sink"}, {"sunk", "sink"},
        {"slew", "slay"}, {"slain", "slay"}, {"hid", "hide"}, {"hidden", "hide"}, {"forbade", "forbid"},
        {"forbidden", "forbid"}, {"shook", "shake"}, {"shaken", "shake"}, {"fell", "fall"}, {"fallen", "fall"},
        {"bore", "bear"}, {"borne", "bear"}, {"wound", "wind"}, {"bound", "bind"}, {"found", "find"},
        {"ran", "run"}, {"sat", "sit"}, {"beaten", "beat"}, {"bid", "bid"}, {"forgave", "forgive"},
        {"forgiven", "forgive"}, {"overcame", "overcome"}, {"became", "become"},
    };

    private VerbForms() {
    }

    /** Possible base forms, most likely first; the word itself is not included. */
    static List<String> baseForms(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>(4);
        for (String[] form : IRREGULAR) {
            if (w.endsWith(form[0])) {
                out.add(w.substring(0, w.length() - form[0].length()) + form[1]);
            }
        }
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
