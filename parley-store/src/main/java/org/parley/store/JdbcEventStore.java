package org.parley.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.api.ActorMention;
import org.parley.api.CodedDocument;
import org.parley.api.CodedEvent;
import org.parley.api.Document;
import org.parley.api.EventDate;
import org.parley.api.EventType;
import org.parley.api.Location;
import org.parley.api.Sentence;

/**
 * The event store over plain JDBC and portable SQL, so that the embedded DuckDB and a PostgreSQL server share one
 * implementation. Documents, sentences and events are separate tables keyed by document id.
 */
public class JdbcEventStore implements EventStore {
    /** How an actor is grouped in dyads: states by country, named groups and organisations by their full code. */
    static final String ACTOR_KEY = "CASE WHEN length(%1$s) >= 9 OR substr(%1$s, 1, 3) IN ('IGO', 'NGO', 'IMG') "
            + "THEN %1$s ELSE substr(%1$s, 1, 3) END";

    private static final String EVENT_COLUMNS = "doc_id, sentence, ordinal, event_date, date_precision, historical, "
            + "date_text, source_code, source_name, source_text, source_first, source_last, source_start, source_end, "
            + "target_code, target_name, target_text, target_first, target_last, target_start, target_end, cameo, "
            + "cameo_root, cameo_name, plover_event, plover_mode, plover_context, goldstein, quad_class, "
            + "location_name, location_country, location_admin1, lat, lon, location_precision, verb_text, "
            + "verb_start, verb_end, pattern, text";

    /** Ids per IN list: well inside every driver's limit on parameters. */
    private static final int IN_LIST = 500;

    private final Connection connection;

    protected JdbcEventStore(Connection connection) throws StoreException {
        this.connection = connection;
        try {
            createSchema();
        } catch (SQLException e) {
            throw new StoreException("cannot create the store schema: " + e.getMessage(), e);
        }
    }

    private void createSchema() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS documents (id VARCHAR NOT NULL, date DATE NOT NULL, title VARCHAR, "
                    + "url VARCHAR, source VARCHAR, text VARCHAR NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS sentences (doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, "
                    + "start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text VARCHAR NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS events (doc_id VARCHAR NOT NULL, sentence INTEGER NOT NULL, "
                    + "ordinal INTEGER NOT NULL, event_date DATE NOT NULL, date_precision VARCHAR NOT NULL, "
                    + "historical BOOLEAN NOT NULL, date_text VARCHAR, source_code VARCHAR NOT NULL, "
                    + "source_name VARCHAR NOT NULL, source_text VARCHAR NOT NULL, source_first INTEGER NOT NULL, "
                    + "source_last INTEGER NOT NULL, source_start INTEGER NOT NULL, source_end INTEGER NOT NULL, "
                    + "target_code VARCHAR, target_name VARCHAR, target_text VARCHAR, target_first INTEGER, "
                    + "target_last INTEGER, target_start INTEGER, target_end INTEGER, cameo VARCHAR NOT NULL, "
                    + "cameo_root VARCHAR NOT NULL, cameo_name VARCHAR NOT NULL, plover_event VARCHAR NOT NULL, "
                    + "plover_mode VARCHAR, plover_context VARCHAR, goldstein DOUBLE PRECISION NOT NULL, "
                    + "quad_class INTEGER NOT NULL, location_name VARCHAR, location_country VARCHAR, "
                    + "location_admin1 VARCHAR, lat DOUBLE PRECISION, lon DOUBLE PRECISION, location_precision VARCHAR, "
                    + "verb_text VARCHAR NOT NULL, verb_start INTEGER NOT NULL, verb_end INTEGER NOT NULL, "
                    + "pattern VARCHAR NOT NULL, text VARCHAR NOT NULL)");
        }
    }

    @Override
    public void replace(List<CodedDocument> documents) throws StoreException {
        // A document given twice in one batch is stored once, as given last: a document is never stored twice.
        Map<String, CodedDocument> byId = new LinkedHashMap<>();
        for (CodedDocument document : documents) {
            byId.remove(document.document().id());
            byId.put(document.document().id(), document);
        }
        List<CodedDocument> unique = List.copyOf(byId.values());
        try {
            connection.setAutoCommit(false);
            try {
                deleteStored(List.copyOf(byId.keySet()));
                insert(unique);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store documents: " + e.getMessage(), e);
        }
    }

    /** The connection, for subclasses that write through a faster native path inside {@link #replace}'s transaction. */
    protected final Connection connection() {
        return connection;
    }

    /**
     * Deletes whatever is stored for these document ids. Why ask first: the tables have no index on the id, so a
     * delete scans its table; asking the small documents table once per batch keeps ingestion linear in the corpus
     * size, since a new document (the usual case) needs no delete at all.
     */
    private void deleteStored(List<String> ids) throws SQLException {
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
            List<String> stored = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT id FROM documents WHERE id IN (" + marks(chunk.size()) + ")")) {
                bindAll(ps, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stored.add(rs.getString(1));
                    }
                }
            }
            if (stored.isEmpty()) {
                continue;
            }
            for (String sql : List.of("DELETE FROM events WHERE doc_id IN (%s)", "DELETE FROM sentences WHERE doc_id IN (%s)",
                    "DELETE FROM documents WHERE id IN (%s)")) {
                try (PreparedStatement ps = connection.prepareStatement(String.format(sql, marks(stored.size())))) {
                    bindAll(ps, stored);
                    ps.executeUpdate();
                }
            }
        }
    }

    private static String marks(int n) {
        return "?" + ", ?".repeat(n - 1);
    }

    private static void bindAll(PreparedStatement ps, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setString(i + 1, values.get(i));
        }
    }

    /** Inserts the documents, their sentences and events; called inside a transaction, after the deletes. */
    protected void insert(List<CodedDocument> documents) throws SQLException {
        insertDocuments(documents);
        insertSentences(documents);
        insertEvents(documents);
    }

    private void insertDocuments(List<CodedDocument> documents) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO documents (id, date, title, url, source, text) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (CodedDocument coded : documents) {
                Document d = coded.document();
                ps.setString(1, d.id());
                ps.setDate(2, Date.valueOf(d.date()));
                ps.setString(3, d.title());
                ps.setString(4, d.url());
                ps.setString(5, d.source());
                ps.setString(6, d.text());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertSentences(List<CodedDocument> documents) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO sentences (doc_id, idx, start_char, end_char, text) VALUES (?, ?, ?, ?, ?)")) {
            for (CodedDocument coded : documents) {
                for (Sentence s : coded.sentences()) {
                    ps.setString(1, coded.document().id());
                    ps.setInt(2, s.index());
                    ps.setInt(3, s.start());
                    ps.setInt(4, s.end());
                    ps.setString(5, s.text());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private void insertEvents(List<CodedDocument> documents) throws SQLException {
        String marks = "?" + ", ?".repeat(EVENT_COLUMNS.split(",").length - 1);
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO events (" + EVENT_COLUMNS + ") VALUES (" + marks + ")")) {
            for (CodedDocument coded : documents) {
                int ordinal = 0;
                for (CodedEvent e : coded.events()) {
                    EventRow.bind(ps, e, ordinal++);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    @Override
    public List<CodedEvent> events(EventQuery query) throws StoreException {
        StringBuilder sql = new StringBuilder("SELECT " + EVENT_COLUMNS + " FROM events WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (query.actor() != null) {
            sql.append(" AND (source_code LIKE ? OR target_code LIKE ?)");
            params.add(prefix(query.actor()));
            params.add(prefix(query.actor()));
        }
        if (query.dyadA() != null) {
            sql.append(" AND ((source_code LIKE ? AND target_code LIKE ?) OR (source_code LIKE ? AND target_code LIKE ?))");
            params.add(prefix(query.dyadA()));
            params.add(prefix(query.dyadB()));
            params.add(prefix(query.dyadB()));
            params.add(prefix(query.dyadA()));
        }
        if (query.cameoRoot() != null) {
            sql.append(" AND cameo_root = ?");
            params.add(query.cameoRoot());
        }
        if (query.from() != null) {
            sql.append(" AND event_date >= ?");
            params.add(Date.valueOf(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND event_date <= ?");
            params.add(Date.valueOf(query.to()));
        }
        sql.append(" ORDER BY event_date, doc_id, sentence, ordinal LIMIT ").append(query.limit());
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<CodedEvent> events = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(EventRow.read(rs));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new StoreException("cannot query events: " + e.getMessage(), e);
        }
    }

    /** A LIKE prefix with the pattern characters escaped away: codes are letters only. */
    private static String prefix(String code) {
        return code.toUpperCase().replaceAll("[^A-Z]", "") + "%";
    }

    @Override
    public StoreSummary summary(int topDyads) throws StoreException {
        try (Statement s = connection.createStatement()) {
            long documents = count(s, "SELECT count(*) FROM documents");
            long sentences = count(s, "SELECT count(*) FROM sentences");
            long events = count(s, "SELECT count(*) FROM events");
            Map<Integer, Long> byQuad = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT quad_class, count(*) FROM events GROUP BY quad_class")) {
                while (rs.next()) {
                    byQuad.put(rs.getInt(1), rs.getLong(2));
                }
            }
            String a = String.format(ACTOR_KEY, "source_code");
            String b = String.format(ACTOR_KEY, "target_code");
            String dyads = "SELECT least(" + a + ", " + b + ") AS x, greatest(" + a + ", " + b + ") AS y, count(*) AS n, "
                    + "sum(CASE WHEN quad_class <= 2 THEN 1 ELSE 0 END), sum(CASE WHEN quad_class >= 3 THEN 1 ELSE 0 END), "
                    + "sum(goldstein) FROM events WHERE target_code IS NOT NULL AND " + a + " <> " + b
                    + " GROUP BY x, y ORDER BY n DESC, x, y LIMIT " + topDyads;
            List<StoreSummary.DyadCount> top = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(dyads)) {
                while (rs.next()) {
                    top.add(new StoreSummary.DyadCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5), rs.getDouble(6)));
                }
            }
            return new StoreSummary(documents, sentences, events, byQuad, top);
        } catch (SQLException e) {
            throw new StoreException("cannot summarise the store: " + e.getMessage(), e);
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws StoreException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store: " + e.getMessage(), e);
        }
    }

    /** Binds and reads the events table's columns, in {@link #EVENT_COLUMNS} order. */
    static final class EventRow {
        private EventRow() {
        }

        static void bind(PreparedStatement ps, CodedEvent e, int ordinal) throws SQLException {
            int i = 1;
            ps.setString(i++, e.docId());
            ps.setInt(i++, e.sentence());
            ps.setInt(i++, ordinal);
            ps.setDate(i++, Date.valueOf(e.date().date()));
            ps.setString(i++, e.date().precision().name());
            ps.setBoolean(i++, e.date().historical());
            ps.setString(i++, e.date().expression());
            i = bindActor(ps, i, e.source());
            i = bindActor(ps, i, e.target());
            EventType t = e.type();
            ps.setString(i++, t.cameo());
            ps.setString(i++, t.root());
            ps.setString(i++, t.name());
            ps.setString(i++, t.plover().event());
            ps.setString(i++, t.plover().mode());
            ps.setString(i++, t.plover().context());
            ps.setDouble(i++, t.goldstein());
            ps.setInt(i++, t.quadClass());
            Location l = e.location();
            ps.setString(i++, l == null ? null : l.name());
            ps.setString(i++, l == null ? null : l.country());
            ps.setString(i++, l == null ? null : l.admin1());
            if (l == null) {
                ps.setNull(i++, Types.DOUBLE);
                ps.setNull(i++, Types.DOUBLE);
            } else {
                ps.setDouble(i++, l.lat());
                ps.setDouble(i++, l.lon());
            }
            ps.setString(i++, l == null ? null : l.precision().name());
            ps.setString(i++, e.verbText());
            ps.setInt(i++, e.verbStart());
            ps.setInt(i++, e.verbEnd());
            ps.setString(i++, e.pattern());
            ps.setString(i, e.text());
        }

        private static int bindActor(PreparedStatement ps, int i, ActorMention a) throws SQLException {
            ps.setString(i++, a == null ? null : a.code());
            ps.setString(i++, a == null ? null : a.name());
            ps.setString(i++, a == null ? null : a.text());
            for (Integer value : a == null ? new Integer[] {null, null, null, null}
                    : new Integer[] {a.firstToken(), a.endToken(), a.start(), a.end()}) {
                if (value == null) {
                    ps.setNull(i++, Types.INTEGER);
                } else {
                    ps.setInt(i++, value);
                }
            }
            return i;
        }

        static CodedEvent read(ResultSet rs) throws SQLException {
            EventDate date = new EventDate(rs.getDate("event_date").toLocalDate(),
                    EventDate.Precision.valueOf(rs.getString("date_precision")), rs.getBoolean("historical"),
                    rs.getString("date_text"));
            EventType type = new EventType(rs.getString("cameo"), rs.getString("cameo_name"), rs.getDouble("goldstein"),
                    rs.getInt("quad_class"), new EventType.Plover(rs.getString("plover_event"),
                    rs.getString("plover_mode"), rs.getString("plover_context")));
            Location location = null;
            if (rs.getString("location_name") != null) {
                location = new Location(rs.getString("location_name"), rs.getString("location_country"),
                        rs.getString("location_admin1"), rs.getDouble("lat"), rs.getDouble("lon"),
                        Location.Precision.valueOf(rs.getString("location_precision")));
            }
            return new CodedEvent(rs.getString("doc_id"), rs.getInt("sentence"), actor(rs, "source"),
                    actor(rs, "target"), type, date, location, rs.getString("verb_text"), rs.getInt("verb_start"),
                    rs.getInt("verb_end"), rs.getString("pattern"), rs.getString("text"));
        }

        private static ActorMention actor(ResultSet rs, String role) throws SQLException {
            String code = rs.getString(role + "_code");
            if (code == null) {
                return null;
            }
            return new ActorMention(code, rs.getString(role + "_name"), rs.getString(role + "_text"),
                    rs.getInt(role + "_first"), rs.getInt(role + "_last"), rs.getInt(role + "_start"),
                    rs.getInt(role + "_end"));
        }
    }
}
