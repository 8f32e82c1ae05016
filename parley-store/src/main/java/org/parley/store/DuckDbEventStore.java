package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The embedded default store: a DuckDB database file (default {@code ./parley-data/parley.duckdb}). */
public final class DuckDbEventStore extends JdbcEventStore {
    private DuckDbEventStore(java.sql.Connection connection) throws StoreException {
        super(connection);
    }

    /** Opens, creating if needed, the database file. */
    public static DuckDbEventStore open(Path file) throws StoreException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return new DuckDbEventStore(DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath()));
        } catch (IOException | SQLException e) {
            throw new StoreException("cannot open DuckDB store " + file + ": " + e.getMessage(), e);
        }
    }

    /** An in-memory store, gone when closed: for tests and one-off runs. */
    public static DuckDbEventStore inMemory() throws StoreException {
        try {
            return new DuckDbEventStore(DriverManager.getConnection("jdbc:duckdb:"));
        } catch (SQLException e) {
            throw new StoreException("cannot open an in-memory DuckDB store: " + e.getMessage(), e);
        }
    }
}
