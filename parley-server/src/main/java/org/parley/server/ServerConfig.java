package org.parley.server;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How the server listens and who may write. Immutable; {@code withX} returns a changed copy.
 *
 * @param host         address to bind, e.g. {@code 127.0.0.1}
 * @param port         TCP port, 0 for any free one
 * @param token        the bearer token write requests must carry, or {@code null} for none
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param readOnly     true to refuse every write request
 */
public record ServerConfig(String host, int port, String token, long maxBodyBytes, boolean readOnly) {
    public ServerConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must be an address or name, e.g. 127.0.0.1");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
        }
        if (token != null && token.isBlank()) {
            token = null;
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1024, got " + maxBodyBytes);
        }
    }

    /** Loopback on 8080, no token, 10 MB bodies, writes allowed. */
    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", 8080, null, 10L << 20, false);
    }

    public ServerConfig withHost(String value) {
        return new ServerConfig(value, port, token, maxBodyBytes, readOnly);
    }

    public ServerConfig withPort(int value) {
        return new ServerConfig(host, value, token, maxBodyBytes, readOnly);
    }

    public ServerConfig withToken(String value) {
        return new ServerConfig(host, port, value, maxBodyBytes, readOnly);
    }

    public ServerConfig withMaxBodyBytes(long value) {
        return new ServerConfig(host, port, token, value, readOnly);
    }

    public ServerConfig withReadOnly(boolean value) {
        return new ServerConfig(host, port, token, maxBodyBytes, value);
    }

    /** How write requests are treated: {@code off}, {@code token} (bearer token needed) or {@code open}. */
    public String writes() {
        return readOnly ? "off" : token != null ? "token" : "open";
    }

    /**
     * Refuses a configuration that would let anyone on the network write: write endpoints on a non-loopback
     * address without a token.
     *
     * @throws IllegalArgumentException naming the fix
     */
    public void checkSafe() {
        if (!readOnly && token == null && !isLoopback(host)) {
            throw new IllegalArgumentException("refusing to serve write endpoints on " + host + " without a token: "
                    + "give --token (or PARLEY_TOKEN), use --read-only, or bind 127.0.0.1");
        }
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host '" + host + "'", e);
        }
    }
}
