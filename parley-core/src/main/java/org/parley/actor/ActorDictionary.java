package org.parley.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * An immutable phrase lexicon of actors: a token trie from phrases to {@link ActorEntry} meanings, so that
 * matching costs time linear in the text whatever the size of the lexicon. Build with {@link Builder}; once built
 * it is thread-safe.
 */
public final class ActorDictionary {
    /** Bits of the filter of first words: 2^16, a few kilobytes that stay in cache, unlike the root's table. */
    private static final int FIRST_WORD_BITS = 1 << 16;

    private final Node root;
    private final int phrases;
    private final Surnames surnames;
    /** A filter of the first words of all phrases: most tokens start none, and it answers faster than the trie. */
    private final long[] firstWords = new long[FIRST_WORD_BITS / 64];

    private ActorDictionary(Node root, int phrases, Surnames surnames) {
        this.root = root;
        this.phrases = phrases;
        this.surnames = surnames;
        for (String key : root.children.keySet()) {
            int bit = firstWordBit(key);
            firstWords[bit >>> 6] |= 1L << bit;
        }
    }

    /** False when no phrase starts with a token of this {@link PhraseKey}; true for every first word and a few more. */
    boolean mayStart(String key) {
        int bit = firstWordBit(key);
        return (firstWords[bit >>> 6] & 1L << bit) != 0;
    }

    private static int firstWordBit(String key) {
        int h = key.hashCode();
        return (h ^ h >>> 16) & (FIRST_WORD_BITS - 1);
    }

    /** Office holders by surname, for titled names the trie does not hold in full. */
    Surnames surnames() {
        return surnames;
    }

    /** The number of distinct phrases. */
    public int size() {
        return phrases;
    }

    /**
     * The meanings of exactly this phrase, in order of precedence; empty when it is not in the dictionary.
     *
     * @param words the phrase's tokens as written
     */
    public List<ActorEntry> meanings(List<String> words) {
        Node node = root;
        for (String word : words) {
            node = node.children.get(PhraseKey.of(word));
            if (node == null) {
                return List.of();
            }
        }
        return List.copyOf(fitting(node.senses, words.toArray(String[]::new), 0, words.size()));
    }

    /**
     * Visits every phrase, written as its tokens' normal forms joined by spaces ("vladimir putin"), with its
     * meanings: for listing and completing names.
     */
    public void forEachPhrase(BiConsumer<String, List<ActorEntry>> action) {
        visit(root, "", action);
    }

    private static void visit(Node node, String phrase, BiConsumer<String, List<ActorEntry>> action) {
        if (!node.senses.isEmpty()) {
            action.accept(phrase, node.senses.stream().map(Sense::entry).toList());
        }
        for (Map.Entry<String, Node> child : node.children.entrySet()) {
            visit(child.getValue(), phrase.isEmpty() ? child.getKey() : phrase + " " + child.getKey(), action);
        }
    }

    /**
     * The longest phrase starting at token {@code start}.
     *
     * @param keys  the tokens' {@link PhraseKey} forms
     * @param words the tokens as written, for case-sensitive phrases such as "US"
     * @return the match, or {@code null} when no phrase starts there
     */
    Match longestAt(String[] keys, String[] words, int start) {
        if (!mayStart(keys[start])) {
            return null;
        }
        Node node = root;
        Match best = null;
        for (int i = start; i < keys.length; i++) {
            node = node.children.get(keys[i]);
            if (node == null) {
                break;
            }
            if (!node.senses.isEmpty()) {
                List<ActorEntry> fitting = fitting(node.senses, words, start, i + 1);
                if (!fitting.isEmpty()) {
                    best = new Match(start, i + 1, fitting);
                }
            }
        }
        return best;
    }

    private static List<ActorEntry> fitting(List<Sense> senses, String[] words, int start, int end) {
        List<ActorEntry> out = new ArrayList<>(senses.size());
        for (Sense sense : senses) {
            if (sense.exactWords == null || matchesExactly(sense.exactWords, words, start, end)) {
                out.add(sense.entry);
            }
        }
        return out;
    }

    private static boolean matchesExactly(String[] exact, String[] words, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!exact[i - start].equals(words[i])) {
                return false;
            }
        }
        return true;
    }

    /** A phrase found in a sentence: tokens {@code [start, end)} and its meanings. */
    record Match(int start, int end, List<ActorEntry> entries) {
    }

    /** One meaning of a phrase, with the exact spelling required when the phrase is an all-capitals abbreviation. */
    private record Sense(ActorEntry entry, String[] exactWords) {
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        final List<Sense> senses = new ArrayList<>(1);
    }

    /** Collects phrases; not thread-safe. */
    public static final class Builder {
        private final PhraseSplitter splitter;
        private final Node root = new Node();
        private final Surnames.Builder surnames = new Surnames.Builder();
        private int phrases;

        /** @param splitter splits phrases into tokens exactly as the text analyser splits text */
        public Builder(PhraseSplitter splitter) {
            this.splitter = Objects.requireNonNull(splitter, "splitter");
        }

        /**
         * Adds a phrase. A phrase written in capitals only ("US", "UN") matches only as written, so that the
         * pronoun "us" does not become the United States.
         */
        public Builder add(String phrase, ActorEntry entry) {
            return add(phrase, List.of(entry));
        }

        /**
         * Adds a phrase with several meanings, in order of precedence (the phrase is split once). An entry equal to
         * one the phrase already has is not added again.
         */
        public Builder add(String phrase, List<ActorEntry> entries) {
            List<String> words = splitter.split(phrase.strip());
            if (words.isEmpty() || entries.isEmpty()) {
                return this;
            }
            boolean exact = isAbbreviation(phrase);
            Node node = root;
            for (String word : words) {
                node = node.children.computeIfAbsent(PhraseKey.of(word), k -> new Node());
            }
            if (node.senses.isEmpty()) {
                phrases++;
            }
            String[] exactWords = exact ? words.toArray(String[]::new) : null;
            for (ActorEntry entry : entries) {
                if (!hasSense(node, entry)) {
                    node.senses.add(new Sense(entry, exactWords));
                }
            }
            return this;
        }

        /**
         * Makes a person findable by the surname of one of their names after a title ("President Bush"), besides
         * the phrases added with {@link #add}.
         */
        public Builder addSurname(String name, ActorEntry person) {
            if (person.kind() != ActorEntry.Kind.PERSON) {
                throw new IllegalArgumentException("only a person has a surname, got a " + person.kind());
            }
            surnames.add(splitter.split(name.strip()), person);
            return this;
        }

        private static boolean hasSense(Node node, ActorEntry entry) {
            for (Sense sense : node.senses) {
                if (sense.entry.equals(entry)) {
                    return true;
                }
            }
            return false;
        }

        /** The finished dictionary. The builder must not be used afterwards. */
        public ActorDictionary build() {
            return new ActorDictionary(root, phrases, surnames.build());
        }

        private static boolean isAbbreviation(String phrase) {
            boolean letters = false;
            for (int i = 0; i < phrase.length(); i++) {
                char c = phrase.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters |= Character.isLetter(c);
            }
            return letters && phrase.replace(".", "").length() <= 5;
        }
    }

    /** Splits a dictionary phrase into the tokens the text analyser would produce for it. */
    @FunctionalInterface
    public interface PhraseSplitter {
        List<String> split(String phrase);
    }
}
