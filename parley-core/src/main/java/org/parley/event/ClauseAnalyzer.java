package org.parley.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.parley.api.Sentence;
import org.parley.api.Token;

/**
 * A shallow clause analysis over part-of-speech tags: finds each lexical verb with its auxiliaries, and reads voice,
 * negation and modality off the auxiliary chain.
 *
 * <p>Why shallow: a dependency parse costs milliseconds per sentence, while news predicates are overwhelmingly
 * short chains (aux* neg? verb) that a left scan of a few tokens decides. The scan costs O(tokens) with no
 * allocation beyond the result.
 */
public final class ClauseAnalyzer {
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll");
    private static final Set<String> HYPOTHETICAL = Set.of("would", "could", "might", "may", "can");
    private static final Set<String> OBLIGATION = Set.of("must", "should", "ought");

    /** The predicates of a sentence, left to right. */
    public List<Predicate> predicates(Sentence sentence) {
        return predicates(sentence, i -> false);
    }

    /**
     * The predicates of a sentence, left to right, also at the tokens {@code mistagged} accepts: verbs the tagger
     * took for another part of speech.
     */
    public List<Predicate> predicates(Sentence sentence, IntPredicate mistagged) {
        List<Predicate> predicates = new ArrayList<>();
        for (int i = 0; i < sentence.size(); i++) {
            Token token = sentence.token(i);
            if ((token.isVerb() || mistagged.test(i)) && !attributive(sentence, i) && !goingTo(sentence, i) && contracted(sentence, i) == null
                    && !auxiliary(sentence, i)) {
                predicates.add(analyze(sentence, i));
            }
        }
        return predicates;
    }

    private Predicate analyze(Sentence sentence, int head) {
        boolean passive = false;
        boolean negated = false;
        boolean infinitive = false;
        Predicate.Modality modality = Predicate.Modality.FACTUAL;
        int start = head;
        for (int i = head - 1; i >= 0 && head - i <= 5; i--) {
            Token token = sentence.token(i);
            String word = token.text().toLowerCase();
            String pos = token.pos();
            Predicate.Modality contractedModal = contracted(sentence, i);
            if ("n't".equals(word) || "’t".equals(word)
                    || NEGATIONS.contains(word) && ("PART".equals(pos) || "ADV".equals(pos) || "DET".equals(pos))) {
                negated = true; // the tagger calls "n't" a particle, an auxiliary or punctuation
            } else if (contractedModal != null) {
                modality = contractedModal;
            } else if ("AUX".equals(pos) || auxiliary(sentence, i)) {
                if (FUTURE.contains(word)) {
                    modality = Predicate.Modality.FUTURE;
                } else if (HYPOTHETICAL.contains(word)) {
                    modality = Predicate.Modality.HYPOTHETICAL;
                } else if (OBLIGATION.contains(word)) {
                    modality = Predicate.Modality.OBLIGATION;
                } else if (("be".equals(token.lemma()) || "get".equals(token.lemma())) && start == i + 1
                        && modality != Predicate.Modality.FUTURE
                        && !sentence.token(head).text().toLowerCase().endsWith("ing")) {
                    // After "be" a lexical verb not in -ing is a participle, whatever the lemmatizer made of it
                    // ("was shot" keeps the lemma "shot").
                    passive = true;
                }
            } else if ("ADV".equals(pos) || (",".equals(word) || "and".equals(word)) && i > 0
                    && "ADV".equals(sentence.token(i - 1).pos())
                    || ",".equals(word) && i + 1 < head && "ADV".equals(sentence.token(i + 1).pos())) {
                // "was heavily and unjustly criticized": coordinated adverbs too.
                // "could, therefore, help": an adverb set off by commas stays inside the verb group.
                // "has also met", "was reportedly attacked": adverbs sit inside the verb group.
            } else if ("to".equals(word) && i > 0 && goingTo(sentence, i - 1)) {
                modality = Predicate.Modality.FUTURE; // "is going to meet": the future, not an infinitive
                start = i - 1;
                i--;
            } else if ("to".equals(word) && "PART".equals(pos)) {
                infinitive = true;
                start = i;
                break;
            } else {
                break;
            }
            start = i;
        }
        if (!passive && start == head && reducedPassive(sentence, head)) {
            passive = true;
        }
        if (passive && adjectival(sentence, head)) {
            passive = false; // "were engaged in ethnic cleansing": a state of the subject, no agent
        }
        return new Predicate(head, start, passive, negated, modality, infinitive);
    }

    /**
     * "has", "had", "was" or "did" tagged as a lexical verb right before one that ends in "-ed", "-en" or "-ing", as
     * the tagger now and then tags "has risen": an auxiliary all the same.
     */
    static boolean auxiliary(Sentence sentence, int i) {
        Token token = sentence.token(i);
        if (!token.isVerb() || i + 1 >= sentence.size() || !AUXILIARY_LEMMAS.contains(token.lemma())) {
            return false;
        }
        Token next = sentence.token(i + 1);
        String word = next.text().toLowerCase();
        return next.isVerb() && (word.endsWith("ed") || word.endsWith("en") || word.endsWith("ing")
                || !word.equals(next.lemma()));
    }

    private static final Set<String> AUXILIARY_LEMMAS = Set.of("have", "be", "do");

    /**
     * The modality of "wo", "ca" and "sha" before "n't" ("won't", "can't", "shan't"), which the tagger may call a
     * verb; {@code null} for any other token.
     */
    static Predicate.Modality contracted(Sentence sentence, int i) {
        if (i + 1 >= sentence.size() || !"n't".equalsIgnoreCase(sentence.token(i + 1).text())) {
            return null;
        }
        return switch (sentence.token(i).text().toLowerCase()) {
            case "wo", "sha" -> Predicate.Modality.FUTURE;
            case "ca" -> Predicate.Modality.HYPOTHETICAL;
            default -> null;
        };
    }

    /** ", supported by Russia," and "forces backed by Iran": a participle with no auxiliary, then "by". */
    static boolean reducedPassive(Sentence sentence, int head) {
        if (head == 0 || head + 1 >= sentence.size() || !isParticiple(sentence.token(head))) {
            return false;
        }
        Token before = sentence.token(head - 1);
        boolean afterNoun = ",".equals(before.text()) || before.isNoun();
        boolean byFollows = "by".equalsIgnoreCase(sentence.token(head + 1).text())
                || head + 2 < sentence.size() && "ADV".equals(sentence.token(head + 1).pos())
                && "by".equalsIgnoreCase(sentence.token(head + 2).text());
        return afterNoun && byFollows;
    }

    /** "going" in "is going to meet": a future auxiliary, not a verb of motion. */
    static boolean goingTo(Sentence sentence, int i) {
        return i + 2 < sentence.size() && "going".equalsIgnoreCase(sentence.token(i).text())
                && "to".equalsIgnoreCase(sentence.token(i + 1).text()) && sentence.token(i + 2).isVerb();
    }

    /**
     * A participle used as an adjective inside a noun phrase: "reject proposed Israeli changes", "against besieged
     * Osgiliath", "the ruling party". It is not a predicate and does not end the clause.
     */
    static boolean attributive(Sentence sentence, int i) {
        if (i == 0 || i + 1 >= sentence.size()) {
            return false;
        }
        String word = sentence.token(i).text().toLowerCase();
        if (!word.endsWith("ed") && !word.endsWith("ing")) {
            return false;
        }
        String next = sentence.token(i + 1).pos();
        String previous = sentence.token(i - 1).pos();
        boolean beforeNoun = "NOUN".equals(next) || "ADJ".equals(next) || "PROPN".equals(next);
        // Not after an adjective: the tagger often reads a subject's head noun as one ("official offered").
        boolean insidePhrase = "DET".equals(previous) || "VERB".equals(previous) || "ADP".equals(previous)
                || "-".equals(sentence.token(i - 1).text())
                // "a new bombing and shelling offensive": coordinated with a modifier before it.
                || "CCONJ".equals(previous) && i >= 2 && ("NOUN".equals(sentence.token(i - 2).pos())
                || "ADJ".equals(sentence.token(i - 2).pos())) && word.endsWith("ing");
        return beforeNoun && insidePhrase;
    }

    /** Participles used as adjectives after "be", when no "by" agent follows: "engaged in", "involved in". */
    private static final Set<String> ADJECTIVAL = Set.of("engaged", "involved", "committed", "determined",
            "prepared", "poised", "ready", "concerned", "interested", "united", "divided", "opposed", "used",
            "accustomed", "dedicated", "devoted", "locked", "embroiled", "entangled", "bent");

    private static boolean adjectival(Sentence sentence, int head) {
        if (!ADJECTIVAL.contains(sentence.token(head).text().toLowerCase())) {
            return false;
        }
        for (int i = head + 1; i < sentence.size() && i <= head + 6; i++) {
            if ("by".equalsIgnoreCase(sentence.token(i).text())) {
                return false;
            }
        }
        return true;
    }

    /** Past participles differ from their lemma and do not end in -ing ("attacked", "seen", "hit"). */
    private static boolean isParticiple(Token verb) {
        String word = verb.text().toLowerCase();
        // The statistical lemmatizer sometimes leaves "opposed" as its own lemma: a regular -ed form still counts.
        return !word.endsWith("ing") && (!word.equals(verb.lemma()) || word.endsWith("ed")
                || IRREGULAR_SAME.contains(word));
    }

    private static final Set<String> IRREGULAR_SAME = Set.of("hit", "cut", "put", "set", "shut", "hurt", "let", "quit",
            "spread", "cast", "bid", "beat");
}
