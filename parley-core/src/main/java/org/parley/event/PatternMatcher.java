package org.parley.event;

import java.util.List;
import org.parley.api.ActorMention;
import org.parley.api.Sentence;
import org.parley.api.Token;

/**
 * Matches verb patterns to the right of a predicate's head. Between consecutive elements up to
 * {@link #MAX_GAP} tokens may intervene (determiners, adjectives, numbers), but never a clause break.
 */
final class PatternMatcher {
    static final int MAX_GAP = 4;
    /** Tokens that do not count towards the gap. */
    private static final java.util.Set<String> FREE = java.util.Set.of("-", "–", "today", "yesterday", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private PatternMatcher() {
    }

    /**
     * A pattern matched at a predicate.
     *
     * @param pattern the pattern
     * @param target  the actor in the target slot, or {@code null} when the slot was empty or absent
     * @param end     token index one past the last matched element
     */
    record Match(VerbPattern pattern, ActorMention target, int end) {
    }

    /**
     * The first (most specific) pattern whose words all match; its target slot filled if an actor stands there.
     * In the passive the slot is skipped: the subject fills it.
     */
    static Match bestMatch(List<VerbPattern> patterns, Sentence sentence, int head, List<ActorMention> actors,
                           boolean passive) {
        Match fallback = null;
        for (VerbPattern pattern : patterns) {
            Match match = match(pattern, sentence, head, actors, passive);
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

    private static Match match(VerbPattern pattern, Sentence sentence, int head, List<ActorMention> actors,
                               boolean passive) {
        int pos = head + 1;
        ActorMention target = null;
        for (String element : pattern.elements()) {
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
            if (at < 0) {
                return null;
            }
            pos = at + 1;
        }
        return new Match(pattern, target, pos);
    }

    private static int wordWithin(Sentence sentence, String lemma, int from) {
        int limit = from + MAX_GAP;
        for (int i = from; i < sentence.size() && i <= limit; i++) {
            Token token = sentence.token(i);
            if (FREE.contains(token.text().toLowerCase(java.util.Locale.ROOT))) {
                limit++; // "lifted Friday a day-old blockade": hyphens and day names do not use up the gap
            }
            if (lemma.equals(token.lemma()) || lemma.equalsIgnoreCase(token.text())) {
                return i;
            }
            if (breaksClause(token)) {
                return -1;
            }
        }
        return -1;
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
