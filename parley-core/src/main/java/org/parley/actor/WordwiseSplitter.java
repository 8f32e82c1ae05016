package org.parley.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A fast phrase splitter for dictionaries of tens of thousands of names, where asking the tokenizer about every
 * phrase would take seconds. A word of letters only is one token; any other blank-separated word is handed to the
 * tokenizer once and the answer remembered ("al-Qaeda", "(AAIA)" and "U.N." recur thousands of times). This gives
 * the tokenizer's own answer when it never looks across blanks and never splits a run of letters, as OpenNLP's
 * English maximum-entropy tokenizer does (it cuts at whitespace first, then decides at punctuation inside each
 * piece). Not thread-safe: use one per dictionary being built.
 */
public final class WordwiseSplitter implements ActorDictionary.PhraseSplitter {
    private final ActorDictionary.PhraseSplitter words;
    private final Map<String, List<String>> memo = new HashMap<>();

    /** @param words splits a single word into tokens */
    public WordwiseSplitter(ActorDictionary.PhraseSplitter words) {
        this.words = Objects.requireNonNull(words, "words");
    }

    @Override
    public List<String> split(String phrase) {
        List<String> tokens = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= phrase.length(); i++) {
            boolean blank = i == phrase.length() || Character.isWhitespace(phrase.charAt(i));
            if (blank && start >= 0) {
                String word = phrase.substring(start, i);
                if (lettersOnly(word)) {
                    tokens.add(word);
                } else {
                    tokens.addAll(memo.computeIfAbsent(word, words::split));
                }
                start = -1;
            } else if (!blank && start < 0) {
                start = i;
            }
        }
        return tokens;
    }

    private static boolean lettersOnly(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
