package org.parley.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

/**
 * How a batch of rows gets into a table. The portable way is a multi-row {@code INSERT ... VALUES}: DuckDB runs a
 * JDBC batch of one-row statements one statement at a time, and both databases take a multi-row VALUES in one go.
 * DuckDB has a faster way still, its appender ({@link DuckDbTableRows}), which skips SQL altogether.
 *
 * <p>A row is an array of column values in the table's column order: {@link String}, {@link Integer},
 * {@link Long}, {@link Double}, {@link Boolean}, {@link LocalDate} or {@code null}.
 */
interface TableRows {
    /**
     * Adds the rows to a table.
     *
     * @param temporary whether the table is a session's temporary (staging) table
     */
    void insert(String table, boolean temporary, List<Object[]> rows) throws SQLException;

    /** The portable strategy, over any JDBC connection. */
    static TableRows portable(Connection connection) {
        return new MultiRowInsert(connection);
    }

    /** Multi-row VALUES statements of a few hundred rows, well inside every driver's limit on parameters. */
    final class MultiRowInsert implements TableRows {
        private static final int ROWS_PER_STATEMENT = 256;
        private final Connection connection;

        MultiRowInsert(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void insert(String table, boolean temporary, List<Object[]> rows) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            int width = rows.get(0).length;
            String one = "(" + "?, ".repeat(width - 1) + "?)";
            for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                int n = Math.min(ROWS_PER_STATEMENT, rows.size() - from);
                String sql = "INSERT INTO " + table + " VALUES " + String.join(", ", Collections.nCopies(n, one));
                try (PreparedStatement ps = connection.prepareStatement(sql)) {
                    int i = 1;
                    for (int r = from; r < from + n; r++) {
                        for (Object value : rows.get(r)) {
                            ps.setObject(i++, value instanceof LocalDate d ? Date.valueOf(d) : value);
                        }
                    }
                    ps.executeUpdate();
                }
            }
        }
    }
}
