package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests that must be refused: each gets the right 4xx with a JSON {@code {error, detail}} body, and the store
 * is exactly as it was before.
 */
class BadRequestIT {
    private static final String GOOD = "{\"id\": \"bad-request-test\", \"date\": \"2024-01-01\", "
            + "\"text\": \"Russia condemned Ukraine.\"}";

    private TestServer server;
    private String before;

    @BeforeEach
    void snapshot() throws Exception {
        server = TestServer.get();
        before = fingerprint();
    }

    @AfterEach
    void storeIsUnchanged() throws Exception {
        assertThat(fingerprint()).isEqualTo(before);
    }

    /** What the store holds: counts and every stored report. */
    private String fingerprint() throws Exception {
        JsonNode status = server.json("/api/status");
        return status.get("documents") + "/" + status.get("events") + "/" + status.get("mentions") + "/"
                + server.stores.read(store -> store.mentions(org.parley.store.EventQuery.all(100_000))).hashCode();
    }

    private static JsonNode error(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode body = ApiJson.MAPPER.readTree(r.body());
        assertThat(body.get("error").asText()).isNotBlank();
        assertThat(body.get("detail").asText()).isNotBlank();
        return body;
    }

    @Test
    void malformedJsonIs400NamingTheLine() throws Exception {
        JsonNode e = error(server.post("/api/documents", GOOD + "\n{\"id\": \"x\", \"date\": ", TestServer.TOKEN), 400);
        assertThat(e.get("detail").asText()).contains("request:2").contains("malformed JSON");
    }

    @Test
    void aBadRecordAmongGoodOnesStoresNothing() throws Exception {
        error(server.post("/api/documents", GOOD + "\n{\"id\": \"y\", \"date\": \"2024-02-30\", \"text\": \"x\"}",
                TestServer.TOKEN), 400);
        error(server.post("/api/documents", "{\"id\": \"z\", \"date\": \"2024-02-01\"}", TestServer.TOKEN), 400);
        error(server.post("/api/documents", "[1, 2, 3]", TestServer.TOKEN), 400);
        error(server.post("/api/documents", "   ", TestServer.TOKEN), 400);
    }

    @Test
    void writesWithoutTheRightTokenAre401() throws Exception {
        HttpResponse<String> missing = server.post("/api/documents", GOOD, null);
        error(missing, 401);
        assertThat(missing.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        error(server.post("/api/documents", GOOD, "not-the-token"), 401);
        error(server.post("/api/documents", GOOD, TestServer.TOKEN + "x"), 401);
    }

    @Test
    void bodiesOverTheLimitAre413() throws Exception {
        String huge = "{\"id\": \"huge\", \"date\": \"2024-01-01\", \"text\": \"" + "Russia condemned Ukraine. "
                .repeat((int) (TestServer.MAX_BODY / 20)) + "\"}";
        JsonNode e = error(server.post("/api/documents", huge, TestServer.TOKEN), 413);
        assertThat(e.get("detail").asText()).contains(String.valueOf(TestServer.MAX_BODY));
        error(server.post("/api/documents", huge, null), 401);
    }

    @Test
    void unknownActorsAre404InPathsAnd400InFilters() throws Exception {
        assertThat(error(server.get("/api/dyads/RUS/Narnia"), 404).get("detail").asText()).contains("Narnia");
        error(server.get("/api/brief/Atlantis/RUS"), 404);
        error(server.get("/api/dyads/Atlantis/RUS/shifts"), 404);
        error(server.get("/api/events?actor=Narnia"), 400);
        error(server.get("/api/events?dyad=RUS"), 400);
        error(server.get("/api/nothing-here"), 404);
        error(server.get("/api/documents/no-such-document"), 404);
    }

    @Test
    void badParametersAre400() throws Exception {
        error(server.get("/api/events?from=2024-13-01"), 400);
        error(server.get("/api/events?from=2024-02-01&to=2024-01-01"), 400);
        error(server.get("/api/events?limit=0"), 400);
        error(server.get("/api/events?limit=many"), 400);
        error(server.get("/api/events?root=1"), 400);
        error(server.get("/api/events?cursor=bm90LWEtY3Vyc29y"), 400);
        error(server.get("/api/dyads/RUS/USA?by=decade"), 400);
        error(server.get("/api/shifts?window=6x"), 400);
        error(server.get("/api/shifts?alpha=2"), 400);
        error(server.get("/api/brief/RUS/USA?format=pdf"), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'; DROP TABLE events; --", "RUS' OR '1'='1", "%", "_", "\\", "\") OR 1=1 --",
            "1; DELETE FROM mentions"})
    void sqlInFiltersIsOnlyText(String attack) throws Exception {
        String q = URLEncoder.encode(attack, StandardCharsets.UTF_8);
        HttpResponse<String> words = server.get("/api/events?q=" + q);
        assertThat(words.statusCode()).isEqualTo(200);
        assertThat(ApiJson.MAPPER.readTree(words.body()).get("events")).isEmpty();
        assertThat(server.get("/api/events?actor=" + q).statusCode()).isEqualTo(400);
        HttpResponse<String> plover = server.get("/api/events?plover=" + q);
        // "_" is a well-formed (if unknown) PLOVER type; it matches nothing rather than everything.
        assertThat(plover.statusCode()).isIn(200, 400);
        if (plover.statusCode() == 200) {
            assertThat(ApiJson.MAPPER.readTree(plover.body()).get("events")).isEmpty();
        }
        assertThat(server.get("/api/events?root=" + q).statusCode()).isEqualTo(400);
        assertThat(server.get("/api/dyads/" + q.replace("+", "%20") + "/RUS").statusCode()).isIn(400, 404);
        assertThat(server.get("/api/actors?q=" + q).statusCode()).isEqualTo(200);
        assertThat(server.get("/api/documents/" + q.replace("+", "%20")).statusCode()).isIn(400, 404);
    }
}
