package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.api.ActorMention;
import org.parley.api.CodedEvent;

/**
 * The aggregate queries behind dyad trends, shifts, networks and briefs. Each filters on integer actor keys and
 * event dates, which the events indexes cover, and aggregates in the database so that only small results cross
 * JDBC.
 */
final class RelationQueries {
    private static final String DYAD_KEYS = " FROM events e JOIN actors sa ON sa.id = e.source_actor "
            + "JOIN actors ta ON ta.id = e.target_actor";
    private static final String PAIR = "least(sa.dyad_key, ta.dyad_key) AS x, greatest(sa.dyad_key, ta.dyad_key) AS y";

    private final Connection connection;

    RelationQueries(Connection connection) {
        this.connection = connection;
    }

    /** A query body that may fail with an {@link SQLException}. */
    interface Body<T> {
        T run() throws SQLException;
    }

    <T> T guard(String what, Body<T> body) throws StoreException {
        try {
            return body.run();
        } catch (SQLException e) {
            throw new StoreException("cannot query " + what + ": " + e.getMessage(), e);
        }
    }

    List<PeriodStats> dyadSeries(Dyad dyad, Period period, LocalDate from, LocalDate to) throws SQLException {
        String sql = "SELECT CAST(date_trunc('" + period.sqlUnit() + "', e.event_date) AS DATE) AS p, "
                + "sum(CASE WHEN e.quad_class = 1 THEN 1 ELSE 0 END), sum(CASE WHEN e.quad_class = 2 THEN 1 ELSE 0 END), "
                + "sum(CASE WHEN e.quad_class = 3 THEN 1 ELSE 0 END), sum(CASE WHEN e.quad_class = 4 THEN 1 ELSE 0 END), "
                + "sum(e.goldstein), sum(e.num_mentions) FROM " + dyad.sqlEvents() + " e WHERE 1 = 1"
                + dates(from, to) + " GROUP BY p ORDER BY p";
        List<PeriodStats> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new PeriodStats(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getDouble(6), rs.getLong(7)));
            }
        }
        return out;
    }

    List<GoldsteinCount> goldsteinCounts(LocalDate from, LocalDate split, LocalDate to) throws SQLException {
        String sql = "SELECT " + PAIR + ", CASE WHEN e.event_date >= DATE '" + split + "' THEN 1 ELSE 0 END AS later, "
                + "e.goldstein, "
                + "CASE WHEN e.quad_class <= 2 THEN 1 ELSE 0 END AS coop, count(*)" + DYAD_KEYS
                + " WHERE sa.dyad_key <> ta.dyad_key" + dates(from, to) + " GROUP BY x, y, later, e.goldstein, coop";
        List<GoldsteinCount> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new GoldsteinCount(rs.getString(1), rs.getString(2), rs.getInt(3) == 1, rs.getDouble(4),
                            rs.getInt(5) == 1, rs.getLong(6)));
                }
            }
        }
        return out;
    }

    /**
     * The most reported events of a dyad first, then their reports: picking the events before joining reports,
     * sentences and documents keeps the joins to a few hundred rows, and sentences and documents are fetched by
     * document id, which their indexes answer, rather than joined by a scan of every sentence.
     */
    List<StoredMention> dyadMentions(Dyad dyad, LocalDate from, LocalDate to, boolean coMentioned, EventOrder order,
                                     int limit) throws SQLException {
        String top = "(SELECT * FROM " + dyad.sqlEvents() + " e WHERE 1 = 1" + dates(from, to)
                + " ORDER BY " + order.sql() + " LIMIT " + limit + ") e";
        List<StoredMention> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + EventRows.MENTION_COLUMNS + " FROM " + top
                + " JOIN mentions m ON m.event_id = e.id" + EventRows.ACTOR_JOINS + " ORDER BY " + order.sql()
                + ", m.doc_id, m.sentence, m.ordinal")) {
            collect(ps, rows);
        }
        if (coMentioned) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + EventRows.MENTION_COLUMNS
                    + " FROM mentions m JOIN events e ON e.id = m.event_id" + EventRows.ACTOR_JOINS + " WHERE ("
                    + namedIn(dyad.a(), dyad.b()) + " OR " + namedIn(dyad.b(), dyad.a()) + ")" + dates(from, to)
                    + " ORDER BY " + order.sql() + ", m.doc_id, m.sentence, m.ordinal LIMIT " + limit)) {
                collect(ps, rows);
            }
        }
        return attachEvidence(rows);
    }

    /** Reads reports whose sentence and document are still to be looked up (placeholders until then). */
    private static void collect(PreparedStatement ps, List<StoredMention> rows) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(EventRows.read(rs, "", LocalDate.MIN, null));
            }
        }
    }

    /** The reports with their evidence sentences and documents' dates and addresses, each report once. */
    private List<StoredMention> attachEvidence(List<StoredMention> rows) throws SQLException {
        List<String> docs = rows.stream().map(m -> m.event().docId()).distinct().toList();
        if (docs.isEmpty()) {
            return List.of();
        }
        String in = inList(docs);
        Map<String, String> texts = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT doc_id, idx, text FROM sentences WHERE doc_id"
                + in)) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    texts.put(rs.getString(1) + "#" + rs.getInt(2), rs.getString(3));
                }
            }
        }
        Map<String, LocalDate> dates = new HashMap<>();
        Map<String, String> urls = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, date, url FROM documents WHERE id" + in)) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    dates.put(rs.getString(1), rs.getDate(2).toLocalDate());
                    urls.put(rs.getString(1), rs.getString(3));
                }
            }
        }
        Map<String, StoredMention> once = new LinkedHashMap<>();
        for (StoredMention m : rows) {
            CodedEvent e = m.event();
            String key = m.eventId() + "#" + e.docId() + "#" + e.sentence() + "#" + e.verbStart();
            CodedEvent withText = new CodedEvent(e.docId(), e.sentence(), e.source(), e.target(), e.type(), e.date(),
                    e.location(), e.verbText(), e.verbStart(), e.verbEnd(), e.pattern(),
                    texts.getOrDefault(e.docId() + "#" + e.sentence(), ""));
            once.putIfAbsent(key, new StoredMention(m.eventId(), withText, m.mentions(), m.documents(), m.sources(),
                    dates.get(e.docId()), urls.get(e.docId())));
        }
        return new ArrayList<>(once.values());
    }

    /** SQL: an event of {@code actor} without a coded target whose evidence sentence names {@code other}. */
    private static String namedIn(ActorSelection actor, ActorSelection other) {
        return "(e.source_actor IN (" + actor.idList() + ") AND e.target_actor IS NULL AND EXISTS (SELECT 1 FROM actor_mentions am "
                + "WHERE am.doc_id = m.doc_id AND am.sentence = m.sentence AND am.actor_id IN (" + other.idList() + ")))";
    }

    List<StoreSummary.DyadCount> dyads(LocalDate from, LocalDate to, int limit) throws SQLException {
        String sql = "SELECT " + PAIR + ", count(*) AS n, sum(CASE WHEN e.quad_class <= 2 THEN 1 ELSE 0 END), "
                + "sum(CASE WHEN e.quad_class >= 3 THEN 1 ELSE 0 END), sum(e.goldstein)" + DYAD_KEYS
                + " WHERE sa.dyad_key <> ta.dyad_key" + dates(from, to)
                + " GROUP BY x, y ORDER BY n DESC, x, y LIMIT " + limit;
        List<StoreSummary.DyadCount> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoreSummary.DyadCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getDouble(6)));
            }
        }
        return out;
    }

    List<StoredSentence> sharedSentences(Dyad dyad, int maxDocuments) throws SQLException {
        List<String> docs = new ArrayList<>();
        String docSql = "SELECT d.id FROM documents d WHERE d.id IN (SELECT doc_id FROM actor_mentions WHERE actor_id IN ("
                + dyad.a().idList() + ")) AND d.id IN (SELECT doc_id FROM actor_mentions WHERE actor_id IN ("
                + dyad.b().idList() + ")) ORDER BY d.date DESC, d.id LIMIT " + maxDocuments;
        try (PreparedStatement ps = connection.prepareStatement(docSql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                docs.add(rs.getString(1));
            }
        }
        if (docs.isEmpty()) {
            return List.of();
        }
        String in = inList(docs);
        Map<String, List<ActorMention>> actors = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT am.doc_id, am.sentence, a.code, am.name, "
                + "am.text, am.first_token, am.end_token, am.start_char, am.end_char FROM actor_mentions am "
                + "JOIN actors a ON a.id = am.actor_id WHERE am.doc_id" + in + " ORDER BY am.doc_id, am.sentence, "
                + "am.ordinal")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    actors.computeIfAbsent(rs.getString(1) + "#" + rs.getInt(2), k -> new ArrayList<>())
                            .add(new ActorMention(rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                                    rs.getInt(7), rs.getInt(8), rs.getInt(9)));
                }
            }
        }
        List<StoredSentence> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT s.doc_id, d.date, d.title, d.url, s.idx, "
                + "s.start_char, s.text FROM sentences s JOIN documents d ON d.id = s.doc_id WHERE s.doc_id" + in
                + " ORDER BY d.date, s.doc_id, s.idx")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1) + "#" + rs.getInt(5);
                    out.add(new StoredSentence(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3),
                            rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getString(7),
                            actors.getOrDefault(key, List.of())));
                }
            }
        }
        return out;
    }

    /**
     * Date bounds written into the SQL. Values in the text, not parameters: DuckDB plans a prepared statement before
     * it sees its parameters, and then cannot prune row groups by their date ranges or probe an index with an IN
     * list, which costs it an order of magnitude on millions of rows. Dates, ids and quoted strings are safe to
     * write in (see {@link #quote}).
     */
    private static String dates(LocalDate from, LocalDate to) {
        return (from == null ? "" : " AND e.event_date >= DATE '" + from + "'")
                + (to == null ? "" : " AND e.event_date <= DATE '" + to + "'");
    }

    /** A string as an SQL literal: quotes doubled, as standard SQL (and PostgreSQL's default) reads them. */
    static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** An IN list of string literals. */
    private static String inList(List<String> values) {
        StringBuilder sb = new StringBuilder(" IN (");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(quote(values.get(i)));
        }
        return sb.append(')').toString();
    }

    private PreparedStatement prepare(String sql, LocalDate from, LocalDate to) throws SQLException {
        return connection.prepareStatement(sql);
    }

}
