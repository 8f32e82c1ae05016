package org.parley.petrarch;

import java.util.List;
import java.util.Objects;

/**
 * What loading one PETRARCH dictionary file gave: how many entries it yielded and what it could not use, each
 * problem as {@code file:line: what} so it can be found and fixed.
 *
 * @param file     the file read
 * @param kind     what the file holds: "actors", "agents" or "verbs"
 * @param read     how many entries the file defines (actor entries with their synonyms, agent terms, verb patterns)
 * @param loaded   how many dictionary entries Parley made from them (phrases times date ranges, plural forms,
 *                 translated patterns)
 * @param warnings lines or parts of lines that were skipped or read with a documented fallback
 */
public record DictionaryReport(String file, String kind, int read, int loaded, List<String> warnings) {
    public DictionaryReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        warnings = List.copyOf(warnings);
    }

    /** One line for logs and the command line. */
    public String summary() {
        return String.format("%s: %d %s read, %d entries loaded, %d warning(s)", file, read, kind, loaded,
                warnings.size());
    }
}
