package org.parley.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.api.CodedDocument;
import org.parley.api.CodedEvent;

/**
 * The event store over plain JDBC and portable SQL, so that the embedded DuckDB and a PostgreSQL server share one
 * implementation. The schema is in {@link StoreSchema}; writing in {@link DocumentWriter}; relation queries in
 * {@link RelationQueries}.
 */
public class JdbcEventStore implements EventStore {
    private final Connection connection;
    private final DocumentWriter writer;
    private final RelationQueries relations;
    private final SearchQueries searches;

    protected JdbcEventStore(Connection connection) throws StoreException {
        this(connection, TableRows.portable(connection), true);
    }

    /**
     * A store that writes its rows with a database's own bulk path.
     *
     * @param growingIndexes whether the database keeps indexes that grow with the data (see {@link StoreSchema})
     */
    JdbcEventStore(Connection connection, TableRows rows, boolean growingIndexes) throws StoreException {
        this.connection = connection;
        this.writer = new DocumentWriter(connection, rows);
        this.relations = new RelationQueries(connection);
        this.searches = new SearchQueries(connection);
        try {
            StoreSchema.create(connection, growingIndexes);
        } catch (SQLException e) {
            throw new StoreException("cannot create the store schema: " + e.getMessage(), e);
        }
    }

    /** The connection, for dialect-specific subclasses. */
    protected final Connection connection() {
        return connection;
    }

    @Override
    public void replace(List<CodedDocument> documents) throws StoreException {
        try {
            connection.setAutoCommit(false);
            try {
                writer.write(documents);
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

    @Override
    public List<CodedEvent> events(EventQuery query) throws StoreException {
        return mentions(query).stream().map(StoredMention::event).toList();
    }

    @Override
    public List<StoredMention> mentions(EventQuery query) throws StoreException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(mentionSql(query))) {
            List<StoredMention> mentions = new ArrayList<>();
            while (rs.next()) {
                mentions.add(EventRows.read(rs));
            }
            return mentions;
        } catch (SQLException e) {
            throw new StoreException("cannot query events: " + e.getMessage(), e);
        }
    }

    @Override
    public EventSearch.Page search(EventSearch search) throws StoreException {
        return relations.guard("events", () -> searches.search(search));
    }

    @Override
    public StoredDocument document(String id) throws StoreException {
        return relations.guard("document " + id, () -> searches.document(id));
    }

    /**
     * The SQL of a query with its values written in: codes are reduced to capitals and digits, the CAMEO root to
     * two digits and dates to ISO days, so nothing of the query can be SQL. Written-in values let the same text
     * serve as a subquery of an export ({@code COPY (...) TO}), which takes no parameters.
     */
    protected static String mentionSql(EventQuery query) {
        StringBuilder sql = new StringBuilder(EventRows.SELECT_MENTIONS + " WHERE 1 = 1");
        if (query.actor() != null) {
            String a = prefix(query.actor());
            sql.append(" AND (sa.code LIKE '").append(a).append("' OR ta.code LIKE '").append(a).append("')");
        }
        if (query.dyadA() != null) {
            String a = prefix(query.dyadA());
            String b = prefix(query.dyadB());
            sql.append(" AND ((sa.code LIKE '").append(a).append("' AND ta.code LIKE '").append(b)
                    .append("') OR (sa.code LIKE '").append(b).append("' AND ta.code LIKE '").append(a).append("'))");
        }
        if (query.cameoRoot() != null) {
            sql.append(" AND e.cameo_root = '").append(query.cameoRoot()).append('\'');
        }
        if (query.from() != null) {
            sql.append(" AND e.event_date >= DATE '").append(query.from()).append('\'');
        }
        if (query.to() != null) {
            sql.append(" AND e.event_date <= DATE '").append(query.to()).append('\'');
        }
        return sql.append(" ORDER BY e.event_date, m.doc_id, m.sentence, m.ordinal LIMIT ").append(query.limit())
                .toString();
    }

    /** A LIKE prefix with the pattern characters escaped away: codes are letters only. */
    private static String prefix(String code) {
        return code.toUpperCase().replaceAll("[^A-Z0-9]", "") + "%";
    }

    @Override
    public StoreSummary summary(int topDyads) throws StoreException {
        try (Statement s = connection.createStatement()) {
            long documents = count(s, "SELECT count(*) FROM documents");
            long sentences = count(s, "SELECT count(*) FROM sentences");
            long events = count(s, "SELECT count(*) FROM events");
            long mentions = count(s, "SELECT count(*) FROM mentions");
            Map<Integer, Long> byQuad = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT quad_class, count(*) FROM events GROUP BY quad_class")) {
                while (rs.next()) {
                    byQuad.put(rs.getInt(1), rs.getLong(2));
                }
            }
            return new StoreSummary(documents, sentences, events, mentions, byQuad,
                    relations.dyads(null, null, topDyads));
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
    public List<StoredActor> actors() throws StoreException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, code, name FROM actors ORDER BY code")) {
            List<StoredActor> actors = new ArrayList<>();
            while (rs.next()) {
                actors.add(new StoredActor(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
            return actors;
        } catch (SQLException e) {
            throw new StoreException("cannot read actors: " + e.getMessage(), e);
        }
    }

    @Override
    public LocalDate[] dateRange() throws StoreException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT min(event_date), max(event_date) FROM events")) {
            rs.next();
            Date first = rs.getDate(1);
            return first == null ? null : new LocalDate[] {first.toLocalDate(), rs.getDate(2).toLocalDate()};
        } catch (SQLException e) {
            throw new StoreException("cannot read the date range: " + e.getMessage(), e);
        }
    }

    @Override
    public List<PeriodStats> dyadSeries(Dyad dyad, Period period, LocalDate from, LocalDate to)
            throws StoreException {
        return relations.guard("dyad series", () -> relations.dyadSeries(dyad, period, from, to));
    }

    @Override
    public List<GoldsteinCount> goldsteinCounts(LocalDate from, LocalDate split, LocalDate to) throws StoreException {
        return relations.guard("Goldstein histograms", () -> relations.goldsteinCounts(from, split, to));
    }

    @Override
    public List<StoredMention> dyadMentions(Dyad dyad, LocalDate from, LocalDate to, boolean coMentioned,
                                            EventOrder order, int limit) throws StoreException {
        return relations.guard("dyad events", () -> relations.dyadMentions(dyad, from, to, coMentioned, order, limit));
    }

    @Override
    public List<StoreSummary.DyadCount> dyads(LocalDate from, LocalDate to, int limit) throws StoreException {
        return relations.guard("dyads", () -> relations.dyads(from, to, limit));
    }

    @Override
    public List<StoredSentence> sharedSentences(Dyad dyad, int maxDocuments) throws StoreException {
        return relations.guard("sentences", () -> relations.sharedSentences(dyad, maxDocuments));
    }

    @Override
    public void close() throws StoreException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store: " + e.getMessage(), e);
        }
    }
}
