package org.parley.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;

/**
 * Lemmas from OpenNLP's statistical lemmatizer, memoised per (word, tag).
 *
 * <p>Why a cache: the OpenNLP lemmatizer runs at a few thousand tokens per second, some fifty times slower than the
 * tagger, while news vocabulary is Zipfian, so almost every lookup after the first few thousand sentences is a hit.
 * The cache is bounded: once full it stops growing and rare words are lemmatised each time.
 */
final class LemmaCache {
    private static final int MAX_ENTRIES = 100_000;

    private final ThreadSafeLemmatizerME lemmatizer;
    /** One memo per tag that needs the model, so that a lookup needs no composed key. */
    private final Map<String, Map<String, String>> byTag = Map.of("VERB", new ConcurrentHashMap<>(),
            "NOUN", new ConcurrentHashMap<>(), "AUX", new ConcurrentHashMap<>(), "ADJ", new ConcurrentHashMap<>());
    private final AtomicInteger size = new AtomicInteger();

    LemmaCache(LemmatizerModel model) {
        this.lemmatizer = new ThreadSafeLemmatizerME(model);
    }

    /** The lower-case lemma of a word with its UD tag. */
    String lemma(String word, String tag) {
        Map<String, String> cache = byTag.get(tag);
        if (cache == null) {
            // Only inflecting classes need the model; proper nouns, particles and punctuation are their own lemma.
            return word.toLowerCase();
        }
        String cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        String lemma = lemmatizer.lemmatize(new String[] {word}, new String[] {tag})[0].toLowerCase();
        if (lemma.isEmpty() || "o".equals(lemma)) {
            // The model answers "O" when it has no edit script: the word is its own lemma.
            lemma = word.toLowerCase();
        }
        if (size.get() < MAX_ENTRIES && cache.put(word, lemma) == null) {
            size.incrementAndGet();
        }
        return lemma;
    }
}
