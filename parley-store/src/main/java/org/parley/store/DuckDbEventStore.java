package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.parley.api.ActorMention;
import org.parley.api.CodedDocument;
import org.parley.api.CodedEvent;
import org.parley.api.Document;
import org.parley.api.EventType;
import org.parley.api.Location;
import org.parley.api.Sentence;

/**
 * The embedded default store: a DuckDB database file (default {@code ./parley-data/parley.duckdb}). Rows are written
 * through DuckDB's appender, inside the batch's transaction: DuckDB runs a prepared INSERT one row at a time, which
 * made storing cost as much as coding, while the appender fills columnar chunks directly.
 */
public final class DuckDbEventStore extends JdbcEventStore {
    private DuckDbEventStore(java.sql.Connection connection) throws StoreException {
        super(connection);
    }

    /**
     * DuckDB's own memory (its buffer pool) unless told otherwise. DuckDB's default is most of the machine's RAM,
     * which a long ingestion fills with pages it has written; a bound keeps ingestion in constant memory, and
     * Parley's queries need far less.
     */
    public static final int DEFAULT_MEMORY_LIMIT_MIB = 256;

    /** Opens, creating if needed, the database file, with the default memory limit. */
    public static DuckDbEventStore open(Path file) throws StoreException {
        return open(file, DEFAULT_MEMORY_LIMIT_MIB);
    }

    /**
     * Opens, creating if needed, the database file.
     *
     * @param memoryLimitMib the most memory DuckDB may hold, in MiB; it spills to disk beyond
     */
    public static DuckDbEventStore open(Path file, int memoryLimitMib) throws StoreException {
        if (memoryLimitMib < 16) {
            throw new IllegalArgumentException("memoryLimitMib must be >= 16, got " + memoryLimitMib);
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            java.sql.Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
            try (java.sql.Statement s = connection.createStatement()) {
                s.execute("SET memory_limit = '" + memoryLimitMib + "MiB'");
            }
            return new DuckDbEventStore(connection);
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

    @Override
    protected void insert(List<CodedDocument> documents) throws SQLException {
        DuckDBConnection duck = connection().unwrap(DuckDBConnection.class);
        try (DuckDBAppender rows = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "documents")) {
            for (CodedDocument coded : documents) {
                Document d = coded.document();
                rows.beginRow().append(d.id()).append(d.date()).append(d.title()).append(d.url()).append(d.source())
                        .append(d.text()).endRow();
            }
        }
        try (DuckDBAppender rows = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "sentences")) {
            for (CodedDocument coded : documents) {
                String id = coded.document().id();
                for (Sentence s : coded.sentences()) {
                    rows.beginRow().append(id).append(s.index()).append(s.start()).append(s.end()).append(s.text())
                            .endRow();
                }
            }
        }
        try (DuckDBAppender rows = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events")) {
            for (CodedDocument coded : documents) {
                int ordinal = 0;
                for (CodedEvent e : coded.events()) {
                    appendEvent(rows, e, ordinal++);
                }
            }
        }
    }

    /** One events row, in the table's column order (see {@code EVENT_COLUMNS}). */
    private static void appendEvent(DuckDBAppender rows, CodedEvent e, int ordinal) throws SQLException {
        rows.beginRow().append(e.docId()).append(e.sentence()).append(ordinal).append(e.date().date())
                .append(e.date().precision().name()).append(e.date().historical()).append(e.date().expression());
        appendActor(rows, e.source());
        appendActor(rows, e.target());
        EventType t = e.type();
        rows.append(t.cameo()).append(t.root()).append(t.name()).append(t.plover().event()).append(t.plover().mode())
                .append(t.plover().context()).append(t.goldstein()).append(t.quadClass());
        Location l = e.location();
        if (l == null) {
            rows.appendNull().appendNull().appendNull().appendNull().appendNull().appendNull();
        } else {
            rows.append(l.name()).append(l.country()).append(l.admin1()).append(l.lat()).append(l.lon())
                    .append(l.precision().name());
        }
        rows.append(e.verbText()).append(e.verbStart()).append(e.verbEnd()).append(e.pattern()).append(e.text())
                .endRow();
    }

    private static void appendActor(DuckDBAppender rows, ActorMention a) throws SQLException {
        if (a == null) {
            rows.appendNull().appendNull().appendNull().appendNull().appendNull().appendNull().appendNull();
        } else {
            rows.append(a.code()).append(a.name()).append(a.text()).append(a.firstToken()).append(a.endToken())
                    .append(a.start()).append(a.end());
        }
    }
}
