package org.parley.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The store on a PostgreSQL server, through the same JDBC code and SQL as DuckDB. Addressed as
 * {@code postgresql://user:password@host:port/database}, optionally with {@code ?currentSchema=NAME}; the tables
 * are created in that schema when missing.
 */
public final class PostgresEventStore extends JdbcEventStore {
    private PostgresEventStore(java.sql.Connection connection) throws StoreException {
        super(connection);
    }

    /** True for an address this store opens. */
    public static boolean accepts(String address) {
        return address.startsWith("postgresql://") || address.startsWith("postgres://")
                || address.startsWith("jdbc:postgresql://");
    }

    /**
     * Connects to the server.
     *
     * @throws StoreException when the address is malformed or the server cannot be reached; the message names the
     *                        server but never the password
     */
    public static PostgresEventStore open(String address) throws StoreException {
        URI uri;
        try {
            uri = new URI(address.replaceFirst("^jdbc:", "").replaceFirst("^postgres://", "postgresql://"));
        } catch (URISyntaxException e) {
            throw new StoreException("malformed PostgreSQL address: " + e.getMessage(), e);
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new StoreException("a PostgreSQL address needs a host and a database: "
                    + "postgresql://user:password@host:port/database", null);
        }
        Properties props = new Properties();
        if (uri.getRawUserInfo() != null) {
            String[] user = uri.getRawUserInfo().split(":", 2);
            props.setProperty("user", URLDecoder.decode(user[0], StandardCharsets.UTF_8));
            if (user.length > 1) {
                props.setProperty("password", URLDecoder.decode(user[1], StandardCharsets.UTF_8));
            }
        }
        String where = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getPath();
        String jdbc = "jdbc:postgresql://" + where + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        try {
            return new PostgresEventStore(DriverManager.getConnection(jdbc, props));
        } catch (SQLException e) {
            throw new StoreException("cannot open PostgreSQL store " + where + ": " + e.getMessage(), e);
        }
    }
}
