package org.parley.cli;

import java.nio.file.Path;
import org.parley.store.DuckDbEventStore;
import org.parley.store.EventStore;
import org.parley.store.PostgresEventStore;
import org.parley.store.StoreException;
import picocli.CommandLine.Option;

/** The store to use: a DuckDB file, or a PostgreSQL server. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "PATH|URL", description = "DuckDB database file, or "
            + "postgresql://user:password@host:port/database (default: ${DEFAULT-VALUE})")
    String db = Path.of("parley-data", "parley.duckdb").toString();

    EventStore open() throws StoreException {
        return PostgresEventStore.accepts(db) ? PostgresEventStore.open(db) : DuckDbEventStore.open(Path.of(db));
    }

    /** Where the store is, for messages: never a password. */
    String describe() {
        return db.replaceFirst("//([^:/@]+):[^@/]*@", "//$1:***@");
    }
}
