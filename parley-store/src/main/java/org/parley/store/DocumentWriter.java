package org.parley.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.parley.api.ActorMention;
import org.parley.api.CodedDocument;
import org.parley.api.CodedEvent;
import org.parley.api.Document;
import org.parley.api.Sentence;

/**
 * Writes a batch of coded documents, merging their events into the events already stored.
 *
 * <p>The batch's reports are first staged in temporary tables; set-based SQL then interns new actors, creates the
 * events no document reported before, attaches every report as a mention and recounts the events it touched. Doing
 * it in a few statements per batch rather than a lookup per event is what keeps ingestion linear at millions of
 * events. Re-storing a document first removes its mentions, so its events lose its counts and those left without
 * any report disappear.
 */
final class DocumentWriter {
    private static final String ID_LIST = "SELECT id FROM batch_docs";
    // New actors and events are numbered in a fixed order (code; date, actors, CAMEO code), so that both databases
    // give the same ids to the same data.
    private static final String MATCH_EVENT = "e.source_actor = sa.id AND e.target_actor IS NOT DISTINCT FROM ta.id "
            + "AND e.cameo = s.cameo AND e.event_date = s.event_date";

    private final Connection connection;
    private final TableRows rows;
    private boolean staged;

    DocumentWriter(Connection connection, TableRows rows) {
        this.connection = connection;
        this.rows = rows;
    }

    void write(List<CodedDocument> documents) throws SQLException {
        prepareStaging();
        rows.insert("batch_docs", true, documents.stream()
                .map(d -> new Object[] {d.document().id(), d.document().source()}).toList());
        // New documents, the usual case, have nothing to remove: skip scanning the large tables for them.
        boolean replacing = storedBefore();
        if (replacing) {
            execute("INSERT INTO affected SELECT DISTINCT event_id FROM mentions WHERE doc_id IN (" + ID_LIST + ")",
                    "DELETE FROM mentions WHERE doc_id IN (" + ID_LIST + ")",
                    "DELETE FROM actor_mentions WHERE doc_id IN (" + ID_LIST + ")",
                    "DELETE FROM sentences WHERE doc_id IN (" + ID_LIST + ")",
                    "DELETE FROM documents WHERE id IN (" + ID_LIST + ")");
        }
        insertDocuments(documents);
        insertSentences(documents);
        stageActorMentions(documents);
        stageEvents(documents);
        // Events merge only with events of the same date, so every look-up of stored events and their mentions is
        // restricted to the batch's dates. News arrives roughly in date order, so the date columns' min-max zone
        // maps skip all but the recent part of the tables, and a write costs what its batch holds rather than what
        // the store holds. Dates are written in as ISO literals, which a scan can filter on.
        String dates = "(" + eventDates(documents) + ")";
        // An actor's name is one the text wrote out ("Hamas"), rather than an office holder's ("Ismail Haniyeh").
        String newActors = "SELECT code, coalesce(min(CASE WHEN text = name THEN name END), min(name)) AS name FROM ("
                + "SELECT source_code AS code, source_name AS name, source_text AS text FROM staged_events "
                + "UNION ALL SELECT target_code, target_name, target_text FROM staged_events "
                + "UNION ALL SELECT code, name, text FROM staged_actors) c WHERE code IS NOT NULL "
                + "AND code NOT IN (SELECT code FROM actors) GROUP BY code ORDER BY code";
        String sources = " FROM staged_events s JOIN actors sa ON sa.code = s.source_code "
                + "LEFT JOIN actors ta ON ta.code = s.target_code";
        String sameDay = MATCH_EVENT + " AND e.event_date IN " + dates;
        execute("INSERT INTO actors (id, code, name, dyad_key) SELECT nextval('actor_ids'), code, name, "
                        + String.format(StoreSchema.DYAD_KEY, "code") + " FROM (" + newActors + ") n",
                "INSERT INTO actor_mentions SELECT s.doc_id, s.sentence, s.ordinal, a.id, s.name, s.text, "
                        + "s.first_token, s.end_token, s.start_char, s.end_char FROM staged_actors s "
                        + "JOIN actors a ON a.code = s.code",
                "INSERT INTO events (id, source_actor, target_actor, cameo, event_date, cameo_root, cameo_name, "
                        + "plover_event, plover_mode, plover_context, goldstein, quad_class, num_mentions, "
                        + "num_documents, num_sources) SELECT nextval('event_ids'), k.*, 0, 0, 0 FROM ("
                        + "SELECT DISTINCT sa.id AS sid, ta.id AS tid, s.cameo, s.event_date, s.cameo_root, "
                        + "s.cameo_name, s.plover_event, s.plover_mode, s.plover_context, s.goldstein, s.quad_class"
                        + sources + " WHERE NOT EXISTS (SELECT 1 FROM events e WHERE " + sameDay + ") "
                        + "ORDER BY s.event_date, sa.id, ta.id, s.cameo) k",
                "INSERT INTO batch_mentions SELECT e.id, " + EventRows.STAGED_MENTION_COLUMNS
                        + ", s.event_date, coalesce(b.source, b.id)" + sources + " JOIN events e ON " + sameDay
                        + " JOIN batch_docs b ON b.id = s.doc_id",
                "INSERT INTO mentions SELECT * FROM batch_mentions",
                "INSERT INTO affected SELECT DISTINCT event_id FROM batch_mentions");
        if (replacing) {
            // Events that lost reports may have other dates than the batch's, and those that lost all go.
            execute("DELETE FROM events WHERE id IN (SELECT a.event_id FROM affected a "
                    + "WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = a.event_id))");
            recount("", "");
        } else {
            recount(" AND m.event_date IN " + dates, " AND events.event_date IN " + dates);
        }
        execute("DELETE FROM batch_docs", "DELETE FROM affected", "DELETE FROM staged_events",
                "DELETE FROM staged_actors", "DELETE FROM batch_mentions");
    }

    /** Counts again the reports, documents and sources of the events the batch touched. */
    private void recount(String mentionFilter, String eventFilter) throws SQLException {
        execute("UPDATE events SET num_mentions = c.n, num_documents = c.d, num_sources = c.s FROM ("
                + "SELECT m.event_id, count(*) AS n, count(DISTINCT m.doc_id) AS d, count(DISTINCT m.source) AS s "
                + "FROM mentions m WHERE m.event_id IN (SELECT event_id FROM affected)" + mentionFilter
                + " GROUP BY m.event_id) c WHERE events.id = c.event_id" + eventFilter);
    }

    /** The distinct event dates of the batch as SQL date literals, or a NULL literal when it has no events. */
    private static String eventDates(List<CodedDocument> documents) {
        java.util.SortedSet<java.time.LocalDate> dates = new java.util.TreeSet<>();
        for (CodedDocument coded : documents) {
            for (CodedEvent e : coded.events()) {
                dates.add(e.date().date());
            }
        }
        if (dates.isEmpty()) {
            return "NULL";
        }
        StringBuilder sql = new StringBuilder();
        for (java.time.LocalDate date : dates) {
            sql.append(sql.length() == 0 ? "" : ", ").append("DATE '").append(date).append('\'');
        }
        return sql.toString();
    }

    /** Whether a document of the batch is already in the store. */
    private boolean storedBefore() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM documents WHERE id IN (" + ID_LIST + ") LIMIT 1")) {
            return rs.next();
        }
    }

    private void prepareStaging() throws SQLException {
        if (staged) {
            return;
        }
        execute("CREATE TEMPORARY TABLE IF NOT EXISTS batch_docs (id VARCHAR NOT NULL, source VARCHAR)",
                "CREATE TEMPORARY TABLE IF NOT EXISTS batch_mentions AS SELECT * FROM mentions LIMIT 0",
                "CREATE TEMPORARY TABLE IF NOT EXISTS affected (event_id BIGINT NOT NULL)",
                "CREATE TEMPORARY TABLE IF NOT EXISTS staged_actors (doc_id VARCHAR NOT NULL, sentence INTEGER NOT NULL, "
                        + "ordinal INTEGER NOT NULL, code VARCHAR NOT NULL, name VARCHAR NOT NULL, text VARCHAR NOT NULL, "
                        + "first_token INTEGER NOT NULL, end_token INTEGER NOT NULL, start_char INTEGER NOT NULL, "
                        + "end_char INTEGER NOT NULL)",
                "CREATE TEMPORARY TABLE IF NOT EXISTS staged_events (" + EventRows.STAGED_DDL + ")",
                "DELETE FROM batch_docs", "DELETE FROM affected", "DELETE FROM staged_events",
                "DELETE FROM staged_actors", "DELETE FROM batch_mentions");
        staged = true;
    }

    private void insertDocuments(List<CodedDocument> documents) throws SQLException {
        List<Object[]> values = new ArrayList<>(documents.size());
        for (CodedDocument coded : documents) {
            Document d = coded.document();
            values.add(new Object[] {d.id(), d.date(), d.title(), d.url(), d.source(), d.text()});
        }
        rows.insert("documents", false, values);
    }

    private void insertSentences(List<CodedDocument> documents) throws SQLException {
        List<Object[]> values = new ArrayList<>();
        for (CodedDocument coded : documents) {
            for (Sentence s : coded.sentences()) {
                values.add(new Object[] {coded.document().id(), s.index(), s.start(), s.end(), s.text()});
            }
        }
        rows.insert("sentences", false, values);
    }

    private void stageActorMentions(List<CodedDocument> documents) throws SQLException {
        List<Object[]> values = new ArrayList<>();
        for (CodedDocument coded : documents) {
            for (int s = 0; s < coded.sentences().size(); s++) {
                int ordinal = 0;
                for (ActorMention a : coded.actors().get(s)) {
                    values.add(new Object[] {coded.document().id(), coded.sentences().get(s).index(), ordinal++,
                        a.code(), a.name(), a.text(), a.firstToken(), a.endToken(), a.start(), a.end()});
                }
            }
        }
        rows.insert("staged_actors", true, values);
    }

    private void stageEvents(List<CodedDocument> documents) throws SQLException {
        List<Object[]> values = new ArrayList<>();
        for (CodedDocument coded : documents) {
            int ordinal = 0;
            for (CodedEvent e : coded.events()) {
                values.add(EventRows.staged(e, ordinal++));
            }
        }
        rows.insert("staged_events", true, values);
    }

    private void execute(String... statements) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
