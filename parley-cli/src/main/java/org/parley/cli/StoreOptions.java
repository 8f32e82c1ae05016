package org.parley.cli;

import java.nio.file.Path;
import org.parley.store.DuckDbEventStore;
import org.parley.store.EventStore;
import org.parley.store.StoreException;
import picocli.CommandLine.Option;

/** The store to use. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "PATH", description = "DuckDB database file (default: ${DEFAULT-VALUE})")
    Path db = Path.of("parley-data", "parley.duckdb");

    EventStore open() throws StoreException {
        return DuckDbEventStore.open(db);
    }
}
