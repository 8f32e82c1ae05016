package org.parley.cli;

import java.util.concurrent.Callable;
import org.parley.pipeline.Parley;
import org.parley.server.Backend;
import org.parley.server.ParleyServer;
import org.parley.server.ServerConfig;
import org.parley.server.StorePool;
import org.parley.trend.ActorResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley serve}: the HTTP API and the dashboard over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the JSON API (/api, described at /openapi.json) and the dashboard (/) over the store.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--host", paramLabel = "ADDRESS", description = "address to bind (default: ${DEFAULT-VALUE})")
    String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "N", description = "port (default: ${DEFAULT-VALUE}; 0 for any free one)")
    int port = 8080;

    @Option(names = "--token", paramLabel = "T",
            description = "bearer token write requests must carry (default: environment variable PARLEY_TOKEN)")
    String token;

    @Option(names = "--read-only", description = "refuse every write request")
    boolean readOnly;

    @Option(names = "--max-body", paramLabel = "BYTES", description = "largest request body (default: ${DEFAULT-VALUE})")
    long maxBody = 10L << 20;

    @Option(names = "--connections", paramLabel = "N", description = "store connections for concurrent reads "
            + "(default: ${DEFAULT-VALUE})")
    int connections = 8;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ServerConfig config = Usage.orUsage(spec, () -> {
            ServerConfig c = ServerConfig.defaults().withHost(host).withPort(port)
                    .withToken(token != null ? token : System.getenv("PARLEY_TOKEN"))
                    .withMaxBodyBytes(maxBody).withReadOnly(readOnly);
            c.checkSafe();
            return c;
        });
        Parley parley = Parley.load();
        ActorResolver resolver = ActorResolver.builtIn();
        StorePool stores = StorePool.open(storeOptions::open, Math.max(1, connections));
        ParleyServer server = ParleyServer.start(config, Backend.of(parley, stores, resolver));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                stores.close();
            } catch (Exception e) {
                System.err.println("parley: " + e.getMessage());
            }
        }));
        spec.commandLine().getOut().printf("Parley serving %s on http://%s:%d/ (API /api, OpenAPI /openapi.json, "
                + "writes %s)%n", storeOptions.describe(), host, server.port(), config.writes());
        spec.commandLine().getOut().flush();
        server.await();
        return 0;
    }
}
