package org.parley.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Office holders by surname, for a title followed by a name the dictionary does not hold in full: "President Bush",
 * "Vice-President Awori", or a misspelt "President Abdelaziz Bouteflicka". The title vouches that a person in office
 * is meant, so the surname alone is looked up, and a surname one letter off a listed one of seven letters or more
 * is taken for it. Immutable once built; thread-safe.
 */
final class Surnames {
    /** Shortest surname key matched with one letter wrong: shorter ones are too often other names. */
    private static final int FUZZY_MIN_LENGTH = 7;

    private final Map<String, List<ActorEntry>> byKey;
    /** The surnames the tables list on their own as aliases: distinctive enough to stand without a first name. */
    private final Map<String, List<ActorEntry>> distinctive;

    /** The keys of each index by the strings one deletion from them (and by themselves), for the one-edit search. */
    private final Map<String, List<String>> byKeyDeletions;
    private final Map<String, List<String>> distinctiveDeletions;

    private Surnames(Map<String, List<ActorEntry>> byKey, Map<String, List<ActorEntry>> distinctive) {
        this.byKey = byKey;
        this.distinctive = distinctive;
        this.byKeyDeletions = deletionIndex(byKey);
        this.distinctiveDeletions = deletionIndex(distinctive);
    }

    /**
     * The office holder a titled surname names on the given day, or {@code null}: the term in office that day;
     * outside every term, the holders' country (as a {@link ActorEntry.Kind#COUNTRY} entry, so that the title
     * supplies the role) when all candidates share it.
     *
     * @param name the words of the name as written, the surname last; any word before it must be one of the
     *             holder's names ("Chief Justice Iftikhar Chaudhry" is not Fiji's Mahendra Chaudhry), and a surname
     *             alone must be one the tables list on its own ("President Mugabe", not "police chief Hassan")
     */
    ActorEntry resolve(List<String> name, LocalDate day) {
        String key = PhraseKey.of(name.get(name.size() - 1));
        Map<String, List<ActorEntry>> index = name.size() > 1 ? byKey : distinctive;
        List<ActorEntry> candidates = index.get(key);
        if (candidates == null && key.length() >= FUZZY_MIN_LENGTH) {
            candidates = near(index, name.size() > 1 ? byKeyDeletions : distinctiveDeletions, key);
        }
        if (candidates != null && name.size() > 1) {
            candidates = candidates.stream().filter(c -> sharesAName(c, name)).toList();
        }
        if (candidates == null || candidates.isEmpty()) {
            return null;
        }
        ActorEntry inOffice = null;
        for (ActorEntry entry : candidates) {
            if (entry.validOn(day)) {
                if (inOffice != null && !inOffice.code().equals(entry.code())) {
                    return null; // two holders of the name in office that day: "President Lee" may be either
                }
                inOffice = entry;
            }
        }
        if (inOffice != null) {
            return inOffice;
        }
        String country = candidates.get(0).code().substring(0, 3);
        for (ActorEntry entry : candidates) {
            if (!entry.code().startsWith(country)) {
                return null;
            }
        }
        return new ActorEntry(country, candidates.get(0).name(), ActorEntry.Kind.COUNTRY, null, null);
    }

    private static boolean sharesAName(ActorEntry holder, List<String> name) {
        List<String> holderNames = List.of(PhraseKey.of(holder.name()).split("[ .-]+"));
        for (int i = 0; i < name.size() - 1; i++) {
            if (holderNames.contains(PhraseKey.of(name.get(i)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The entries of the listed surnames one edit (insertion, deletion, substitution, transposition) away, in the
     * order of their keys. Two strings one edit apart share a string one deletion from each (or one is a deletion of
     * the other), so only the keys that share one with {@code key} are compared: a few, instead of every surname.
     */
    private static List<ActorEntry> near(Map<String, List<ActorEntry>> index, Map<String, List<String>> byDeletion,
                                         String key) {
        java.util.SortedSet<String> keys = new java.util.TreeSet<>();
        for (String variant : withDeletions(key)) {
            for (String candidate : byDeletion.getOrDefault(variant, List.of())) {
                if (oneEditApart(key, candidate)) {
                    keys.add(candidate);
                }
            }
        }
        List<ActorEntry> found = new ArrayList<>();
        for (String k : keys) {
            found.addAll(index.get(k));
        }
        return found;
    }

    private static Map<String, List<String>> deletionIndex(Map<String, List<ActorEntry>> index) {
        Map<String, List<String>> byDeletion = new HashMap<>();
        for (String key : index.keySet()) {
            if (key.length() >= FUZZY_MIN_LENGTH - 1) {
                for (String variant : withDeletions(key)) {
                    byDeletion.computeIfAbsent(variant, v -> new ArrayList<>(1)).add(key);
                }
            }
        }
        Map<String, List<String>> frozen = new HashMap<>();
        byDeletion.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Map.copyOf(frozen);
    }

    /** The string itself and every string one character shorter made by deleting one of its characters. */
    private static java.util.Set<String> withDeletions(String key) {
        java.util.Set<String> variants = new java.util.HashSet<>();
        variants.add(key);
        for (int i = 0; i < key.length(); i++) {
            variants.add(key.substring(0, i) + key.substring(i + 1));
        }
        return variants;
    }

    static boolean oneEditApart(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            // a substitution, or two neighbours swapped
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2);
        }
        String longer = la > lb ? a : b;
        String shorter = la > lb ? b : a;
        return longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
    }

    /** Collects surnames; not thread-safe. */
    static final class Builder {
        private final Map<String, List<ActorEntry>> byKey = new HashMap<>();
        private final Map<String, List<ActorEntry>> distinctive = new HashMap<>();

        /**
         * Adds a person under the last word of one of their names, and without an Arabic article ("al-Assad" is
         * also "Assad"); a one-word name is a distinctive surname. Words of fewer than three letters are not
         * surnames enough to look up.
         */
        Builder add(List<String> nameWords, ActorEntry person) {
            if (nameWords.isEmpty()) {
                return this;
            }
            String last = PhraseKey.of(nameWords.get(nameWords.size() - 1));
            put(byKey, last, person);
            if (nameWords.size() == 1) {
                put(distinctive, last, person);
            }
            for (String article : new String[] {"al-", "el-", "ul-"}) {
                if (last.startsWith(article)) {
                    put(byKey, last.substring(article.length()), person);
                    if (nameWords.size() == 1) {
                        put(distinctive, last.substring(article.length()), person);
                    }
                }
            }
            return this;
        }

        private static void put(Map<String, List<ActorEntry>> index, String key, ActorEntry person) {
            if (key.length() < 3 || !Character.isLetter(key.charAt(0))) {
                return;
            }
            List<ActorEntry> list = index.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (!list.contains(person)) {
                list.add(person);
            }
        }

        Surnames build() {
            return new Surnames(frozen(byKey), frozen(distinctive));
        }

        private static Map<String, List<ActorEntry>> frozen(Map<String, List<ActorEntry>> index) {
            Map<String, List<ActorEntry>> copy = new HashMap<>();
            index.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            return Map.copyOf(copy);
        }
    }
}
