package org.parley.event;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.parley.api.ActorMention;
import org.parley.api.Sentence;
import org.parley.api.Token;

/**
 * Verbs the tagger took for another part of speech, found by a verb dictionary that lists its verbs' forms (as
 * PETRARCH's do): a head right after a modal ("will bargain", tagged an adverb), a listed participle right after
 * "be" ("was freed", an adjective), a listed inflected form right after an actor ("Ethiopia departs", a noun).
 * Only a dictionary of word forms can say so: a lemma-based one would take any noun for a verb. Thread-safe.
 */
final class MistaggedVerbs {
    private static final Set<String> MODALS = Set.of("will", "would", "shall", "should", "can", "could", "may",
            "might", "must");

    private final VerbPatternDictionary patterns;

    MistaggedVerbs(VerbPatternDictionary patterns) {
        this.patterns = Objects.requireNonNull(patterns, "patterns");
    }

    /** True when token {@code i}, tagged other than a verb, is a verb of the dictionary by its context. */
    boolean at(Sentence sentence, int i, List<ActorMention> actors) {
        Token token = sentence.token(i);
        if (i == 0 || token.isVerb() || !patterns.matchesWords() || !Character.isLetter(token.text().charAt(0))) {
            return false;
        }
        String form = token.text().toLowerCase(Locale.ROOT);
        boolean head = patterns.isHead(form);
        boolean inflected = !head && patterns.forms().containsKey(form);
        Token previous = sentence.token(i - 1);
        String before = previous.text().toLowerCase(Locale.ROOT);
        if (head && MODALS.contains(before)) {
            return true;
        }
        if (inflected && "be".equals(previous.lemma()) && (form.endsWith("ed") || form.endsWith("en"))) {
            return true;
        }
        return inflected && (form.endsWith("s") || form.endsWith("ed")) && endsActor(actors, i - 1);
    }

    private static boolean endsActor(List<ActorMention> actors, int token) {
        for (ActorMention actor : actors) {
            if (actor.endToken() - 1 == token) {
                return true;
            }
        }
        return false;
    }
}
