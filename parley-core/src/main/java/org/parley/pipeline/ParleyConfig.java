package org.parley.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Parley#load(ParleyConfig)} assembles: which actor dictionaries, besides or instead of the built-in
 * knowledge base. Immutable; each {@code withX} returns a new configuration.
 *
 * @param builtInActors whether the built-in actor and agent tables are loaded
 * @param actorFiles    PETRARCH/TABARI actor dictionaries to load, in order
 * @param agentFiles    PETRARCH agent dictionaries to load, in order
 */
public record ParleyConfig(boolean builtInActors, List<Path> actorFiles, List<Path> agentFiles) {
    public ParleyConfig {
        actorFiles = List.copyOf(actorFiles);
        agentFiles = List.copyOf(agentFiles);
    }

    /** The built-in dictionaries only. */
    public static ParleyConfig defaults() {
        return new ParleyConfig(true, List.of(), List.of());
    }

    /** With or without the built-in actor and agent tables. */
    public ParleyConfig withBuiltInActors(boolean load) {
        return new ParleyConfig(load, actorFiles, agentFiles);
    }

    /** With these PETRARCH actor dictionaries. */
    public ParleyConfig withActorFiles(List<Path> files) {
        return new ParleyConfig(builtInActors, files, agentFiles);
    }

    /** With these PETRARCH agent dictionaries. */
    public ParleyConfig withAgentFiles(List<Path> files) {
        return new ParleyConfig(builtInActors, actorFiles, files);
    }
}
