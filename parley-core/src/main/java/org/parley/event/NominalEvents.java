package org.parley.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.api.Sentence;
import org.parley.api.Token;

/**
 * Finds events named by a noun after a light verb: "announced a suspension of air links with Serbia", "launched
 * an invasion of Lebanon", "ordered the expulsion of two diplomats". The noun is mapped back to its verb by the
 * regular English derivations (-sion, -tion, -ment, -al, -ance, -ure, -y), and the verb's own patterns are matched
 * from the noun, so every verb pattern also works in its nominal form without a second dictionary.
 */
final class NominalEvents {
    /** Verbs that carry no event of their own when an event noun is their object. */
    static final Set<String> LIGHT_VERBS = Set.of("announce", "order", "decide", "launch", "make", "hold", "conduct",
            "carry", "begin", "start", "stage", "give", "pay", "undertake", "mount", "complete", "open", "resume",
            "continue", "initiate", "declare", "unveil", "approve", "authorize", "authorise", "step", "intensify",
            "escalate", "speed", "accelerate", "wage", "perform", "organize", "organise", "impose");
    /** How far after the light verb its object noun may stand. */
    private static final int WINDOW = 5;

    private NominalEvents() {
    }

    /** The index of the event noun that is the light verb's object, or -1: the first noun after determiners. */
    static int objectNoun(Sentence sentence, int verb) {
        for (int i = verb + 1; i < sentence.size() && i <= verb + WINDOW; i++) {
            Token token = sentence.token(i);
            String pos = token.pos();
            if ("NOUN".equals(pos)) {
                // "a suspension of", "the withdrawal of": the head is the last noun of a compound ("air strike").
                int head = i;
                while (head + 1 < sentence.size() && "NOUN".equals(sentence.token(head + 1).pos())) {
                    head++;
                }
                return head;
            }
            if (!"DET".equals(pos) && !"ADJ".equals(pos) && !"NUM".equals(pos) && !"ADV".equals(pos)
                    && !"PRON".equals(pos) && !"PUNCT".equals(pos) && !"PROPN".equals(pos)) {
                return -1;
            }
        }
        return -1;
    }

    /** Verb forms a noun may derive from, most likely first, the noun itself included ("attack", "visit"). */
    static List<String> verbsOf(Token noun) {
        String word = noun.lemma().toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>(4);
        out.add(word);
        strip(out, word, "ation", "ate", "");
        strip(out, word, "ition", "ite", "");
        strip(out, word, "ution", "ute", "");
        strip(out, word, "sion", "de", "d");
        strip(out, word, "ssion", "t", "ss");
        strip(out, word, "tion", "te", "");
        strip(out, word, "ment", "", "");
        strip(out, word, "al", "", "e");
        strip(out, word, "ance", "", "e");
        strip(out, word, "ence", "", "e");
        strip(out, word, "ure", "e", "");
        strip(out, word, "ery", "er", "");
        strip(out, word, "ing", "", "e");
        return out;
    }

    private static void strip(List<String> out, String word, String suffix, String first, String second) {
        if (word.length() > suffix.length() + 2 && word.endsWith(suffix)) {
            String stem = word.substring(0, word.length() - suffix.length());
            out.add(stem + first);
            if (!second.equals(first)) {
                out.add(stem + second);
            }
        }
    }
}
