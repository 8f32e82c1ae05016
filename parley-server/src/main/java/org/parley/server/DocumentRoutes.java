package org.parley.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.parley.api.CodedDocument;
import org.parley.api.CodedEvent;
import org.parley.api.Document;
import org.parley.io.DocumentReader;
import org.parley.store.StoredDocument;

/**
 * {@code POST /api/documents} codes and stores documents, answering with their events; {@code GET
 * /api/documents/{id}} returns a stored document with its sentence boundaries, to read evidence in context.
 */
final class DocumentRoutes {
    private final Backend backend;

    DocumentRoutes(Backend backend) {
        this.backend = backend;
    }

    void register(RouteTable app) {
        app.post("/api/documents", this::ingest);
        app.get("/api/documents/{id}", this::document);
    }

    /**
     * The body is one JSON object, pretty-printed or not, or JSONL: one object per line, with the fields of the
     * command line's JSONL input. Every document is read and coded before anything is stored, so a bad record
     * leaves the store as it was.
     */
    private void ingest(Context ctx) throws Exception {
        String body = ctx.body();
        List<Document> documents = new ArrayList<>();
        new DocumentReader(null, false).readJsonl("request", new ByteArrayInputStream(
                asJsonl(body).getBytes(StandardCharsets.UTF_8)), documents::add);
        if (documents.isEmpty()) {
            throw new BadRequestResponse("no document in the body: send a JSON object {id, date, text, title?, url?, "
                    + "source?} or JSONL, one such object per line");
        }
        List<CodedDocument> coded = documents.stream().map(backend.parley().pipeline()::code).toList();
        backend.stores().write(store -> {
            store.replace(coded);
            return null;
        });
        ObjectNode out = ApiJson.MAPPER.createObjectNode();
        out.put("documents", coded.size());
        ArrayNode perDocument = out.putArray("coded");
        int events = 0;
        for (CodedDocument d : coded) {
            ObjectNode node = perDocument.addObject().put("id", d.document().id())
                    .put("sentences", d.sentences().size());
            ArrayNode list = node.putArray("events");
            for (CodedEvent e : d.events()) {
                list.add(ApiJson.event(e));
            }
            events += d.events().size();
        }
        out.put("events", events);
        ctx.status(HttpStatus.CREATED).json(out);
    }

    /** A body of several lines that is one JSON object becomes one line; anything else is read as JSONL. */
    private static String asJsonl(String body) {
        String trimmed = body.strip();
        if (!trimmed.contains("\n") || !trimmed.startsWith("{")) {
            return trimmed;
        }
        try {
            JsonNode node = ApiJson.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(trimmed);
            return node.isObject() ? node.toString() : trimmed;
        } catch (JsonProcessingException e) {
            return trimmed;
        }
    }

    private void document(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        StoredDocument d = backend.stores().read(store -> store.document(id));
        if (d == null) {
            throw new NotFoundResponse("no stored document '" + id + "'");
        }
        ctx.json(ApiJson.MAPPER.valueToTree(d));
    }
}
