package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The embedded default store: a DuckDB database file (default {@code ./parley-data/parley.duckdb}). */
public final class DuckDbEventStore extends JdbcEventStore {
    private static final String CHECKPOINT_THRESHOLD = "1GB";

    private DuckDbEventStore(java.sql.Connection connection) throws StoreException, SQLException {
        super(connection, new DuckDbTableRows(connection.unwrap(org.duckdb.DuckDBConnection.class)), false);
    }

    /** Opens, creating if needed, the database file, with DuckDB's default memory limit. */
    public static DuckDbEventStore open(Path file) throws StoreException {
        return open(file, 0);
    }

    /**
     * Opens, creating if needed, the database file.
     *
     * @param memoryLimitMib the most memory DuckDB's buffer pool may hold, or 0 for DuckDB's default (most of the
     *                       machine's memory). A bound keeps a long ingestion in constant memory: DuckDB spills to
     *                       disk beyond it, and the store keeps no index that grows with the data. A bounded store
     *                       runs DuckDB on one thread
     */
    public static DuckDbEventStore open(Path file, int memoryLimitMib) throws StoreException {
        if (memoryLimitMib < 0) {
            throw new IllegalArgumentException("memoryLimitMib must be >= 0, got " + memoryLimitMib);
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            java.sql.Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
            try (java.sql.Statement s = connection.createStatement()) {
                // DuckDB checkpoints (rewrites the changed row groups into the file) whenever its write-ahead log
                // passes this size. At the default 16 MB, a bulk ingestion spent half its storing time in
                // checkpoints that rewrote the same growing tables again and again.
                s.execute("SET checkpoint_threshold = '" + CHECKPOINT_THRESHOLD + "'");
            }
            if (memoryLimitMib > 0) {
                try (java.sql.Statement s = connection.createStatement()) {
                    s.execute("SET memory_limit = '" + memoryLimitMib + "MiB'");
                    // Each DuckDB thread keeps buffers of its own outside the limit; the callers that bound memory
                    // (the benchmark) use their cores for coding anyway.
                    s.execute("SET threads = 1");
                }
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
