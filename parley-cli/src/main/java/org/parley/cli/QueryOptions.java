package org.parley.cli;

import java.time.LocalDate;
import java.util.List;
import org.parley.store.EventQuery;
import picocli.CommandLine.Option;

/** The filters that select stored events, shared by {@code events} and {@code export}. */
final class QueryOptions {
    @Option(names = "--actor", paramLabel = "CODE", description = "source or target code starts with CODE (e.g. RUS)")
    String actor;

    @Option(names = "--dyad", arity = "2", paramLabel = "CODE", description = "events between two actors, either way")
    List<String> dyad;

    @Option(names = "--root", paramLabel = "NN", description = "CAMEO root code, e.g. 04")
    String root;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "first event date")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "last event date")
    LocalDate to;

    /** The query these filters make, at most {@code limit} rows; IllegalArgumentException names a bad filter. */
    EventQuery query(int limit) {
        return new EventQuery(actor, dyad == null ? null : dyad.get(0), dyad == null ? null : dyad.get(1), root, from,
                to, limit);
    }
}
