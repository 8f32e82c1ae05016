package org.parley.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The browsing queries: pages of events by filters and a keyset cursor, and documents by id. User text (words to
 * search, document ids, cursor keys) only ever reaches the database as bound parameters.
 */
final class SearchQueries {
    private static final String ORDER = " ORDER BY e.event_date, m.doc_id, m.sentence, m.ordinal";

    private final Connection connection;

    SearchQueries(Connection connection) {
        this.connection = connection;
    }

    EventSearch.Page search(EventSearch search) throws SQLException {
        // The code, root and date filters are those of a plain query, which writes them in safely.
        EventQuery base = new EventQuery(search.actor(), search.dyadA(), search.dyadB(), search.cameoRoot(),
                search.from(), search.to(), search.limit() + 1);
        String sql = JdbcEventStore.mentionSql(base);
        String where = sql.substring(0, sql.indexOf(" ORDER BY "));
        StringBuilder extra = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (search.plover() != null) {
            extra.append(" AND e.plover_event = ?");
            params.add(search.plover().toUpperCase(Locale.ROOT));
        }
        if (search.text() != null) {
            extra.append(" AND lower(st.text) LIKE ? ESCAPE '!'");
            params.add("%" + search.text().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%");
        }
        EventSearch.Cursor c = search.after();
        if (c != null) {
            extra.append(" AND (e.event_date > ? OR (e.event_date = ? AND (m.doc_id > ? OR (m.doc_id = ? AND "
                    + "(m.sentence > ? OR (m.sentence = ? AND m.ordinal > ?))))))");
            Date day = Date.valueOf(c.date());
            params.addAll(List.of(day, day, c.docId(), c.docId(), c.sentence(), c.sentence(), c.ordinal()));
        }
        List<StoredMention> rows = new ArrayList<>();
        List<EventSearch.Cursor> keys = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(where + extra + ORDER + " LIMIT "
                + (search.limit() + 1))) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    StoredMention m = EventRows.read(rs);
                    rows.add(m);
                    keys.add(new EventSearch.Cursor(m.event().date().date(), m.event().docId(), m.event().sentence(),
                            rs.getInt("ordinal")));
                }
            }
        }
        if (rows.size() <= search.limit()) {
            return new EventSearch.Page(rows, null);
        }
        return new EventSearch.Page(rows.subList(0, search.limit()), keys.get(search.limit() - 1));
    }

    StoredDocument document(String id) throws SQLException {
        List<StoredDocument.Span> spans = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT idx, start_char, end_char FROM sentences WHERE doc_id = ? ORDER BY idx")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    spans.add(new StoredDocument.Span(rs.getInt(1), rs.getInt(2), rs.getInt(3)));
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, date, title, url, source, text FROM documents WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new StoredDocument(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), spans);
            }
        }
    }
}
