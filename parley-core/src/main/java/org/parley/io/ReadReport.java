package org.parley.io;

import java.util.List;

/**
 * What reading the inputs produced.
 *
 * @param documents the number of documents handed on
 * @param problems  one line per skipped record (only with skip-bad)
 */
public record ReadReport(int documents, List<String> problems) {
    public ReadReport {
        problems = List.copyOf(problems);
        if (documents < 0) {
            throw new IllegalArgumentException("documents must be >= 0");
        }
    }

    /** The number of skipped records. */
    public int skipped() {
        return problems.size();
    }
}
