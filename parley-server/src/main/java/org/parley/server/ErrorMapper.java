package org.parley.server;

import com.fasterxml.jackson.core.JacksonException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.parley.io.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place failures become HTTP responses: a JSON body {@code {error, detail}} with the status the failure
 * stands for. Typed HTTP exceptions keep their status; a caller's mistake ({@link IllegalArgumentException}, a bad
 * document, malformed JSON) is 400; anything else is a 500 that is logged and does not leak internals.
 */
final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    /** Marks a response this mapper already wrote, so the not-found page does not overwrite its detail. */
    private static final String ANSWERED = "parley.error";

    private ErrorMapper() {
    }

    static void install(Javalin app) {
        // Javalin answers its typed exceptions itself unless a handler names their class.
        app.exception(HttpResponseException.class, ErrorMapper::handle);
        app.exception(Exception.class, ErrorMapper::handle);
        // Routes that do not exist, and Javalin's own refusals, answer in the same shape.
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                respond(ctx, HttpStatus.NOT_FOUND, "no such resource: " + ctx.method() + " " + ctx.path());
            }
        });
    }

    static void handle(Exception e, Context ctx) {
        if (e instanceof HttpResponseException h) {
            respond(ctx, HttpStatus.forStatus(h.getStatus()), h.getMessage());
        } else if (e instanceof InputException) {
            respond(ctx, HttpStatus.BAD_REQUEST, e.getMessage());
        } else if (e instanceof JacksonException j) {
            respond(ctx, HttpStatus.BAD_REQUEST, "malformed JSON: " + j.getOriginalMessage());
        } else if (e instanceof IllegalArgumentException) {
            respond(ctx, HttpStatus.BAD_REQUEST, e.getMessage());
        } else {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            respond(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "the server failed; see its log");
        }
    }

    private static void respond(Context ctx, HttpStatus status, String detail) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status).json(Map.of("error", status.getMessage(), "detail", detail == null ? "" : detail));
    }
}
