package org.parley.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.pipeline.Parley;
import org.parley.store.DuckDbEventStore;
import org.parley.trend.ActorResolver;

/**
 * One server for the integration tests of a run, over a fresh DuckDB file holding the bundled demo corpus and a
 * small corpus in which Armenia and Azerbaijan go from talks (January to March 2023) to clashes (April to June), so
 * that a shift is there to find. Writes need the token {@link #TOKEN}; bodies are limited to 256 KB.
 */
final class TestServer {
    static final String TOKEN = "test-token-7f3a";
    static final long MAX_BODY = 256 * 1024;
    private static final String DEMO = "parley-cli/src/main/resources/org/parley/demo/demo-corpus.jsonl";

    private static TestServer instance;

    final ParleyServer server;
    final StorePool stores;
    final Backend backend;
    final HttpClient http = HttpClient.newHttpClient();

    private TestServer(ParleyServer server, StorePool stores, Backend backend) {
        this.server = server;
        this.stores = stores;
        this.backend = backend;
    }

    /** The running server, started and loaded on first use. */
    static synchronized TestServer get() throws Exception {
        if (instance == null) {
            Path db = Files.createTempDirectory("parley-server-test").resolve("test.duckdb");
            StorePool stores = StorePool.open(() -> DuckDbEventStore.open(db), 4);
            Backend backend = Backend.of(Parley.load(), stores, ActorResolver.builtIn());
            ParleyServer server = ParleyServer.start(ServerConfig.defaults().withPort(0).withToken(TOKEN)
                    .withMaxBodyBytes(MAX_BODY), backend);
            instance = new TestServer(server, stores, backend);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                try {
                    stores.close();
                } catch (Exception e) {
                    // the JVM is ending; the temporary database goes with it
                }
            }));
            instance.ingest(Files.readString(repoRoot().resolve(DEMO)));
            try (InputStream in = TestServer.class.getResourceAsStream("shift-corpus.jsonl")) {
                instance.ingest(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return instance;
    }

    static Path repoRoot() {
        return Path.of(System.getProperty("parley.repo.root", ".."));
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    private void ingest(String jsonl) throws Exception {
        HttpResponse<String> r = post("/api/documents", jsonl, TOKEN);
        if (r.statusCode() != 201) {
            throw new IllegalStateException("ingest failed: " + r.statusCode() + " " + r.body());
        }
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return ApiJson.MAPPER.readTree(r.body());
    }

    HttpResponse<String> post(String path, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
