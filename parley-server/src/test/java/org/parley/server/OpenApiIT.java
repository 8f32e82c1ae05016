package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The OpenAPI description and the routes stay in step: every route is described and nothing else is. */
class OpenApiIT {
    @Test
    void everyRouteIsDescribedAndEveryDescriptionIsARoute() throws Exception {
        TestServer server = TestServer.get();
        JsonNode doc = server.json("/openapi.json");
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        Set<String> described = new HashSet<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
                described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertThat(described).containsExactlyInAnyOrderElementsOf(server.server.routes());
    }

    @Test
    void everyPathParameterIsDeclared() throws Exception {
        JsonNode paths = TestServer.get().json("/openapi.json").get("paths");
        paths.fields().forEachRemaining(path -> path.getValue().forEach(operation -> {
            Set<String> declared = new HashSet<>(operation.get("parameters").findValuesAsText("name"));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(path.getKey());
            while (m.find()) {
                assertThat(declared).as(path.getKey()).contains(m.group(1));
            }
            assertThat(operation.get("responses")).as(path.getKey()).isNotEmpty();
        }));
    }
}
