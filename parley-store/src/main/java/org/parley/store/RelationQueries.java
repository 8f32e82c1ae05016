package org.parley.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.api.ActorMention;

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
                + "sum(e.goldstein), sum(e.num_mentions) FROM events e WHERE " + dyad.sqlCondition()
                + dates(from, to) + " GROUP BY p ORDER BY p";
        List<PeriodStats> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(sql, from, to); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new PeriodStats(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getDouble(6), rs.getLong(7)));
            }
        }
        return out;
    }

    List<GoldsteinCount> goldsteinCounts(LocalDate from, LocalDate split, LocalDate to) throws SQLException {
        String sql = "SELECT " + PAIR + ", CASE WHEN e.event_date >= ? THEN 1 ELSE 0 END AS later, e.goldstein, "
                + "CASE WHEN e.quad_class <= 2 THEN 1 ELSE 0 END AS coop, count(*)" + DYAD_KEYS
                + " WHERE sa.dyad_key <> ta.dyad_key" + dates(from, to) + " GROUP BY x, y, later, e.goldstein, coop";
        List<GoldsteinCount> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setDate(1, Date.valueOf(split));
            bindDates(ps, 2, from, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new GoldsteinCount(rs.getString(1), rs.getString(2), rs.getInt(3) == 1, rs.getDouble(4),
                            rs.getInt(5) == 1, rs.getLong(6)));
                }
            }
        }
        return out;
    }

    List<StoredMention> dyadMentions(Dyad dyad, LocalDate from, LocalDate to, boolean coMentioned, int limit)
            throws SQLException {
        String where = dyad.sqlCondition();
        if (coMentioned) {
            where = "(" + where + " OR " + namedIn(dyad.a(), dyad.b()) + " OR " + namedIn(dyad.b(), dyad.a()) + ")";
        }
        String sql = EventRows.SELECT_MENTIONS + " WHERE " + where + dates(from, to)
                + " ORDER BY e.num_mentions DESC, e.event_date, m.doc_id, m.sentence, m.ordinal LIMIT " + limit;
        List<StoredMention> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(sql, from, to); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(EventRows.read(rs));
            }
        }
        return out;
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
        try (PreparedStatement ps = prepare(sql, from, to); ResultSet rs = ps.executeQuery()) {
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
        String in = " IN (?" + ", ?".repeat(docs.size() - 1) + ")";
        Map<String, List<ActorMention>> actors = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT am.doc_id, am.sentence, a.code, am.name, "
                + "am.text, am.first_token, am.end_token, am.start_char, am.end_char FROM actor_mentions am "
                + "JOIN actors a ON a.id = am.actor_id WHERE am.doc_id" + in + " ORDER BY am.doc_id, am.sentence, "
                + "am.ordinal")) {
            bindAll(ps, docs);
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
            bindAll(ps, docs);
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

    private static void bindAll(PreparedStatement ps, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setString(i + 1, values.get(i));
        }
    }

    private static String dates(LocalDate from, LocalDate to) {
        return (from == null ? "" : " AND e.event_date >= ?") + (to == null ? "" : " AND e.event_date <= ?");
    }

    private PreparedStatement prepare(String sql, LocalDate from, LocalDate to) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        bindDates(ps, 1, from, to);
        return ps;
    }

    private static void bindDates(PreparedStatement ps, int first, LocalDate from, LocalDate to) throws SQLException {
        int i = first;
        if (from != null) {
            ps.setDate(i++, Date.valueOf(from));
        }
        if (to != null) {
            ps.setDate(i, Date.valueOf(to));
        }
    }
}
