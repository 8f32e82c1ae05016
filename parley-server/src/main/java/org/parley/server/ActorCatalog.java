package org.parley.server;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.parley.actor.ActorDictionary;
import org.parley.actor.ActorEntry;
import org.parley.store.StoredActor;

/**
 * Completes what a user starts typing into actors: names and aliases of the actor dictionary ("pal" finds Palestine
 * and the Palestinian Authority, "put" Vladimir Putin) and the codes and names of actors the store holds. Actors with
 * stored events rank first, since those are the ones a chart can show. Immutable and thread-safe.
 */
public final class ActorCatalog {
    /**
     * A completion.
     *
     * @param code   the CAMEO actor code to ask for
     * @param name   the actor's name
     * @param match  the phrase or code that matched what was typed
     * @param kind   country, organization, group, person, ... or {@code stored} for a code known only from the store
     * @param stored true when the store holds events or sentences of this code
     */
    public record Suggestion(String code, String name, String match, String kind, boolean stored) {
        public Suggestion {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
        }
    }

    private record Phrase(String key, ActorEntry entry) {
    }

    private final List<Phrase> phrases;

    private ActorCatalog(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    /** The stand-alone names of a dictionary (not bare roles or excluded phrases). */
    public static ActorCatalog of(ActorDictionary dictionary) {
        List<Phrase> phrases = new ArrayList<>();
        dictionary.forEachPhrase((phrase, entries) -> entries.stream().filter(ActorEntry::standsAlone)
                .forEach(e -> phrases.add(new Phrase(phrase, e))));
        phrases.sort(Comparator.comparing(Phrase::key));
        return new ActorCatalog(phrases);
    }

    /** Up to {@code limit} completions of {@code typed}, best first. */
    public List<Suggestion> complete(String typed, List<StoredActor> stored, int limit) {
        String q = key(typed);
        if (q.isEmpty()) {
            return List.of();
        }
        String upper = typed.strip().toUpperCase(Locale.ROOT);
        Map<String, StoredActor> storedByCode = new HashMap<>();
        stored.forEach(a -> storedByCode.put(a.code(), a));
        Map<String, Ranked> best = new HashMap<>();
        for (StoredActor a : stored) {
            int rank = a.code().equals(upper) ? 0 : a.code().startsWith(upper) ? 1
                    : key(a.name()).startsWith(q) ? 2 : key(a.name()).contains(q) ? 4 : -1;
            if (rank >= 0) {
                offer(best, new Ranked(rank, new Suggestion(a.code(), a.name(), a.code(), "stored", true)));
            }
        }
        for (Phrase p : phrases) {
            int rank = p.key.equals(q) ? 1 : p.key.startsWith(q) ? 2 : p.key.contains(" " + q) ? 3 : -1;
            if (rank >= 0) {
                ActorEntry e = p.entry;
                offer(best, new Ranked(rank, new Suggestion(e.code(), e.name(), p.key,
                        e.kind().name().toLowerCase(Locale.ROOT), storedByCode.containsKey(e.code()))));
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparing((Ranked r) -> !r.suggestion.stored()).thenComparingInt(r -> r.rank)
                        .thenComparingInt(r -> r.suggestion.match().length()).thenComparing(r -> r.suggestion.code()))
                .limit(limit).map(r -> r.suggestion).toList();
    }

    private record Ranked(int rank, Suggestion suggestion) {
    }

    private static void offer(Map<String, Ranked> best, Ranked r) {
        best.merge(r.suggestion.code(), r, (old, now) -> merged(now.rank < old.rank ? now : old,
                now.rank < old.rank ? old : now));
    }

    /**
     * Keeps the better match with what the other knows: the dictionary's name and kind for a stored code, the
     * store's word on whether it holds the code.
     */
    private static Ranked merged(Ranked better, Ranked other) {
        Suggestion s = better.suggestion;
        Suggestion o = other.suggestion;
        boolean dictionary = "stored".equals(s.kind()) && !"stored".equals(o.kind());
        return new Ranked(better.rank, new Suggestion(s.code(), dictionary ? o.name() : s.name(), s.match(),
                dictionary ? o.kind() : s.kind(), s.stored() || o.stored()));
    }

    /** Lower case without accents, as the dictionary keys its phrases. */
    static String key(String text) {
        String folded = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
