package org.parley.petrarch;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What loading one PETRARCH dictionary file gave: how many entries it yielded and what it could not use, each
 * problem as {@code file:line: what} so it can be found and fixed.
 *
 * @param file     the file read
 * @param kind     what was counted: "actor names", "agent terms", "verb patterns"
 * @param read     how many of them the file defines
 * @param loaded   how many dictionary entries Parley made from them (phrases times date ranges, plural forms,
 *                 expanded and translated patterns)
 * @param skipped  how many were left out, by reason (empty when none)
 * @param warnings lines or parts of lines that were skipped or read with a documented fallback
 */
public record DictionaryReport(String file, String kind, int read, int loaded, Map<String, Integer> skipped,
                               List<String> warnings) {
    public DictionaryReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        skipped = Map.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /** A report with no skip counts by reason. */
    public DictionaryReport(String file, String kind, int read, int loaded, List<String> warnings) {
        this(file, kind, read, loaded, Map.of(), warnings);
    }

    /** How many were left out, whatever the reason. */
    public int skippedTotal() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** One line for logs and the command line. */
    public String summary() {
        StringBuilder line = new StringBuilder(String.format("%s: %d %s read, %d entries loaded", file, read, kind,
                loaded));
        if (!skipped.isEmpty()) {
            line.append(", ").append(skippedTotal()).append(" skipped ").append(new TreeMap<>(skipped));
        }
        return line.append(", ").append(warnings.size()).append(" warning(s)").toString();
    }
}
