package org.parley.event;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.parley.api.Sentence;
import org.parley.api.Token;

/**
 * Decides the code each predicate is coded with from its grammatical context: an infinitive after "pledged" or
 * "agreed" becomes an intent, after "threatened" a threat, after "refused" a rejection; the future tense and
 * "willing to" announce; "will not" refuses; "will ... unless" threatens; "said they would" announces while
 * "announced it would" reports the act; the content of an accusation or a demand is no event of its own.
 * Immutable and thread-safe.
 */
final class CodeDecisions {
    /** Verbs whose gerund complement is what they report, not an event: "accused Israel of attacking". */
    static final Set<String> REPORTING = Set.of("accuse", "blame", "charge", "deny", "suspect", "condemn",
            "criticize", "criticise", "praise", "thank", "commend", "credit", "fault", "denounce", "admit", "allege",
            "convict", "sentence", "arrest", "punish", "apologize", "apologise", "forgive");

    /** Verbs that report speech, whose "X must" complement is a demand. */
    static final Set<String> SPEECH = Set.of("say", "tell", "insist", "state", "declare", "stress", "add",
            "argue", "maintain", "reiterate", "write", "announce", "assert", "emphasize", "emphasise", "urge");

    /** Verbs after which "would" reports a decision taken: "announced it would prohibit aid". */
    private static final Set<String> DECISIONS = Set.of("announce", "decide", "declare", "confirm", "order", "rule");

    /** Verbs of commitment, whose "that" clause with a modal commits the subject: "agreed that they should meet". */
    private static final Set<String> COMMITMENTS = Set.of("agree", "promise", "pledge", "vow", "undertake", "swear",
            "assure", "guarantee");

    /** Nouns whose infinitive complement is agreed or promised. */
    private static final Set<String> AGREEMENT_NOUNS = Set.of("consensus", "agreement", "accord", "deal", "pledge",
            "promise", "commitment", "undertaking", "understanding");

    /** Adjectives under which an infinitive is not asserted. */
    private static final Set<String> HEDGES = Set.of("unlikely", "likely", "unable", "able", "possible", "impossible",
            "hard", "difficult", "easy", "unwilling", "reluctant", "hesitant");

    /** Adjectives that announce the infinitive after them. */
    private static final Set<String> READINESS = Set.of("willing", "ready", "prepared", "determined", "eager", "keen",
            "poised");

    /** Time adverbs the tagger often calls nouns: "threatened today to strike". */
    private static final Set<String> TIME_WORDS = Set.of("today", "yesterday", "tonight", "tomorrow", "again", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on");

    private final VerbHeads heads;
    private final Intentions intentions;
    private final CodingConventions conventions;

    CodeDecisions(VerbHeads heads, Intentions intentions, CodingConventions conventions) {
        this.heads = Objects.requireNonNull(heads, "heads");
        this.intentions = Objects.requireNonNull(intentions, "intentions");
        this.conventions = Objects.requireNonNull(conventions, "conventions");
    }

    /**
     * The code each predicate is coded with, or {@code null}: an infinitive after "pledged"/"agreed" becomes an
     * intent and one after "threatened" a threat, replacing the governing verb's own generic code; the future tense
     * announces; the gerund after "accused ... of" is the content of a report, not an event.
     */
    String[] decide(Sentence sentence, List<Predicate> predicates, PatternMatcher.Match[] matches) {
        int n = predicates.size();
        String[] codes = new String[n];
        for (int k = 0; k < n; k++) {
            // A pattern that codes nothing ("pass away") matched: the predicate is no event.
            if (matches[k] != null && !matches[k].pattern().codesNothing()) {
                codes[k] = matches[k].pattern().cameo();
            }
        }
        for (int k = 0; k < n; k++) {
            Predicate predicate = predicates.get(k);
            if (codes[k] == null) {
                continue;
            }
            if (reportedContent(sentence, predicates, k) || demandedContent(sentence, predicates, codes, k)
                    || hedged(sentence, predicate)) {
                codes[k] = null;
                continue;
            }
            String negation = predicate.negated() ? conventions.negated(codes[k]) : null;
            if (negation != null) {
                codes[k] = negation; // PETRARCH: "did not clash over" is the opposite act, not no act
                continue;
            }
            if (predicate.infinitive() && k > 0) {
                // Only an infinitive right after the verb is its complement ("refused to meet"); after an object
                // it completes a noun ("rejected a U.S. request to interrogate") and the verb's own event stands.
                String governor = adjacent(sentence, predicates.get(k - 1), predicate)
                        ? heads.lemma(sentence, predicates.get(k - 1)) : "";
                if (governor.isEmpty() && afterAgreementNoun(sentence, predicate)) {
                    governor = "agree"; // "reached a consensus to exchange information", "signed a pledge to help"
                }
                if (Intentions.REFUSAL_VERBS.contains(governor)) {
                    codes[k] = intentions.refused(codes[k]);
                    codes[k - 1] = null;
                } else if (Intentions.THREAT_VERBS.contains(governor)) {
                    codes[k] = intentions.threatened(codes[k]);
                    codes[k - 1] = null;
                } else if (Intentions.TRANSPARENT_VERBS.contains(governor)) {
                    codes[k - 1] = null; // "decided to allow": the act itself
                } else if (Intentions.INTENT_VERBS.contains(governor)) {
                    codes[k] = intentions.announced(codes[k]);
                    codes[k - 1] = null;
                } else if (codes[k - 1] != null) {
                    codes[k] = null; // "urged Israel to halt": the governing verb already coded the event
                }
            } else if (predicate.infinitive() && conventions.futureAsIntent() && ready(sentence, predicate)) {
                codes[k] = intentions.announced(codes[k]); // "is willing to send", "stands ready to help"
            } else if (conditional(sentence, predicate)) {
                codes[k] = intentions.threatened(codes[k]); // "will boycott the elections unless ..."
            } else if (refusal(predicate)) {
                codes[k] = intentions.refused(codes[k]); // "will not meet", "would not meet their demands"
            } else if (conventions.futureAsIntent() && (predicate.modality() == Predicate.Modality.FUTURE
                    || reportedFuture(sentence, predicates, k) == Predicate.Modality.FUTURE)) {
                codes[k] = intentions.announced(codes[k]);
            }
        }
        return codes;
    }

    private static boolean adjacent(Sentence sentence, Predicate governor, Predicate infinitive) {
        for (int i = governor.head() + 1; i < infinitive.groupStart(); i++) {
            Token token = sentence.token(i);
            if (!"ADV".equals(token.pos()) && !TIME_WORDS.contains(token.text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    static boolean uncertain(Predicate predicate) {
        return predicate.modality() == Predicate.Modality.HYPOTHETICAL
                || predicate.modality() == Predicate.Modality.OBLIGATION;
    }

    /** "will boycott unless", "may halt mediation if": an announced act on a condition is a threat. */
    static boolean conditional(Sentence sentence, Predicate predicate) {
        if (predicate.negated() || predicate.modality() != Predicate.Modality.FUTURE
                && predicate.modality() != Predicate.Modality.HYPOTHETICAL) {
            return false;
        }
        for (int i = predicate.head() + 1; i < sentence.size(); i++) {
            String word = sentence.token(i).text().toLowerCase(Locale.ROOT);
            if ("unless".equals(word) || "if".equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** "demanded that its partners refuse to recognize X": what is demanded is not itself an event. */
    private static boolean demandedContent(Sentence sentence, List<Predicate> predicates, String[] codes, int k) {
        for (int j = k - 1; j >= 0; j--) {
            if (codes[j] == null || !(codes[j].startsWith("02") || codes[j].startsWith("10"))) {
                continue;
            }
            for (int i = predicates.get(j).head() + 1; i < predicates.get(k).groupStart(); i++) {
                if ("that".equalsIgnoreCase(sentence.token(i).text())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A negated modal, "will not", "would not", "cannot": a refusal rather than a mere absence of the act. */
    static boolean refusal(Predicate predicate) {
        return predicate.negated() && (predicate.modality() == Predicate.Modality.FUTURE
                || predicate.modality() == Predicate.Modality.HYPOTHETICAL);
    }

    /** "accused Israel of attacking", "denied attacking": a gerund after a reporting verb. */
    private boolean reportedContent(Sentence sentence, List<Predicate> predicates, int k) {
        Predicate predicate = predicates.get(k);
        if (k == 0 || !sentence.token(predicate.head()).text().toLowerCase().endsWith("ing")) {
            return false;
        }
        String governor = heads.lemma(sentence, predicates.get(k - 1));
        if (!REPORTING.contains(governor)) {
            return false;
        }
        int before = predicate.groupStart() - 1;
        if (before < 0) {
            return false;
        }
        String word = sentence.token(before).text().toLowerCase();
        return "of".equals(word) || "for".equals(word) || before == predicates.get(k - 1).head();
    }

    /**
     * "said they would blockade Paris": "would" after a speech verb is the future seen from the past, an
     * announcement; after "announced" or "decided" it reports the decision itself, so the act is coded. Returns the
     * modality to code with, or {@code null} when the rule does not apply.
     */
    Predicate.Modality reportedFuture(Sentence sentence, List<Predicate> predicates, int k) {
        Predicate predicate = predicates.get(k);
        if (committed(sentence, predicates, k)) {
            return Predicate.Modality.FUTURE;
        }
        if (predicate.modality() != Predicate.Modality.HYPOTHETICAL || predicate.negated()) {
            return null;
        }
        boolean would = false;
        for (int i = predicate.groupStart(); i < predicate.head(); i++) {
            String word = sentence.token(i).text().toLowerCase(Locale.ROOT);
            would |= "would".equals(word) || "'d".equals(word);
        }
        if (!would) {
            return null;
        }
        for (int j = k - 1; j >= 0; j--) {
            String verb = heads.lemma(sentence, predicates.get(j));
            if (DECISIONS.contains(verb)) {
                return Predicate.Modality.FACTUAL;
            }
            if (SPEECH.contains(verb) || Intentions.THREAT_VERBS.contains(verb)) {
                return Predicate.Modality.FUTURE;
            }
        }
        return null;
    }

    /**
     * "agreed on Wednesday that their countries should cooperate", "promised that it would release them": a modal
     * predicate in the "that" clause right after a verb of commitment is the subject's commitment, as the infinitive
     * after "agreed to" is.
     */
    private boolean committed(Sentence sentence, List<Predicate> predicates, int k) {
        Predicate predicate = predicates.get(k);
        if (k == 0 || predicate.negated() || predicate.infinitive()
                || predicate.modality() == Predicate.Modality.FACTUAL) {
            return false;
        }
        Predicate governor = predicates.get(k - 1);
        if (governor.negated() || !COMMITMENTS.contains(heads.lemma(sentence, governor))) {
            return false;
        }
        for (int i = governor.head() + 1; i < predicate.groupStart(); i++) {
            if ("that".equalsIgnoreCase(sentence.token(i).text())) {
                return true;
            }
        }
        return false;
    }

    /** The infinitive completes a noun of agreement or promise: "a consensus to", "an agreement to". */
    private static boolean afterAgreementNoun(Sentence sentence, Predicate infinitive) {
        int before = infinitive.groupStart() - 1;
        return before >= 0 && AGREEMENT_NOUNS.contains(sentence.token(before).lemma());
    }

    /** "unlikely to be able to provide", "hard to reach": an infinitive under a hedge is not asserted. */
    private static boolean hedged(Sentence sentence, Predicate predicate) {
        if (!predicate.infinitive()) {
            return false;
        }
        for (int i = predicate.groupStart() - 1; i >= 0 && i >= predicate.groupStart() - 4; i--) {
            String word = sentence.token(i).text().toLowerCase(Locale.ROOT);
            if (HEDGES.contains(word)) {
                return true;
            }
            if (!"be".equals(sentence.token(i).lemma()) && !"to".equals(word) && !"ADV".equals(sentence.token(i).pos())
                    && !"able".equals(word)) {
                return false;
            }
        }
        return false;
    }

    /** "willing to", "ready to", "prepared to": an adjective that announces the infinitive after it. */
    private static boolean ready(Sentence sentence, Predicate infinitive) {
        int before = infinitive.groupStart() - 1;
        return before >= 0 && READINESS.contains(sentence.token(before).text().toLowerCase(Locale.ROOT));
    }
}
