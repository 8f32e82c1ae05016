package org.parley.event;

import java.util.AbstractList;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;
import java.util.Set;
import org.parley.api.ActorMention;
import org.parley.api.Sentence;
import org.parley.api.Token;

/**
 * Matches verb patterns around a predicate's head. Between consecutive elements up to {@link #MAX_GAP} tokens may
 * intervene (determiners, adjectives, numbers), but never a clause break. Words a pattern puts before the head are
 * looked for between the subject and the head, never inside or before the subject.
 */
final class PatternMatcher {
    static final int MAX_GAP = 4;
    /** Heads with this many patterns or more are sifted by the words after the head ({@link #wordsAfter}). */
    private static final int SIFT_FROM = 8;
    /** Tokens that do not count towards the gap. */
    private static final Set<String> FREE = Set.of("-", "–", "today", "yesterday", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** Parts of speech of the verb group around a head. */
    private static final Set<String> VERB_GROUP = Set.of("AUX", "ADV", "PART");

    private PatternMatcher() {
    }

    /**
     * A pattern matched at a predicate.
     *
     * @param pattern the pattern
     * @param target  the actor in the target slot, or {@code null} when the slot was empty or absent
     * @param source  the actor in the source slot ({@link VerbPattern#SOURCE}), or {@code null} when there is none
     * @param end     token index one past the last matched element
     */
    record Match(VerbPattern pattern, ActorMention target, ActorMention source, int end) {
    }

    /**
     * The first (most specific) pattern whose words all match; its target slot filled if an actor stands there.
     * In the passive the slot is skipped: the subject fills it.
     */
    static Match bestMatch(List<VerbPattern> patterns, Sentence sentence, int head, List<ActorMention> actors,
                           boolean passive) {
        return bestMatch(patterns, sentence, head, head, actors, passive);
    }

    /**
     * As {@link #bestMatch(List, Sentence, int, List, boolean)} for a predicate whose verb group starts at
     * {@code groupStart}: the words a pattern puts before the head stand before the verb group ("heavily
     * criticized" is no "heavily" before "criticize", but "the death toll has risen" is "death toll" before "rise").
     */
    static Match bestMatch(List<VerbPattern> patterns, Sentence sentence, int head, int groupStart,
                           List<ActorMention> actors, boolean passive) {
        return bestMatch(patterns, sentence, head, groupStart, actors, passive, patterns.size() >= SIFT_FROM);
    }

    /** The best match, with the patterns sifted by the words after the head or all tried (for tests). */
    static Match bestMatch(List<VerbPattern> patterns, Sentence sentence, int head, int groupStart,
                           List<ActorMention> actors, boolean passive, boolean sift) {
        Match fallback = null;
        long[] after = sift ? wordsAfter(sentence, head) : null;
        Sifted sifted = after != null && patterns instanceof Sifted s ? s : null;
        for (int k = 0; k < patterns.size(); k++) {
            VerbPattern pattern = patterns.get(k);
            if (after != null && !(sifted != null ? sifted.mayMatch(k, after) : mayMatch(pattern, after))) {
                continue;
            }
            Match match = match(pattern, sentence, head, groupStart, actors, passive);
            if (match == null) {
                continue;
            }
            if (match.target() != null || !pattern.hasTarget() || passive) {
                return match;
            }
            if (fallback == null) {
                fallback = match;
            }
        }
        return fallback;
    }

    private static Match match(VerbPattern pattern, Sentence sentence, int head, int groupStart,
                               List<ActorMention> actors, boolean passive) {
        if (!pattern.before().isEmpty() && !wordsBefore(pattern.before(), sentence, groupStart, actors)) {
            return null;
        }
        int pos = head + 1;
        ActorMention target = null;
        ActorMention source = null;
        boolean joined = false;
        for (String element : pattern.elements()) {
            if (VerbPattern.JOINED.equals(element)) {
                joined = true;
                continue;
            }
            if (VerbPattern.SOURCE.equals(element)) {
                // A source slot must be filled: the pattern says who acts, and without the actor it says nothing.
                source = actorWithin(sentence, actors, pos);
                if (source == null) {
                    return null;
                }
                pos = source.endToken();
                continue;
            }
            if (VerbPattern.SKIP.equals(element)) {
                int end = nounPhraseEnd(sentence, actors, pos);
                if (end < 0) {
                    return null;
                }
                pos = end;
                continue;
            }
            if (VerbPattern.TARGET.equals(element)) {
                if (passive) {
                    continue;
                }
                ActorMention found = actorWithin(sentence, actors, pos);
                if (found != null) {
                    target = found;
                    pos = found.endToken();
                }
                continue;
            }
            int at = wordWithin(sentence, element, pos);
            if (at < 0 || joined && at != pos) {
                return null;
            }
            joined = false;
            pos = at + 1;
        }
        return new Match(pattern, target, source, pos);
    }

    /**
     * The words, in order, between the subject and the verb group: each within {@link #MAX_GAP} tokens of the next
     * (the last of the verb group), with no actor and no clause break in between. Auxiliaries and adverbs belong to
     * the verb group, not to the words before it ("recently allowed" is no "recently" before "allow"), as in
     * PETRARCH, whose words before the verb are those of the subject's phrase.
     */
    private static boolean wordsBefore(List<String> words, Sentence sentence, int groupStart,
                                       List<ActorMention> actors) {
        int pos = groupStart - 1;
        while (pos >= 0 && VERB_GROUP.contains(sentence.token(pos).pos())) {
            pos--;
        }
        for (int w = words.size() - 1; w >= 0; w--) {
            String lemma = words.get(w);
            int found = -1;
            for (int i = pos; i >= 0 && i >= pos - MAX_GAP; i--) {
                Token token = sentence.token(i);
                if (lemma.equals(token.lemma()) || lemma.equalsIgnoreCase(token.text())) {
                    found = i;
                    break;
                }
                if (covered(actors, i) || breaksClause(token) || ",".equals(token.text())) {
                    return false;
                }
            }
            if (found < 0) {
                return false;
            }
            pos = found - 1;
        }
        return true;
    }

    /**
     * One past the noun phrase starting within {@link #MAX_GAP} tokens of {@code from}: an actor, or a run of nouns
     * and their modifiers; -1 when there is none before a clause break.
     */
    private static int nounPhraseEnd(Sentence sentence, List<ActorMention> actors, int from) {
        for (int i = from; i < sentence.size() && i <= from + MAX_GAP; i++) {
            for (ActorMention actor : actors) {
                if (actor.firstToken() == i) {
                    return actor.endToken();
                }
            }
            Token token = sentence.token(i);
            if (token.isNoun()) {
                int end = i + 1;
                while (end < sentence.size() && sentence.token(end).isNoun() && !covered(actors, end)) {
                    end++;
                }
                return end;
            }
            if (breaksClause(token)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean covered(List<ActorMention> actors, int token) {
        for (ActorMention actor : actors) {
            if (actor.firstToken() <= token && token < actor.endToken()) {
                return true;
            }
        }
        return false;
    }

    private static int wordWithin(Sentence sentence, String lemma, int from) {
        int limit = from + MAX_GAP;
        for (int i = from; i < sentence.size() && i <= limit; i++) {
            Token token = sentence.token(i);
            if (free(token.text())) {
                limit++; // "lifted Friday a day-old blockade": hyphens and day names do not use up the gap
            }
            if (lemma.equals(token.lemma()) || lemma.equalsIgnoreCase(token.text())) {
                return i;
            }
            if (breaksClause(token) && !ClauseAnalyzer.attributive(sentence, i)) {
                return -1; // a participle inside a noun phrase ("the proposed changes") breaks nothing
            }
        }
        return -1;
    }

    /** A token that does not count towards the gap; the length test spares lower-casing most tokens. */
    private static boolean free(String text) {
        int length = text.length();
        return (length == 1 || length >= 5 && length <= 9) && FREE.contains(text.toLowerCase(Locale.ROOT));
    }

    /**
     * A 256-bit filter of the words a pattern element can match after the head (every lemma, every word folded as
     * {@link String#equalsIgnoreCase} folds it): a pattern with an element missing from it cannot match. Heads such as
     * "call" or "demand" have hundreds of patterns, and most fail on their first word; this spares scanning for it.
     */
    private static long[] wordsAfter(Sentence sentence, int head) {
        long[] bits = new long[4];
        for (int i = head + 1; i < sentence.size(); i++) {
            Token token = sentence.token(i);
            set(bits, token.lemma());
            set(bits, folded(token.text()));
        }
        return bits;
    }

    /**
     * A head's patterns in order, with the filter bits of each pattern's siftable words worked out once (see
     * {@link #mayMatch}): the dictionary keeps its lists in this form, so that sifting costs a few bit tests.
     */
    static final class Sifted extends AbstractList<VerbPattern> implements RandomAccess {
        private final List<VerbPattern> patterns;
        private final int[][] bits;

        Sifted(List<VerbPattern> patterns) {
            this.patterns = List.copyOf(patterns);
            this.bits = new int[this.patterns.size()][];
            for (int k = 0; k < bits.length; k++) {
                bits[k] = this.patterns.get(k).elements().stream()
                        .filter(element -> !slot(element) && lowerAscii(element))
                        .mapToInt(element -> bit(element.hashCode())).toArray();
            }
        }

        @Override
        public VerbPattern get(int index) {
            return patterns.get(index);
        }

        @Override
        public int size() {
            return patterns.size();
        }

        /** As {@link PatternMatcher#mayMatch} for the pattern at {@code index}. */
        boolean mayMatch(int index, long[] after) {
            for (int b : bits[index]) {
                if ((after[b >>> 6] & 1L << b) == 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /** False only when some word element of the pattern is surely not among the words after the head. */
    private static boolean mayMatch(VerbPattern pattern, long[] after) {
        for (String element : pattern.elements()) {
            // Slots are no words; an element with capitals or non-ASCII letters might fold otherwise than it reads.
            if (!has(after, element) && !slot(element) && lowerAscii(element)) {
                return false;
            }
        }
        return true;
    }

    private static boolean slot(String element) {
        return VerbPattern.TARGET.equals(element) || VerbPattern.SOURCE.equals(element)
                || VerbPattern.SKIP.equals(element) || VerbPattern.JOINED.equals(element);
    }

    /** The word with each character folded as equalsIgnoreCase compares it: lower case of upper case. */
    private static String folded(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 128 || c >= 'A' && c <= 'Z') {
                char[] chars = word.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    chars[j] = Character.toLowerCase(Character.toUpperCase(chars[j]));
                }
                return new String(chars);
            }
        }
        return word;
    }

    private static boolean lowerAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 128 || c >= 'A' && c <= 'Z') {
                return false;
            }
        }
        return true;
    }

    private static void set(long[] bits, String word) {
        int b = bit(word.hashCode());
        bits[b >>> 6] |= 1L << b;
    }

    private static boolean has(long[] bits, String word) {
        int b = bit(word.hashCode());
        return (bits[b >>> 6] & 1L << b) != 0;
    }

    /** A word's bit in the 256-bit filter, from its hash code. */
    private static int bit(int hash) {
        return (hash ^ hash >>> 16 ^ hash >>> 8) & 255;
    }

    private static ActorMention actorWithin(Sentence sentence, List<ActorMention> actors, int from) {
        for (int a = 0; a < actors.size(); a++) {
            ActorMention actor = actors.get(a);
            if (actor.firstToken() < from) {
                continue;
            }
            // "demanded that its European partners": a possessive names the owner, the phrase's head is the actor.
            if (a + 1 < actors.size() && isPossessive(sentence, actor)
                    && actors.get(a + 1).firstToken() <= actor.endToken() + 2) {
                continue;
            }
            if (actor.firstToken() > from + MAX_GAP) {
                return null;
            }
            for (int i = from; i < actor.firstToken(); i++) {
                if (breaksClause(sentence.token(i))) {
                    return null;
                }
            }
            return actor;
        }
        return null;
    }

    /** "its", "his", "her", "their" standing for an actor. */
    static boolean isPossessive(Sentence sentence, ActorMention actor) {
        if (actor.endToken() - actor.firstToken() != 1) {
            return false;
        }
        String word = sentence.token(actor.firstToken()).text().toLowerCase(java.util.Locale.ROOT);
        return "its".equals(word) || "his".equals(word) || "her".equals(word) || "their".equals(word);
    }

    static boolean breaksClause(Token token) {
        String word = token.text();
        return token.isVerb() || ";".equals(word) || ":".equals(word) || ".".equals(word) || "\"".equals(word)
                || "PRON".equals(token.pos()) && ("which".equalsIgnoreCase(word) || "who".equalsIgnoreCase(word));
    }
}
