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

    /** The most memory DuckDB's buffer pool may hold. */
    static final int MEMORY_LIMIT_MIB = 256;

    /** Opens, creating if needed, the database file. */
    public static DuckDbEventStore open(Path file) throws StoreException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            java.sql.Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
            try (java.sql.Statement s = connection.createStatement()) {
                // DuckDB's buffer pool defaults to most of the machine's memory, which a long ingestion fills with
                // pages it has written; a bound keeps ingestion in constant memory (it spills to disk beyond).
                s.execute("SET memory_limit = '" + MEMORY_LIMIT_MIB + "MiB'");
            }
            return new DuckDbEventStore(connection);
        } catch (IOException | SQLException e) {
            throw new StoreException("cannot open DuckDB store " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the reports a query selects to a Parquet file with DuckDB's {@code COPY}, columns as in
     * {@link EventStore#mentions} plus the merged event's id and counts.
     *
     * @return the number of rows written
     */
    public long exportParquet(EventQuery query, Path file) throws StoreException {
        String target = file.toAbsolutePath().toString().replace("'", "''");
        try (java.sql.Statement s = connection().createStatement()) {
            return s.executeUpdate("COPY (" + mentionSql(query) + ") TO '" + target
                    + "' (FORMAT PARQUET, COMPRESSION ZSTD)");
        } catch (SQLException e) {
            throw new StoreException("cannot export to " + file + ": " + e.getMessage(), e);
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
