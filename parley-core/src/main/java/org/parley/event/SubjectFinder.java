package org.parley.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.api.ActorMention;
import org.parley.api.Sentence;
import org.parley.api.Token;

/**
 * Finds who acts for each predicate: the actor heading the noun phrase before the verb group, with
 * coordinated verbs ("visited Moscow and met"), infinitives ("agreed to meet") and relative clauses
 * ("a delegation which visited") inheriting the subject of the predicate they hang on.
 */
final class SubjectFinder {
    private static final Set<String> COORDINATORS = Set.of("and", "but", "or", "then", "before", "after");
    /** Nouns whose "of" phrase names who they are: "a group of diplomats". */
    private static final Set<String> PARTITIVES = Set.of("group", "member", "delegation", "team", "number",
            "representative", "band", "unit", "contingent", "couple", "handful", "dozen", "hundred", "thousand",
            "million", "majority", "minority", "crowd", "party", "faction", "wing", "camp", "bloc", "coalition");

    /** Parts of speech that may modify a conjunct: "the newly elected Greek government". */
    private static final Set<String> MODIFIERS = Set.of("DET", "ADJ", "ADV");
    private static final Set<String> RELATIVES = Set.of("which", "who", "that");
    /** Prepositions whose object is not the subject of the next verb ("talks with Russia began" is rare). */
    private static final Set<String> OBLIQUE = Set.of("with", "to", "in", "at", "on", "against", "into", "toward",
            "towards", "by", "over", "under", "near", "between", "among", "about", "during", "since", "until", "of",
            "from", "for");

    private final Sentence sentence;
    private final List<Predicate> predicates;
    private final List<ActorMention> actors;

    SubjectFinder(Sentence sentence, List<Predicate> predicates, List<ActorMention> actors) {
        this.sentence = sentence;
        this.predicates = predicates;
        this.actors = actors;
    }

    /** The subject actors of predicate {@code k}: one, several when coordinated ("Fatah and Hamas"), or none. */
    List<ActorMention> subjectsOf(int k) {
        return subjectsOf(k, 0);
    }

    private List<ActorMention> subjectsOf(int k, int depth) {
        if (depth > 4) {
            return List.of();
        }
        Predicate predicate = predicates.get(k);
        int i = predicate.groupStart() - 1;
        while (i >= 0 && "ADV".equals(sentence.token(i).pos())) {
            i--;
        }
        if (i < 0) {
            return List.of();
        }
        String word = sentence.token(i).text().toLowerCase();
        boolean dependent = predicate.infinitive() || COORDINATORS.contains(word)
                || (",".equals(word) && k > 0 && predicates.get(k - 1).head() > nearestActorEnd(i));
        if (dependent) {
            // "said that his country would support any deal that would bring peace, but called": the nearest
            // verb may sit in a subordinate clause without a subject of its own; go back until one has one.
            // Never across a subordinating conjunction: in "resigned as the opposition threatened to storm", the
            // storming is the opposition's, not the president's.
            for (int earlier = k - 1; earlier >= 0; earlier--) {
                List<ActorMention> found = subjectsOf(earlier, depth + 1);
                if (!found.isEmpty()) {
                    return found;
                }
                if (subordinatorBetween(predicates.get(earlier).head(), predicate.groupStart())) {
                    break;
                }
            }
            if (!predicate.infinitive()) {
                return List.of();
            }
            // "Norway is about to restore ties", "Iran is set to sign": no governing verb, so the subject stands
            // before the copula; scan for it as for any predicate.
        }
        if (RELATIVES.contains(word) && !"SCONJ".equals(sentence.token(i).pos())) {
            ActorMention antecedent = actorEndingAt(i >= 2 && ",".equals(sentence.token(i - 1).text()) ? i - 2 : i - 1);
            if (antecedent != null) {
                return withCoordinated(antecedent);
            }
            return k > 0 ? subjectsOf(k - 1, depth + 1) : List.of();
        }
        if (nonActorSubject(i)) {
            return List.of();
        }
        for (int j = i; j >= 0; j--) {
            Token token = sentence.token(j);
            ActorMention actor = actorCovering(j);
            boolean insideNounPhrase = "including".equalsIgnoreCase(token.text()) || actor != null;
            if (token.isVerb() && !insideNounPhrase || ";".equals(token.text()) || ":".equals(token.text())) {
                return List.of();
            }
            if (actor != null) {
                if (isOblique(actor)) {
                    j = actor.firstToken();
                    continue;
                }
                return withCoordinated(actor);
            }
        }
        return List.of();
    }

    /** The actors coordinated with {@code last} to its left: "Fatah and Hamas", "Egypt, Qatar and the US". */
    private List<ActorMention> withCoordinated(ActorMention last) {
        List<ActorMention> subjects = new ArrayList<>();
        subjects.add(last);
        ActorMention current = last;
        while (current.firstToken() >= 2) {
            // "Chile and the newly elected Peruvian government", "Mali, Niger, and Chad": modifiers and an Oxford comma
            // may stand between the joiner and the conjunct.
            int j = current.firstToken() - 1;
            while (j > 0 && MODIFIERS.contains(sentence.token(j).pos())) {
                j--;
            }
            if (!joiner(j)) {
                j = determinedPhraseStart(current.firstToken() - 1);
            }
            if (j < 0 || !joiner(j)) {
                break;
            }
            String joiner = sentence.token(j).text().toLowerCase();
            if ("and".equals(joiner) && j > 0 && ",".equals(sentence.token(j - 1).text())) {
                j--;
            }
            ActorMention previous = actorEndingAt(j - 1);
            if (previous == null) {
                break;
            }
            subjects.add(0, previous);
            current = previous;
        }
        return subjects;
    }

    private boolean joiner(int i) {
        String word = sentence.token(i).text().toLowerCase();
        return "and".equals(word) || ",".equals(word) || "or".equals(word) || "nor".equals(word);
    }

    /**
     * "and the evil awful Gondor": the token before a determiner that opens a run of adjectives and nouns (the
     * tagger takes "evil" for a noun) ending at {@code last}; -1 when there is no such run.
     */
    private int determinedPhraseStart(int last) {
        int j = last;
        while (j > 0 && ("ADJ".equals(sentence.token(j).pos()) || "NOUN".equals(sentence.token(j).pos()))) {
            j--;
        }
        return j < last && j > 0 && "DET".equals(sentence.token(j).pos()) ? j - 1 : -1;
    }

    /** Actors coordinated with {@code first} to its right: the targets "Israel and Egypt". */
    List<ActorMention> withFollowing(ActorMention first) {
        List<ActorMention> targets = new ArrayList<>();
        targets.add(first);
        ActorMention current = first;
        while (current.endToken() + 1 < sentence.size()) {
            String joiner = sentence.token(current.endToken()).text().toLowerCase();
            if (!"and".equals(joiner) && !",".equals(joiner)) {
                break;
            }
            ActorMention next = actorStartingAt(current.endToken() + 1);
            if (next == null) {
                break;
            }
            targets.add(next);
            current = next;
        }
        return targets;
    }

    /**
     * "the first time a permanent member had used its veto": the verb's subject is a noun phrase that names no
     * actor, so no actor further left is its subject. Only a plain common noun right before the verb group counts,
     * and not after "including" or "such as", which add to an actor named before.
     */
    private boolean nonActorSubject(int last) {
        if (last < 1 || actorCovering(last) != null || !"NOUN".equals(sentence.token(last).pos())) {
            return false;
        }
        int j = last;
        while (j > 0 && actorCovering(j - 1) == null && ("NOUN".equals(sentence.token(j - 1).pos())
                || "ADJ".equals(sentence.token(j - 1).pos()) || "NUM".equals(sentence.token(j - 1).pos()))) {
            j--;
        }
        String before = j > 0 ? sentence.token(j - 1).text().toLowerCase() : "";
        if ("including".equals(before) || "as".equals(before) || "of".equals(before) || "'s".equals(before)
                || "’s".equals(before) || "'".equals(before) || actorEndingBefore(j)) {
            return false;
        }
        return "DET".equals(j > 0 ? sentence.token(j - 1).pos() : "");
    }

    private boolean actorEndingBefore(int token) {
        return token > 0 && actorCovering(token - 1) != null;
    }

    private boolean subordinatorBetween(int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if ("SCONJ".equals(sentence.token(i).pos())) {
                return true;
            }
        }
        return false;
    }

    /** The widest span searched for an object actor after a verb. */
    private static final int OBJECT_WINDOW = 12;

    /**
     * The first actor after {@code from} in the same clause that is none of {@code sources}: the clause ends at a
     * verb past {@code patternEnd} (the pattern's own words may include one), a relative pronoun or punctuation.
     */
    ActorMention firstActorAfter(int from, int patternEnd, List<ActorMention> sources) {
        int limit = Math.max(from, patternEnd) + OBJECT_WINDOW;
        for (int i = from; i < sentence.size() && i < limit; i++) {
            Token token = sentence.token(i);
            String word = token.text();
            // A purpose or complement infinitive continues the clause: "began a hunger strike to protest X's
            // policy", "agreed to set up a centre in Tokyo"; so does a participle inside a compound adjective
            // ("war-torn Mozambique").
            String previous = i > 0 ? sentence.token(i - 1).text() : "";
            boolean infinitive = token.isVerb() && ("to".equalsIgnoreCase(previous) || "-".equals(previous)
                    || ClauseAnalyzer.reducedPassive(sentence, i) || ClauseAnalyzer.attributive(sentence, i)
                    || reducedRelative(i));
            if ((token.isVerb() && i >= patternEnd && !infinitive) || ";".equals(word) || ":".equals(word) || ",".equals(word)
                    || "\"".equals(word) || RELATIVES.contains(word.toLowerCase()) && !"DET".equals(token.pos())) {
                return null;
            }
            ActorMention actor = actorCovering(i);
            if (actor != null) {
                boolean isSource = false;
                for (ActorMention source : sources) {
                    isSource |= source.code().equals(actor.code()) || !source.disjoint(actor);
                }
                if (!isSource) {
                    return actor;
                }
                i = actor.endToken() - 1;
            }
        }
        return null;
    }

    /** "the roads leading into X", "a hunting trip": a present participle right after a noun modifies it. */
    private boolean reducedRelative(int i) {
        return i > 0 && sentence.token(i).text().toLowerCase().endsWith("ing")
                && "NOUN".equals(sentence.token(i - 1).pos());
    }

    private static final Set<String> LOCATIVE = Set.of("in", "at", "on", "near", "outside", "inside");

    /** True when the actor follows "in", "at", "on" or "near" (with "the"): a place. */
    boolean isLocative(ActorMention actor) {
        int before = actor.firstToken() - 1;
        if (before >= 0 && "the".equalsIgnoreCase(sentence.token(before).text())) {
            before--;
        }
        return before >= 0 && LOCATIVE.contains(sentence.token(before).text().toLowerCase());
    }

    /** The actor whose span ends right before {@code token}, adverbs aside: the subject of "the US must". */
    ActorMention actorBefore(int token) {
        int i = token - 1;
        while (i >= 0 && "ADV".equals(sentence.token(i).pos())) {
            i--;
        }
        return i < 0 ? null : actorEndingAt(i);
    }

    /** The agent of a passive: the actor after "by" following the head. */
    List<ActorMention> passiveAgent(Predicate predicate) {
        for (int i = predicate.head() + 1; i < sentence.size() && i <= predicate.head() + 6; i++) {
            Token token = sentence.token(i);
            if ("by".equalsIgnoreCase(token.text())) {
                for (int j = i + 1; j <= i + 3 && j < sentence.size(); j++) {
                    ActorMention actor = actorStartingAt(j);
                    if (actor != null) {
                        return withFollowing(actor);
                    }
                }
                return List.of();
            }
            if (PatternMatcher.breaksClause(token)) {
                break;
            }
        }
        return List.of();
    }

    /** An actor inside a prepositional phrase, or coordinated with one: "supported by Russia, the UAE and Egypt". */
    private boolean isOblique(ActorMention actor) {
        ActorMention first = actor;
        List<ActorMention> coordinated = withCoordinated(actor);
        if (!coordinated.isEmpty()) {
            first = coordinated.get(0);
        }
        return precededByPreposition(first) || first != actor && precededByPreposition(actor);
    }

    private boolean precededByPreposition(ActorMention actor) {
        int before = actor.firstToken() - 1;
        if (before >= 0 && "the".equalsIgnoreCase(sentence.token(before).text())) {
            before--;
        }
        if (before < 0 || !OBLIQUE.contains(sentence.token(before).text().toLowerCase())) {
            return false;
        }
        // "a group of Moroccan diplomats", "a member of the Syrian parliament", "some of the rebels": after a
        // partitive the actor is the head of the phrase, not a modifier.
        if ("of".equalsIgnoreCase(sentence.token(before).text()) && before > 0) {
            Token head = sentence.token(before - 1);
            return !PARTITIVES.contains(head.lemma()) && !"NUM".equals(head.pos()) && !"DET".equals(head.pos())
                    && !"PRON".equals(head.pos());
        }
        return true;
    }

    private int nearestActorEnd(int before) {
        int end = -1;
        for (ActorMention actor : actors) {
            if (actor.endToken() <= before + 1) {
                end = Math.max(end, actor.endToken() - 1);
            }
        }
        return end;
    }

    private ActorMention actorCovering(int token) {
        for (ActorMention actor : actors) {
            if (actor.firstToken() <= token && token < actor.endToken()) {
                return actor;
            }
        }
        return null;
    }

    private ActorMention actorEndingAt(int lastToken) {
        for (ActorMention actor : actors) {
            if (actor.endToken() - 1 == lastToken) {
                return actor;
            }
        }
        return null;
    }

    private ActorMention actorStartingAt(int token) {
        for (ActorMention actor : actors) {
            int first = actor.firstToken();
            if (first == token || (first == token + 1 && "the".equalsIgnoreCase(sentence.token(token).text()))) {
                return actor;
            }
        }
        return null;
    }
}
