package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The relation commands answer alike on DuckDB and on PostgreSQL (`--db postgresql://...`), on the seed article.
 * Skipped without a server outside CI; under CI (the variable {@code CI} set) a missing server fails the test.
 */
class PostgresCommandsTest {
    private static final String SERVER = "//localhost:5432/parley_test";

    @TempDir
    Path dir;

    private static String run(String... args) {
        CommandLine cli = ParleyCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute(args)).as(String.join(" ", args) + ": " + err).isZero();
        return out.toString();
    }

    private static Connection connect() throws SQLException {
        String address = System.getenv().getOrDefault("PARLEY_TEST_PG", "postgresql://parley:parley@" + SERVER.substring(2));
        java.net.URI uri = java.net.URI.create(address.replaceFirst("^postgres(ql)?://", "http://"));
        String[] user = uri.getUserInfo().split(":", 2);
        java.util.Properties props = new java.util.Properties();
        props.setProperty("user", user[0]);
        props.setProperty("password", user.length > 1 ? user[1] : "");
        props.setProperty("connectTimeout", "3");
        return DriverManager.getConnection("jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + uri.getPath(),
                props);
    }

    @Test
    void briefDyadShiftsAndNetworkAnswerAlikeOnBothBackends() throws Exception {
        Path seed = Path.of(System.getProperty("parley.repo.root", ".")).toAbsolutePath()
                .resolve("../shared/data/seed/russia-hamas-rapprochement.jsonl").normalize();
        assumeTrue(Files.isRegularFile(seed), "../shared/data absent: seed article not available");
        String schema = "cli_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if (System.getenv("CI") != null) {
                fail("CI must test the PostgreSQL store, but no server answers: " + e.getMessage());
            }
            assumeTrue(false, "skipped outside CI: no PostgreSQL server (" + e.getMessage() + "); run .ci/postgres");
        }
        try {
            String pg = System.getenv().getOrDefault("PARLEY_TEST_PG", "postgresql://parley:parley@" + SERVER.substring(2))
                    + "?currentSchema=" + schema;
            String duck = dir.resolve("seed.duckdb").toString();
            for (String db : new String[] {duck, pg}) {
                run("ingest", "--db", db, seed.toString());
                run("ingest", "--db", db, seed.toString());
            }
            for (String[] query : new String[][] {{"brief", "RUS", "HMS"}, {"brief", "Russia", "Hamas", "--format",
                "json"}, {"dyad", "RUS", "HMS", "--format", "json"}, {"shifts", "--window", "1y", "--min-events", "2",
                "--alpha", "0.9"}, {"network", "--format", "graphml"}, {"export", "--format", "gdelt"},
                {"events", "--format", "jsonl"}}) {
                String[] onDuck = concat(query, duck);
                String[] onPg = concat(query, pg);
                assertThat(run(onPg)).as(String.join(" ", query)).isEqualTo(run(onDuck)).isNotBlank();
            }
        } finally {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static String[] concat(String[] query, String db) {
        String[] args = java.util.Arrays.copyOf(query, query.length + 2);
        args[query.length] = "--db";
        args[query.length + 1] = db;
        return args;
    }
}
