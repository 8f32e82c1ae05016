package org.parley.brief;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parley.api.ActorMention;
import org.parley.store.Dyad;
import org.parley.store.StoredActor;
import org.parley.store.StoredSentence;

/**
 * The two sides of a brief as the sentences name them: which mention is which side, what each side is called, and
 * who holds a clause (the side named as the subject just before its verb).
 */
final class Sides {
    private static final Pattern POSSESSIVE = Pattern.compile("(?i)its|their|his|her");
    private static final Pattern SUBJECT_PRONOUN = Pattern.compile("(?i)\\b(it|they|he|she)\\b");
    /** Between a subject and its verb: auxiliaries, adverbs, commas; never a clause break. */
    private static final int MAX_GAP_WORDS = 6;

    private final Set<String> codesA;
    private final Set<String> codesB;
    final String nameA;
    final String nameB;

    Sides(Dyad dyad, List<StoredSentence> sentences) {
        codesA = dyad.a().actors().stream().map(StoredActor::code).collect(Collectors.toSet());
        codesB = dyad.b().actors().stream().map(StoredActor::code).collect(Collectors.toSet());
        nameA = name(codesA, sentences, dyad.a().query());
        nameB = name(codesB, sentences, dyad.b().query());
    }

    /** The side's name: the name its mentions most often carry where the text is the name itself ("Hamas"). */
    private static String name(Set<String> codes, List<StoredSentence> sentences, String fallback) {
        Map<String, Integer> counts = new HashMap<>();
        for (StoredSentence s : sentences) {
            for (ActorMention m : s.actors()) {
                if (codes.contains(m.code()) && m.text().equals(m.name())) {
                    counts.merge(m.name(), 1, Integer::sum);
                }
            }
        }
        // Most frequent; ties go to the alphabetically first name, so the choice does not depend on order.
        Comparator<Map.Entry<String, Integer>> byCount = Map.Entry.comparingByValue();
        Comparator<Map.Entry<String, Integer>> byName = Map.Entry.comparingByKey();
        return counts.entrySet().stream().max(byCount.thenComparing(byName.reversed()))
                .map(Map.Entry::getKey).orElse(fallback);
    }

    /** "a", "b" or {@code null}. */
    String sideOf(ActorMention m) {
        if (codesA.contains(m.code())) {
            return nameA;
        }
        return codesB.contains(m.code()) ? nameB : null;
    }

    String other(String side) {
        return side.equals(nameA) ? nameB : nameA;
    }

    boolean names(StoredSentence s, String side) {
        return s.actors().stream().anyMatch(m -> side.equals(sideOf(m)));
    }

    /**
     * The mention holding the clause whose verb starts at sentence offset {@code at}: the last subject-like mention
     * before it within a few words; failing that, when a pronoun the pipeline left unresolved stands there, the
     * first subject of the previous sentence (the topic usually carries over). {@code null} when none.
     */
    ActorMention holder(StoredSentence s, StoredSentence previous, int at) {
        ActorMention last = null;
        for (ActorMention m : s.actors()) {
            int end = m.end() - s.start();
            if (end <= at && !POSSESSIVE.matcher(m.text()).matches()) {
                last = m;
            }
        }
        int from = last == null ? 0 : last.end() - s.start();
        String gap = s.text().substring(Math.min(from, at), at);
        if (last != null && words(gap) <= MAX_GAP_WORDS && !gap.contains(";")) {
            return last;
        }
        if (previous != null && SUBJECT_PRONOUN.matcher(gap).find()) {
            return previous.actors().stream().filter(m -> !POSSESSIVE.matcher(m.text()).matches()).findFirst()
                    .orElse(null);
        }
        return null;
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
