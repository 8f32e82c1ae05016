package org.parley.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.event.VerbPattern;

/**
 * Translates a PETRARCH verb pattern into the words before the verb and the elements after it of Parley
 * {@link org.parley.event.VerbPattern}s.
 * <ul>
 *   <li>{@code (PREP NOUNS)} prepositional phrases and {@code {MODIFIERS HEAD}} noun phrases become their words in
 *       order, and {@code WORD_WORD} its words;</li>
 *   <li>{@code &SYNSET} is expanded, one pattern per member (members may themselves name synsets);</li>
 *   <li>words before {@code *} must stand between the subject and the verb ("{DEATH TOLL} *"); a leading {@code $}
 *       says what every pattern says, that the subject is the source;</li>
 *   <li>{@code +} is the target slot; a pattern without one gets two variants, the target right after the verb
 *       ("accuse + of aggression") and after the words ("restore ties with +"), because PETRARCH finds the target
 *       in the parse wherever it stands and Parley matches in order;</li>
 *   <li>{@code $} after the verb is the source slot, and the subject is then the target, whether or not the
 *       pattern writes {@code +} before the verb ("{@code + * MONEY $}": the subject received money from the
 *       source);</li>
 *   <li>{@code ^}, a noun phrase that is not coded, stays as a slot that passes over one noun phrase.</li>
 * </ul>
 * What cannot be said that way is refused with a {@link Skip} reason: actors or skipped phrases before the verb,
 * a target before the verb with no source after it, both roles after the verb, compound actors ({@code %}), two
 * targets.
 */
final class PatternTranslator {
    /** Why a pattern or verb is left out. */
    enum Skip {
        ACTOR_BEFORE_VERB("actor or skipped phrase among the words before the verb"),
        TARGET_BEFORE_VERB("target (+) before the verb"),
        SOURCE_AND_TARGET_AFTER_VERB("source ($) and target (+) both after the verb"),
        COMPOUND_ACTOR("compound actor (%)"),
        TWO_TARGETS("two targets"),
        UNDEFINED_SYNSET("undefined synset"),
        PASSIVE_ONLY_CODE("code for the passive only [:code]"),
        UNKNOWN_CODE("code neither in the CAMEO codebook nor numeric"),
        VERB_AFTER_WORD("multi-word verb with words before the verb"),
        MALFORMED("malformed pattern"),
        NO_VERB("block without a usable verb"),
        TRANSFORMATION("verb transformation (~)");

        final String label;

        Skip(String label) {
            this.label = label;
        }
    }

    /** A pattern that cannot be translated. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final Skip reason;

        Refused(Skip reason, String detail) {
            super(reason.label + (detail.isEmpty() ? "" : ": " + detail));
            this.reason = reason;
        }
    }

    /** Synsets nest rarely and shallowly; deeper means a cycle. */
    private static final int MAX_SYNSET_DEPTH = 4;

    private final Map<String, List<List<String>>> synsets;

    /** @param synsets synset name (with its {@code &}) to members, each a list of tokens as written */
    PatternTranslator(Map<String, List<List<String>>> synsets) {
        this.synsets = synsets;
    }

    /**
     * A pattern as Parley says it.
     *
     * @param before   the words before the verb
     * @param elements the words and slots after it
     */
    record Translated(List<String> before, List<String> elements) {
    }

    /**
     * The patterns a PETRARCH pattern stands for.
     *
     * @param pattern  the pattern between its leading {@code -} and its code
     * @param noTarget true for a pattern that codes nothing, which needs no target slot
     */
    List<Translated> translate(String pattern, boolean noTarget) throws Refused {
        List<String> tokens = joinNounPhrases(pattern);
        int star = tokens.indexOf("*");
        if (star < 0 || tokens.lastIndexOf("*") != star) {
            throw new IllegalArgumentException("a pattern has exactly one '*' for the verb: '" + pattern + "'");
        }
        List<String> words = new ArrayList<>();
        boolean subjectIsTarget = false;
        for (int i = 0; i < star; i++) {
            String token = tokens.get(i);
            if (i == 0 && token.equals("$")) {
                continue;
            }
            if (i == 0 && token.equals("+")) {
                subjectIsTarget = true;
                continue;
            }
            if (token.equals("%")) {
                throw new Refused(Skip.COMPOUND_ACTOR, "");
            }
            if (token.equals("+")) {
                throw new Refused(Skip.TARGET_BEFORE_VERB, "");
            }
            if (token.equals("$") || token.equals("^")) {
                throw new Refused(Skip.ACTOR_BEFORE_VERB, "");
            }
            words.add(token);
        }
        List<String> after = tokens.subList(star + 1, tokens.size());
        if (after.contains("%")) {
            throw new Refused(Skip.COMPOUND_ACTOR, "");
        }
        if (after.indexOf("+") != after.lastIndexOf("+") || after.indexOf("$") != after.lastIndexOf("$")) {
            throw new Refused(Skip.TWO_TARGETS, "");
        }
        boolean source = after.contains("$");
        if (source && after.contains("+")) {
            throw new Refused(Skip.SOURCE_AND_TARGET_AFTER_VERB, "");
        }
        if (subjectIsTarget && !source) {
            throw new Refused(Skip.TARGET_BEFORE_VERB, "no source ($) after the verb");
        }
        List<List<String>> befores = expand(words, 0);
        for (List<String> before : befores) {
            if (before.contains("+") || before.contains("^")) {
                throw new Refused(Skip.ACTOR_BEFORE_VERB, "");
            }
            before.removeIf(VerbPattern.JOINED::equals); // the words before the verb are matched leftwards, closely
        }
        List<List<String>> variants = expand(after, 0);
        if (!noTarget && !source && !after.contains("+")) {
            List<List<String>> placed = new ArrayList<>(variants.size() * 2);
            for (List<String> variant : variants) {
                List<String> first = new ArrayList<>(variant.size() + 1);
                first.add("+");
                first.addAll(variant);
                placed.add(first);
                if (!variant.isEmpty()) {
                    List<String> last = new ArrayList<>(variant);
                    last.add("+");
                    placed.add(last);
                }
            }
            variants = placed;
        }
        List<Translated> out = new ArrayList<>(befores.size() * variants.size());
        for (List<String> before : befores) {
            for (List<String> variant : variants) {
                out.add(new Translated(before, variant));
            }
        }
        return out;
    }

    /** Every element list the tokens stand for, synsets expanded. */
    private List<List<String>> expand(List<String> tokens, int depth) throws Refused {
        List<List<String>> variants = new ArrayList<>();
        variants.add(new ArrayList<>());
        for (String token : tokens) {
            if (token.startsWith("&")) {
                List<List<String>> members = synsets.get(token);
                if (members == null || depth >= MAX_SYNSET_DEPTH) {
                    throw new Refused(Skip.UNDEFINED_SYNSET, token);
                }
                List<List<String>> next = new ArrayList<>();
                for (List<String> member : members) {
                    for (List<String> tail : expand(member, depth + 1)) {
                        for (List<String> head : variants) {
                            List<String> joined = new ArrayList<>(head);
                            joined.addAll(tail);
                            next.add(joined);
                        }
                    }
                }
                variants = next;
            } else {
                for (List<String> variant : variants) {
                    addWords(token, variant);
                }
            }
        }
        return variants;
    }

    private static void addWords(String token, List<String> out) {
        if (token.equals("^") && !out.isEmpty() && out.get(out.size() - 1).equals("^")) {
            return; // "(AT ^ ^)": one noun phrase of several words is passed over once
        }
        if (token.equals("+") || token.equals("$") || token.equals("^") || token.equals(VerbPattern.JOINED)) {
            out.add(token);
            return;
        }
        for (String word : token.split("_")) {
            if (!word.isEmpty()) {
                out.add(word.toLowerCase(Locale.ROOT));
            }
        }
    }

    /**
     * The tokens of a pattern, each {@code {MODIFIERS HEAD}} noun phrase with {@link VerbPattern#JOINED} before its
     * head: the modifier nearest the head says what kind of thing it is, so nothing may stand between them
     * ("{ECONOMIC RELATIONS}" matches "new economic relations", not "economic trade relations"), while other words
     * may stand between the modifiers.
     */
    static List<String> joinNounPhrases(String pattern) {
        List<String> tokens = new ArrayList<>();
        int at = 0;
        while (at < pattern.length()) {
            int open = pattern.indexOf('{', at);
            int close = open < 0 ? -1 : pattern.indexOf('}', open);
            if (close < 0) {
                tokens.addAll(tokens(pattern.substring(at)));
                break;
            }
            tokens.addAll(tokens(pattern.substring(at, open)));
            List<String> phrase = tokens(pattern.substring(open + 1, close));
            for (int i = 0; i < phrase.size(); i++) {
                if (i == phrase.size() - 1 && i > 0 && isWord(phrase.get(i)) && isWord(phrase.get(i - 1))) {
                    tokens.add(VerbPattern.JOINED);
                }
                tokens.add(phrase.get(i));
            }
            at = close + 1;
        }
        return tokens;
    }

    private static boolean isWord(String token) {
        return !token.equals("+") && !token.equals("$") && !token.equals("^") && !token.equals("%")
                && !token.equals("*");
    }

    /** The blank-separated words of a text. */
    static List<String> blankSeparated(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean blank = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (blank && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            } else if (!blank && start < 0) {
                start = i;
            }
        }
        return words;
    }

    /** Splits at blanks, with brackets and parentheses as blanks and '*' a token of its own. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean separator = Character.isWhitespace(c) || c == '(' || c == ')' || c == '{' || c == '}' || c == '*';
            if (!separator) {
                word.append(c);
                continue;
            }
            if (word.length() > 0) {
                tokens.add(word.toString());
                word.setLength(0);
            }
            if (c == '*') {
                tokens.add("*");
            }
        }
        return tokens;
    }
}
