package org.parley.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.dictionary.InvalidDictionaryException;
import org.parley.ontology.CameoCodebook;

/**
 * The verb patterns by head lemma, most specific first. Immutable and thread-safe once loaded.
 * Format: one {@code CODE<TAB>pattern} per line, '#' comments (see {@code verb-patterns.tsv}).
 */
public final class VerbPatternDictionary {
    private static final String BUILT_IN = "org/parley/event/verb-patterns.tsv";

    private final Map<String, List<VerbPattern>> byHead;
    private final Map<String, String> forms;
    private final int size;

    private VerbPatternDictionary(Map<String, List<VerbPattern>> byHead, Map<String, String> forms, int size) {
        this.byHead = byHead;
        this.forms = forms;
        this.size = size;
    }

    /** The patterns bundled with Parley, checked against the codebook. */
    public static VerbPatternDictionary builtIn(CameoCodebook codebook) throws InvalidDictionaryException {
        InputStream in = VerbPatternDictionary.class.getClassLoader().getResourceAsStream(BUILT_IN);
        if (in == null) {
            throw new InvalidDictionaryException(BUILT_IN, 0, "resource not found on the classpath");
        }
        return read(BUILT_IN, new InputStreamReader(in, StandardCharsets.UTF_8), codebook);
    }

    static VerbPatternDictionary read(String name, Reader source, CameoCodebook codebook)
            throws InvalidDictionaryException {
        List<VerbPattern> patterns = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader reader = new BufferedReader(source)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 2) {
                    throw new InvalidDictionaryException(name, lineNo, "expected CODE<TAB>pattern");
                }
                String code = cells[0].strip();
                if (codebook.find(code).isEmpty()) {
                    throw new InvalidDictionaryException(name, lineNo, "unknown CAMEO code '" + code + "'");
                }
                VerbPattern pattern;
                try {
                    pattern = VerbPattern.parse(code, cells[1]);
                } catch (IllegalArgumentException e) {
                    throw new InvalidDictionaryException(name, lineNo, e.getMessage());
                }
                patterns.add(pattern);
            }
        } catch (IOException e) {
            throw new InvalidDictionaryException(name, lineNo, "cannot read: " + e.getMessage(), e);
        }
        return of(patterns);
    }

    /**
     * A dictionary of the given patterns, which must already be checked against the codebook (or code nothing).
     * Among patterns of equal length for one head, the earlier in the list is tried first.
     */
    public static VerbPatternDictionary of(Collection<VerbPattern> patterns) {
        return of(patterns, Map.of());
    }

    /**
     * A dictionary of the given patterns that also knows inflected forms of its heads ("condemned" is "condemn"),
     * for words the lemmatizer leaves as they are.
     *
     * @param forms inflected form to head lemma, all lower case
     */
    public static VerbPatternDictionary of(Collection<VerbPattern> patterns, Map<String, String> forms) {
        Map<String, List<VerbPattern>> byHead = new HashMap<>();
        for (VerbPattern pattern : patterns) {
            byHead.computeIfAbsent(pattern.head(), h -> new ArrayList<>()).add(pattern);
        }
        Map<String, List<VerbPattern>> frozen = new HashMap<>();
        // Longer patterns first: the first full match is then the most specific one. Of two as long, the one with
        // more words is: "oppose mediation" before "oppose +".
        Comparator<VerbPattern> specificFirst = Comparator.comparingInt((VerbPattern p) -> p.length())
                .reversed().thenComparing(VerbPattern::hasTarget);
        byHead.forEach((head, forHead) -> {
            forHead.sort(specificFirst);
            frozen.put(head, new PatternMatcher.Sifted(forHead));
        });
        return new VerbPatternDictionary(Map.copyOf(frozen), Map.copyOf(forms), patterns.size());
    }

    /** Every pattern, grouped by head. */
    public List<VerbPattern> all() {
        List<VerbPattern> all = new ArrayList<>(size);
        byHead.values().forEach(all::addAll);
        return all;
    }

    /**
     * The patterns headed by a lemma, most specific first; empty when none. A lemma that is a known inflected form
     * of a head gives that head's patterns.
     */
    public List<VerbPattern> forHead(String lemma) {
        List<VerbPattern> patterns = byHead.get(lemma);
        if (patterns == null) {
            String head = forms.get(lemma);
            patterns = head == null ? null : byHead.get(head);
        }
        return patterns == null ? List.of() : patterns;
    }

    /** True when {@code word} heads patterns of its own. */
    public boolean isHead(String word) {
        return byHead.containsKey(word);
    }

    /**
     * True for a dictionary that lists its verbs' inflected forms, as PETRARCH's do: it matches words, so a form
     * that heads patterns of its own ("left") is that head, not its lemma's.
     */
    public boolean matchesWords() {
        return !forms.isEmpty();
    }

    /** Inflected forms known for the heads, form to head. */
    public Map<String, String> forms() {
        return forms;
    }

    /** The number of patterns. */
    public int size() {
        return size;
    }

    /** The number of distinct head lemmas. */
    public int heads() {
        return byHead.size();
    }
}
