package org.parley.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills an empty DuckDB store with synthetic events for benchmarks, in DuckDB's own SQL ({@code range},
 * {@code random}) so that ten million events take seconds rather than the hours a coded corpus would. Actors are
 * 60 states with six roles each; activity is skewed toward a few states as in real event data; one pair of states in eleven
 * turns cooperative in the last half year, so that shift detection has something to find. Each event has one
 * report, twenty reports to a document.
 */
public final class SyntheticEvents {
    private static final String[] COUNTRIES = ("USA RUS CHN ISR PSE IRN TUR SYR UKR GBR FRA DEU IND PAK AFG IRQ SAU "
            + "EGY JOR LBN QAT ARE YEM SDN ETH NGA ZAF BRA VEN COL MEX CAN JPN KOR PRK TWN PHL IDN MMR THA VNM AUS "
            + "ITA ESP POL HUN SRB AZE ARM GEO BLR KAZ LBY TUN DZA MAR MLI SOM KEN COD").split(" ");
    private static final String[] ROLES = {"", "GOV", "MIL", "REB", "OPP", "BUS"};
    /** CAMEO codes with their names, Goldstein weights and quad classes; the cooperative ones first. */
    private static final String CAMEO = "(0, '040', 'Consult', 1.0, 1, 'CONSULT'), (1, '042', 'Make a visit', 1.9, 1, "
            + "'CONSULT'), (2, '043', 'Host a visit', 2.8, 1, 'CONSULT'), (3, '036', 'Express intent to meet', 4.0, 1, "
            + "'AGREE'), (4, '051', 'Praise or endorse', 3.4, 1, 'SUPPORT'), (5, '057', 'Sign formal agreement', 8.0, 1, "
            + "'AGREE'), (6, '070', 'Provide aid', 7.0, 2, 'AID'), (7, '061', 'Cooperate economically', 6.4, 2, "
            + "'COOPERATE'), (8, '010', 'Make statement', 0.0, 1, 'CONSULT'), (9, '112', 'Accuse', -2.0, 3, 'ACCUSE'), "
            + "(10, '130', 'Threaten', -4.4, 3, 'THREATEN'), (11, '163', 'Impose embargo', -8.0, 4, 'SANCTION'), "
            + "(12, '173', 'Arrest', -5.0, 4, 'COERCE'), (13, '190', 'Use conventional military force', -10.0, 4, "
            + "'ASSAULT'), (14, '195', 'Employ aerial weapons', -10.0, 4, 'ASSAULT'), (15, '120', 'Reject', -4.0, 3, "
            + "'REJECT')";
    private static final int COOPERATIVE = 8;
    private static final int CODES = 16;

    private SyntheticEvents() {
    }

    /** Adds {@code events} synthetic events (with actors, documents, sentences and reports) to an empty store. */
    public static void generate(DuckDbEventStore store, long events) throws StoreException {
        List<String> actorRows = new ArrayList<>();
        int id = 1;
        for (String country : COUNTRIES) {
            for (String role : ROLES) {
                actorRows.add("(" + id++ + ", '" + country + role + "', '" + country + role + "', '" + country + "')");
            }
        }
        int actors = id - 1;
        long docs = events / 20 + 1;
        try (Statement s = store.connection().createStatement()) {
            s.execute("SELECT setseed(0.42)");
            s.execute("INSERT INTO actors VALUES " + String.join(", ", actorRows));
            s.execute("DROP SEQUENCE actor_ids");
            s.execute("CREATE SEQUENCE actor_ids START " + (actors + 1));
            s.execute("CREATE TEMPORARY TABLE bench_cameo (k INTEGER, cameo VARCHAR, name VARCHAR, "
                    + "goldstein DOUBLE, quad INTEGER, plover VARCHAR)");
            s.execute("INSERT INTO bench_cameo VALUES " + CAMEO);
            // Squaring a uniform number skews choices toward low ids: a few states make most of the news.
            s.execute("INSERT INTO events SELECT g.i + 1, g.sa, g.ta, c.cameo, g.d, substr(c.cameo, 1, 2), c.name, "
                    + "c.plover, '', '', c.goldstein, c.quad, 1, 1, 1 FROM (SELECT i, sa, ta, d, CASE WHEN "
                    + "((sa - 1) // 6 + (ta - 1) // 6) % 11 = 0 AND d >= DATE '2024-07-01' THEN floor(random() * " + COOPERATIVE
                    + ")::INTEGER ELSE floor(random() * " + CODES + ")::INTEGER END AS k FROM (SELECT i, "
                    + "1 + floor(pow(random(), 2) * " + actors + ")::BIGINT AS sa, 1 + floor(pow(random(), 2) * "
                    + actors + ")::BIGINT AS ta, DATE '2015-01-01' + floor(random() * 3652)::INTEGER AS d "
                    + "FROM range(" + events + ") r(i)) x) g JOIN bench_cameo c ON c.k = g.k");
            s.execute("DROP SEQUENCE event_ids");
            s.execute("CREATE SEQUENCE event_ids START " + (events + 1));
            s.execute("INSERT INTO documents SELECT 'bench-' || i, DATE '2015-01-01' + (i % 3652)::INTEGER, NULL, "
                    + "NULL, 'wire-' || (i % 50), 'Synthetic report.' FROM range(" + docs + ") r(i)");
            s.execute("INSERT INTO sentences SELECT 'bench-' || (i // 20), (i % 20)::INTEGER, 0, 20, "
                    + "'Synthetic sentence ' || i || '.' FROM range(" + events + ") r(i)");
            s.execute("INSERT INTO mentions SELECT id, 'bench-' || ((id - 1) // 20), ((id - 1) % 20)::INTEGER, 0, "
                    + "'DAY', false, NULL, 'source', 'source', 0, 1, 0, 6, 'target', 'target', 2, 3, 7, 13, NULL, NULL, "
                    + "NULL, NULL, NULL, NULL, 'acted', 14, 19, 'bench +', event_date, "
                    + "'wire-' || (((id - 1) // 20) % 50) FROM events");
            s.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new StoreException("cannot generate synthetic events: " + e.getMessage(), e);
        }
    }
}
