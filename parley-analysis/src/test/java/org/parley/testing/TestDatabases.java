package org.parley.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.parley.store.EventStore;
import org.parley.store.PostgresEventStore;
import org.parley.store.StoreException;

/**
 * A PostgreSQL test store in a fresh schema of the server named by {@code PARLEY_TEST_PG} (default: the one
 * {@code .ci/postgres} prepares). Without a server the test is skipped, except under CI (the variable {@code CI}
 * set), where it fails: CI must test both backends.
 */
public final class TestDatabases implements AutoCloseable {
    public static final String DEFAULT = "postgresql://parley:parley@localhost:5432/parley_test";

    private final String address;
    private final String schema;

    private TestDatabases(String address, String schema) {
        this.address = address;
        this.schema = schema;
    }

    /** A fresh schema on the test server, or a skipped (outside CI) or failed (under CI) test. */
    public static TestDatabases postgres() {
        String address = System.getenv().getOrDefault("PARLEY_TEST_PG", DEFAULT);
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = connect(address); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            String why = "no PostgreSQL server at " + address.replaceFirst(":[^:@/]*@", ":***@") + " ("
                    + e.getMessage() + "); run .ci/postgres or set PARLEY_TEST_PG";
            if (System.getenv("CI") != null) {
                fail("CI must test the PostgreSQL store: " + why);
            }
            assumeTrue(false, "skipped outside CI: " + why);
        }
        return new TestDatabases(address, schema);
    }

    /** The store address, schema included. */
    public String address() {
        return address + (address.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public EventStore open() throws StoreException {
        return PostgresEventStore.open(address());
    }

    private static Connection connect(String address) throws SQLException {
        java.net.URI uri = java.net.URI.create(address.replaceFirst("^postgres(ql)?://", "http://"));
        Properties props = new Properties();
        String[] user = uri.getUserInfo() == null ? new String[0] : uri.getUserInfo().split(":", 2);
        if (user.length > 0) {
            props.setProperty("user", user[0]);
        }
        if (user.length > 1) {
            props.setProperty("password", user[1]);
        }
        props.setProperty("connectTimeout", "3");
        return DriverManager.getConnection("jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":"
                + uri.getPort() : "") + uri.getPath(), props);
    }

    /** Drops the schema and everything in it. */
    @Override
    public void close() throws SQLException {
        try (Connection c = connect(address); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
