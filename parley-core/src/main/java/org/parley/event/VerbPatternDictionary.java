package org.parley.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
    private final int size;

    private VerbPatternDictionary(Map<String, List<VerbPattern>> byHead, int size) {
        this.byHead = byHead;
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
        Map<String, List<VerbPattern>> byHead = new HashMap<>();
        int lineNo = 0;
        int size = 0;
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
                byHead.computeIfAbsent(pattern.head(), h -> new ArrayList<>()).add(pattern);
                size++;
            }
        } catch (IOException e) {
            throw new InvalidDictionaryException(name, lineNo, "cannot read: " + e.getMessage(), e);
        }
        Map<String, List<VerbPattern>> frozen = new HashMap<>();
        // Longer patterns first: the first full match is then the most specific one.
        Comparator<VerbPattern> specificFirst = Comparator.comparingInt((VerbPattern p) -> p.elements().size()).reversed();
        byHead.forEach((head, patterns) -> {
            patterns.sort(specificFirst);
            frozen.put(head, List.copyOf(patterns));
        });
        return new VerbPatternDictionary(Map.copyOf(frozen), size);
    }

    /** The patterns headed by a lemma, most specific first; empty when none. */
    public List<VerbPattern> forHead(String lemma) {
        return byHead.getOrDefault(lemma, List.of());
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
