package org.parley.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.parley.brief.Brief;
import org.parley.brief.BriefBuilder;
import org.parley.brief.HtmlBrief;
import org.parley.brief.JsonBrief;
import org.parley.brief.MarkdownBrief;
import org.parley.store.Dyad;
import org.parley.store.EventStore;
import org.parley.trend.ActorResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley brief A B}: what is behind a relationship, every statement with its evidence sentence. */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = "What is behind a relationship: interactions, trend, each side's stated aims, where they "
                + "agree and differ, third parties; every statement linked to its document and sentence.")
final class BriefCommand implements Callable<Integer> {
    enum Format { MD, HTML, JSON }

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Mixin
    DyadArguments actors = new DyadArguments();

    @Option(names = "--format", paramLabel = "FORMAT", description = "md (default), html or json")
    Format format = Format.MD;

    @Option(names = "--documents", paramLabel = "N", description = "read the N most recent documents naming both "
            + "(default: ${DEFAULT-VALUE})")
    int documents = 200;

    @Option(names = "--events", paramLabel = "N", description = "at most N events in the timeline (default: ${DEFAULT-VALUE})")
    int events = 200;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        BriefBuilder builder = Usage.orUsage(spec, () -> new BriefBuilder(documents, events));
        ActorResolver resolver = ActorResolver.builtIn();
        Brief brief;
        try (EventStore store = storeOptions.open()) {
            Dyad dyad = Usage.orUsage(spec, () -> resolver.dyad(store, actors.a, actors.b));
            brief = builder.build(store, dyad);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (format) {
            case HTML -> HtmlBrief.render(brief);
            case JSON -> JsonBrief.render(brief) + "\n";
            default -> MarkdownBrief.render(brief);
        });
        out.flush();
        return 0;
    }
}
