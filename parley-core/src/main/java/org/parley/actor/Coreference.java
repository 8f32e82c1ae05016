package org.parley.actor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.api.ActorMention;
import org.parley.api.Sentence;
import org.parley.api.Token;

/**
 * Resolves pronouns ("he", "it", "its", "their") and definite descriptions ("the movement", "the group", "the
 * country", "the former") to actors named earlier in the same document, so that "Russia has maintained relations
 * with it since 2006" has a target. One instance reads one document, sentence by sentence, in order.
 *
 * <p>Written by hand because no maintained JVM coreference library is light enough to run on millions of sentences
 * (Stanford CoreNLP's statistical coreference costs tens of milliseconds a sentence, and it is GPL). The rules are
 * the classic salience heuristics: agreement in sort (person, organisation or group, country), subject preference
 * for subject pronouns, recency for possessives and descriptions, and a possessive inside a relation with its own
 * clause's subject ("Russia maintained relations with its leadership") names somebody else.
 */
final class Coreference {
    /** What kind of thing an actor mention is, as far as pronouns care. */
    enum Sort {
        PERSON, GROUP, ORGANIZATION, COUNTRY, PLURAL
    }

    /** An actor mention with its sort, remembered as a candidate antecedent. */
    record Antecedent(ActorMention mention, Sort sort) {
    }

    private static final int MEMORY = 24;
    private static final Set<String> RELATIONAL = Set.of("with", "against", "toward", "towards", "between");
    /** Definite descriptions by head noun, and which sorts they may refer to. */
    private static final Map<String, Set<Sort>> DESCRIPTIONS = Map.ofEntries(
            Map.entry("movement", Set.of(Sort.GROUP)), Map.entry("group", Set.of(Sort.GROUP)),
            Map.entry("faction", Set.of(Sort.GROUP)), Map.entry("militia", Set.of(Sort.GROUP)),
            Map.entry("organisation", Set.of(Sort.GROUP, Sort.ORGANIZATION)),
            Map.entry("organization", Set.of(Sort.GROUP, Sort.ORGANIZATION)),
            Map.entry("party", Set.of(Sort.GROUP)), Map.entry("insurgency", Set.of(Sort.GROUP)),
            Map.entry("alliance", Set.of(Sort.ORGANIZATION)), Map.entry("bloc", Set.of(Sort.ORGANIZATION)),
            Map.entry("body", Set.of(Sort.ORGANIZATION)), Map.entry("agency", Set.of(Sort.ORGANIZATION)),
            Map.entry("country", Set.of(Sort.COUNTRY)), Map.entry("kingdom", Set.of(Sort.COUNTRY)),
            Map.entry("republic", Set.of(Sort.COUNTRY)), Map.entry("nation", Set.of(Sort.COUNTRY)),
            Map.entry("emirate", Set.of(Sort.COUNTRY)));
    private static final Set<Sort> THING = Set.of(Sort.GROUP, Sort.ORGANIZATION, Sort.COUNTRY);

    /** Every word at which {@link #anaphorAt} can find an anaphor, or that a description needs after "the". */
    private static final Set<String> REFERRING = referringWords();

    /** Recent antecedents, newest first, with the sentence each came from. */
    private final Deque<Remembered> recent = new ArrayDeque<>();

    private record Remembered(Antecedent antecedent, int sentence) {
    }

    private static Set<String> referringWords() {
        Set<String> words = new java.util.HashSet<>(Set.of("he", "she", "his", "her", "him", "it", "its", "they",
                "their", "them", "former", "latter"));
        words.addAll(DESCRIPTIONS.keySet());
        return Set.copyOf(words);
    }

    /**
     * Whether a word may start or complete a referring expression. A sentence without such a word has no anaphor,
     * whatever its tags: pronouns are found by their words (then checked by tag), and "the" refers only with one of
     * the description heads, "former" or "latter" after it.
     */
    static boolean mayRefer(String word) {
        return REFERRING.contains(word.toLowerCase());
    }

    /**
     * Adds the mentions that pronouns and descriptions in {@code sentence} stand for to the named ones, and
     * remembers all of them for later sentences.
     *
     * @param named the actors named in the sentence, by position, with their sorts
     * @return every mention of the sentence, named and resolved, ordered by position and non-overlapping
     */
    List<ActorMention> resolve(Sentence sentence, List<Antecedent> named) {
        List<Antecedent> all = new ArrayList<>(named);
        int next = 0;
        for (int i = 0; i < sentence.size(); i++) {
            while (next < named.size() && named.get(next).mention().endToken() <= i) {
                next++;
            }
            if (next < named.size() && named.get(next).mention().firstToken() <= i) {
                continue;
            }
            Anaphor anaphor = anaphorAt(sentence, i);
            // "the Central African Republic": a description around a name is that name, not a reference.
            if (anaphor == null || next < named.size() && named.get(next).mention().firstToken() < anaphor.end()) {
                continue;
            }
            Antecedent found = antecedent(sentence, anaphor, all);
            if (found != null) {
                ActorMention m = found.mention();
                int start = sentence.token(i).start();
                int end = sentence.token(anaphor.end() - 1).end();
                String text = sentence.text().substring(start - sentence.start(), end - sentence.start());
                all.add(new Antecedent(new ActorMention(m.code(), m.name(), text, i, anaphor.end(), start, end),
                        found.sort()));
                all.sort(Comparator.comparingInt(a -> a.mention().firstToken()));
            }
            i = anaphor.end() - 1;
        }
        for (Antecedent a : all) {
            recent.addFirst(new Remembered(a, sentence.index()));
        }
        while (recent.size() > MEMORY) {
            recent.removeLast();
        }
        List<ActorMention> mentions = new ArrayList<>(all.size());
        for (Antecedent a : all) {
            mentions.add(a.mention());
        }
        return mentions;
    }

    /** A referring expression: its token span, the sorts it may refer to and how it chooses. */
    private record Anaphor(int start, int end, Set<Sort> sorts, Choice choice) {
    }

    private enum Choice {
        /** A subject pronoun: prefer the subject of the clause or sentence before. */
        SUBJECT,
        /** A possessive or object: the most recent fitting actor. */
        RECENT,
        /** "the former": the first of the previous sentence's actors. */
        FORMER,
        /** "the latter": the last of them. */
        LATTER
    }

    private static Anaphor anaphorAt(Sentence sentence, int i) {
        Token token = sentence.token(i);
        String word = token.text().toLowerCase();
        boolean pronoun = "PRON".equals(token.pos()) || "DET".equals(token.pos());
        switch (word) {
            case "he": case "she":
                return pronoun ? new Anaphor(i, i + 1, Set.of(Sort.PERSON), Choice.SUBJECT) : null;
            case "his": case "her": case "him":
                return pronoun ? new Anaphor(i, i + 1, Set.of(Sort.PERSON), Choice.RECENT) : null;
            case "it":
                return pronoun && !expletive(sentence, i) ? new Anaphor(i, i + 1, THING,
                        isSubject(sentence, i) ? Choice.SUBJECT : Choice.RECENT) : null;
            case "its":
                return new Anaphor(i, i + 1, THING, Choice.RECENT);
            case "they": case "their": case "them":
                return pronoun ? new Anaphor(i, i + 1, Set.of(Sort.PLURAL, Sort.GROUP), Choice.RECENT) : null;
            case "the":
                return description(sentence, i);
            default:
                return null;
        }
    }

    /** "the movement", "the Islamist group", "the Palestinian faction", "the former", "the latter". */
    private static Anaphor description(Sentence sentence, int i) {
        if (i + 1 >= sentence.size()) {
            return null;
        }
        String second = sentence.token(i + 1).text().toLowerCase();
        if ("former".equals(second) || "latter".equals(second)) {
            // "the former president" is a title; "the latter controls" (often mis-tagged NOUN) is a reference.
            Token after = i + 2 < sentence.size() ? sentence.token(i + 2) : null;
            boolean modifies = after != null && (after.isNoun() || "ADJ".equals(after.pos()))
                    && !after.text().endsWith("s");
            return modifies ? null : new Anaphor(i, i + 2, THING, "former".equals(second) ? Choice.FORMER : Choice.LATTER);
        }
        for (int j = i + 1; j < sentence.size() && j <= i + 3; j++) {
            Token token = sentence.token(j);
            Set<Sort> sorts = DESCRIPTIONS.get(token.text().toLowerCase());
            if (sorts != null) {
                boolean endsPhrase = j + 1 >= sentence.size() || !sentence.token(j + 1).isNoun();
                return endsPhrase ? new Anaphor(i, j + 1, sorts, Choice.RECENT) : null;
            }
            if (!"ADJ".equals(token.pos()) && !"PROPN".equals(token.pos())) {
                return null;
            }
        }
        return null;
    }

    /** "it is expected that", "it was unclear whether", "it seems that": no referent. */
    private static boolean expletive(Sentence sentence, int i) {
        if (i + 1 >= sentence.size()) {
            return false;
        }
        Token next = sentence.token(i + 1);
        boolean copula = "be".equals(next.lemma()) || "seem".equals(next.lemma()) || "appear".equals(next.lemma());
        if (!copula) {
            return false;
        }
        for (int j = i + 2; j < sentence.size() && j <= i + 5; j++) {
            String word = sentence.token(j).text().toLowerCase();
            if ("that".equals(word) || "whether".equals(word) || "to".equals(word) || "if".equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSubject(Sentence sentence, int i) {
        for (int j = i + 1; j < sentence.size() && j <= i + 3; j++) {
            Token token = sentence.token(j);
            if (token.isVerb() || "AUX".equals(token.pos())) {
                return true;
            }
            if (!"ADV".equals(token.pos())) {
                return false;
            }
        }
        return false;
    }

    private Antecedent antecedent(Sentence sentence, Anaphor anaphor, List<Antecedent> here) {
        List<Antecedent> before = new ArrayList<>();
        for (Antecedent a : here) {
            if (a.mention().endToken() <= anaphor.start()) {
                before.add(a);
            }
        }
        switch (anaphor.choice()) {
            case SUBJECT: {
                Antecedent first = firstFitting(before, anaphor.sorts());
                return first != null ? first : firstOfLatestSentence(anaphor.sorts());
            }
            case RECENT: {
                ActorMention excluded = reflexiveExcluded(sentence, anaphor, before);
                for (int k = before.size() - 1; k >= 0; k--) {
                    Antecedent a = before.get(k);
                    if (anaphor.sorts().contains(a.sort()) && (excluded == null || !a.mention().code().equals(excluded.code()))) {
                        return a;
                    }
                }
                for (Remembered r : recent) {
                    Antecedent a = r.antecedent();
                    if (anaphor.sorts().contains(a.sort()) && (excluded == null || !a.mention().code().equals(excluded.code()))) {
                        return a;
                    }
                }
                return null;
            }
            default:
                return formerOrLatter(sentence.index(), anaphor);
        }
    }

    /** In "X maintained relations with its leadership", "its" is not X. */
    private static ActorMention reflexiveExcluded(Sentence sentence, Anaphor anaphor, List<Antecedent> before) {
        if (anaphor.start() == 0 || before.isEmpty()) {
            return null;
        }
        String previous = sentence.token(anaphor.start() - 1).text().toLowerCase();
        boolean own = anaphor.end() < sentence.size() && "own".equalsIgnoreCase(sentence.token(anaphor.end()).text());
        return RELATIONAL.contains(previous) && !own ? before.get(0).mention() : null;
    }

    private static Antecedent firstFitting(List<Antecedent> candidates, Set<Sort> sorts) {
        for (Antecedent a : candidates) {
            if (sorts.contains(a.sort())) {
                return a;
            }
        }
        return null;
    }

    /** The leftmost fitting actor of the most recent earlier sentence that has one: its likely subject. */
    private Antecedent firstOfLatestSentence(Set<Sort> sorts) {
        Antecedent best = null;
        int bestSentence = -1;
        for (Remembered r : recent) {
            if (bestSentence >= 0 && r.sentence() != bestSentence) {
                break;
            }
            if (sorts.contains(r.antecedent().sort())) {
                best = r.antecedent();
                bestSentence = r.sentence();
            }
        }
        return best;
    }

    private Antecedent formerOrLatter(int sentenceIndex, Anaphor anaphor) {
        List<Antecedent> previous = new ArrayList<>();
        int latest = -1;
        for (Remembered r : recent) {
            if (r.sentence() >= sentenceIndex) {
                continue;
            }
            if (latest >= 0 && r.sentence() != latest) {
                break;
            }
            latest = r.sentence();
            if (anaphor.sorts().contains(r.antecedent().sort())) {
                previous.add(0, r.antecedent());
            }
        }
        if (previous.size() < 2) {
            return null;
        }
        return anaphor.choice() == Choice.FORMER ? previous.get(0) : previous.get(previous.size() - 1);
    }
}
