package org.parley.server;

import io.javalin.Javalin;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Objects;

/**
 * Parley over HTTP: the JSON API under {@code /api}, its OpenAPI description at {@code /openapi.json}, and the
 * dashboard at {@code /}. Assembled here, in one place, from the route groups; failures become responses in
 * {@link ErrorMapper}. Start with {@link #start}, stop with {@link #close}.
 */
public final class ParleyServer implements AutoCloseable {
    static final String OPENAPI = "org/parley/server/openapi.json";

    private final Javalin app;
    private final List<String> routes;

    private ParleyServer(Javalin app, List<String> routes) {
        this.app = app;
        this.routes = routes;
    }

    /** Every route served, as "METHOD /path" (besides the dashboard's static files). */
    public List<String> routes() {
        return routes;
    }

    /**
     * Starts serving.
     *
     * @throws IllegalArgumentException when the configuration is unsafe ({@link ServerConfig#checkSafe})
     */
    public static ParleyServer start(ServerConfig config, Backend backend) {
        config.checkSafe();
        Objects.requireNonNull(backend, "backend");
        String openApi = resource(OPENAPI);
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.jsonMapper(new JavalinJackson(ApiJson.MAPPER, false));
            cfg.http.maxRequestSize = config.maxBodyBytes();
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/org/parley/server/dashboard";
                files.location = Location.CLASSPATH;
            });
            cfg.staticFiles.enableWebjars();
        });
        app.before("/api/*", ctx -> guardWrites(ctx, config));
        ErrorMapper.install(app);
        RouteTable routes = new RouteTable(app, new ReadCache(backend.stores()));
        routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        new DocumentRoutes(backend).register(routes);
        new EventRoutes(backend).register(routes);
        new RelationRoutes(backend).register(routes);
        new ActorRoutes(backend, config).register(routes);
        app.start(config.host(), config.port());
        return new ParleyServer(app, routes.routes());
    }

    /**
     * Write requests need the token, and no body may exceed the limit. The declared length is checked before the
     * body is read, so an oversized upload is refused without being buffered.
     */
    private static void guardWrites(Context ctx, ServerConfig config) {
        if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD
                || ctx.method() == HandlerType.OPTIONS) {
            return;
        }
        if (config.readOnly()) {
            throw new ForbiddenResponse("this server is read-only");
        }
        if (config.token() != null) {
            String header = ctx.header("Authorization");
            if (header == null || !header.startsWith("Bearer ")) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new UnauthorizedResponse("write requests need the header 'Authorization: Bearer <token>'");
            }
            byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
            // Constant-time comparison: the time taken says nothing about how much of the token was right.
            if (!MessageDigest.isEqual(given, config.token().getBytes(StandardCharsets.UTF_8))) {
                ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                throw new UnauthorizedResponse("wrong token");
            }
        }
        if (ctx.contentLength() > config.maxBodyBytes()) {
            throw new ContentTooLargeResponse("body of " + ctx.contentLength() + " bytes is over the limit of "
                    + config.maxBodyBytes());
        }
    }

    private static String resource(String name) {
        try (InputStream in = ParleyServer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + name, e);
        }
    }

    /** The port listened on (the one chosen when the configuration asked for 0). */
    public int port() {
        return app.port();
    }

    /** Blocks until the server is stopped. */
    public void await() throws InterruptedException {
        app.jettyServer().server().join();
    }

    @Override
    public void close() {
        app.stop();
    }
}
