package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.dictionary.InvalidDictionaryException;
import org.parley.petrarch.DictionaryReport;
import org.parley.pipeline.Parley;
import org.parley.pipeline.ParleyConfig;
import picocli.CommandLine.Option;

/** Options shared by the commands that code: which actor, agent and verb dictionaries to use. */
final class DictionaryOptions {
    @Option(names = "--actors", paramLabel = "FILE",
            description = "also load this PETRARCH/TABARI actor dictionary (repeatable)")
    List<Path> actorFiles = new ArrayList<>();

    @Option(names = "--agents", paramLabel = "FILE",
            description = "also load this PETRARCH agent dictionary (repeatable)")
    List<Path> agentFiles = new ArrayList<>();

    @Option(names = "--no-builtin-actors",
            description = "leave out Parley's own actor and agent tables: code with the --actors/--agents files only")
    boolean noBuiltInActors;

    @Option(names = "--verbs", paramLabel = "FILE",
            description = "also load this PETRARCH 2 verb dictionary, e.g. CAMEO.2.0.txt (repeatable)")
    List<Path> verbFiles = new ArrayList<>();

    @Option(names = "--no-builtin-verbs",
            description = "leave out Parley's own verb patterns: use the --verbs files only")
    boolean noBuiltInVerbs;

    @Option(names = "--dictionary-warnings", description = "list every line of the dictionary files that was skipped")
    boolean showWarnings;

    /** The configuration these options ask for. */
    ParleyConfig config() {
        return ParleyConfig.defaults().withBuiltInActors(!noBuiltInActors).withActorFiles(actorFiles)
                .withAgentFiles(agentFiles).withBuiltInVerbs(!noBuiltInVerbs).withVerbFiles(verbFiles);
    }

    /** Loads the pipeline and reports on each dictionary file to {@code err}. */
    Parley load(PrintWriter err) throws InvalidDictionaryException {
        Parley parley = Parley.load(config());
        for (DictionaryReport report : parley.dictionaries()) {
            err.println("parley: " + report.summary());
            if (showWarnings) {
                report.warnings().forEach(warning -> err.println("parley:   " + warning));
            }
        }
        err.flush();
        return parley;
    }
}
