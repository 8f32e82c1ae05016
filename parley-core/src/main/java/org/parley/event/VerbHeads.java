package org.parley.event;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.parley.api.Sentence;
import org.parley.api.Token;

/**
 * Finds the dictionary head of a verb token: its lemma when the dictionary knows it, else the word itself, else a
 * regular or irregular base form, because the statistical lemmatizer now and then leaves a verb inflected
 * ("condemned") or returns a non-word ("aband"). Immutable and thread-safe.
 */
final class VerbHeads {
    private final VerbPatternDictionary patterns;
    private final boolean wordsOnly;

    VerbHeads(VerbPatternDictionary patterns) {
        this(patterns, false);
    }

    /**
     * @param wordsOnly true to match a dictionary that lists its verbs' forms by those forms only, as PETRARCH
     *                  does: "departes" is no form of "depart", whatever the lemmatizer makes of it
     */
    VerbHeads(VerbPatternDictionary patterns, boolean wordsOnly) {
        this.patterns = Objects.requireNonNull(patterns, "patterns");
        this.wordsOnly = wordsOnly && patterns.matchesWords();
    }

    /**
     * The patterns for a verb: by its lemma, else by the word itself, because the statistical lemmatizer now and then
     * returns a non-word ("abandon" gives "aband"); a dictionary that knows inflected forms maps "abandoned" too.
     */
    List<VerbPattern> candidates(Token verb) {
        if (wordsOnly) {
            String form = verb.text().toLowerCase(Locale.ROOT);
            return patterns.isHead(form) ? patterns.forHead(form) : patterns.forms().containsKey(form)
                    ? patterns.forHead(patterns.forms().get(form)) : List.of();
        }
        return patterns.forHead(head(verb));
    }

    /** The verb's dictionary head: its lemma when known, else the word, else a regular base form of it. */
    String head(Token verb) {
        String form = verb.text().toLowerCase(Locale.ROOT);
        if (patterns.matchesWords() && patterns.isHead(form)) {
            return form; // a PETRARCH dictionary reads words: "left" heads a block of its own apart from "leave"
        }
        if (!patterns.forHead(verb.lemma()).isEmpty()) {
            return verb.lemma();
        }
        String word = verb.text().toLowerCase(Locale.ROOT);
        if (!patterns.forHead(word).isEmpty()) {
            return word;
        }
        for (String base : VerbForms.baseForms(word)) {
            if (!patterns.forHead(base).isEmpty()) {
                return base;
            }
        }
        return verb.lemma();
    }

    String lemma(Sentence sentence, Predicate predicate) {
        Token verb = sentence.token(predicate.head());
        String head = head(verb);
        if (!head.equals(verb.lemma()) || verb.lemma().length() < verb.text().length()) {
            return head;
        }
        // Governing verbs such as "vowed" need not head a pattern themselves.
        List<String> bases = VerbForms.baseForms(verb.text());
        for (String base : bases) {
            if (Intentions.INTENT_VERBS.contains(base) || Intentions.THREAT_VERBS.contains(base)
                    || Intentions.REFUSAL_VERBS.contains(base) || CodeDecisions.REPORTING.contains(base)) {
                return base;
            }
        }
        return head;
    }
}
