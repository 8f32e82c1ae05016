package org.parley.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Rows written through DuckDB's appender, which fills the table's column vectors directly instead of parsing and
 * binding SQL. Staging a batch this way costs a few microseconds a row, against tens for multi-row INSERTs; it was
 * the largest part of storing. The appender takes part in the connection's open transaction, and is closed (so
 * flushed) before the SQL that reads its rows runs.
 */
final class DuckDbTableRows implements TableRows {
    /** Where DuckDB keeps a session's temporary tables. */
    private static final String TEMP_CATALOG = "temp";
    private final DuckDBConnection connection;

    DuckDbTableRows(DuckDBConnection connection) {
        this.connection = connection;
    }

    @Override
    public void insert(String table, boolean temporary, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (DuckDBAppender appender = temporary
                ? connection.createAppender(TEMP_CATALOG, DuckDBConnection.DEFAULT_SCHEMA, table)
                : connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
            for (Object[] row : rows) {
                appender.beginRow();
                for (Object value : row) {
                    append(appender, value);
                }
                appender.endRow();
            }
        }
    }

    private static void append(DuckDBAppender appender, Object value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else if (value instanceof String s) {
            appender.append(s);
        } else if (value instanceof Integer i) {
            appender.append(i.intValue());
        } else if (value instanceof Long l) {
            appender.append(l.longValue());
        } else if (value instanceof Double d) {
            appender.append(d.doubleValue());
        } else if (value instanceof Boolean b) {
            appender.append(b.booleanValue());
        } else if (value instanceof LocalDate d) {
            appender.append(d);
        } else {
            throw new IllegalArgumentException("no column type for " + value.getClass().getName());
        }
    }
}
