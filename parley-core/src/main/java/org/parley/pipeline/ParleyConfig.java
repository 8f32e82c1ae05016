package org.parley.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.parley.event.CodingConventions;

/**
 * What {@link Parley#load(ParleyConfig)} assembles: which actor, agent and verb dictionaries, besides or instead of
 * the built-in ones. Immutable; each {@code withX} returns a new configuration.
 *
 * @param builtInActors whether the built-in actor and agent tables are loaded
 * @param actorFiles    PETRARCH/TABARI actor dictionaries to load, in order
 * @param agentFiles    PETRARCH agent dictionaries to load, in order
 * @param builtInVerbs  whether the built-in verb patterns are loaded
 * @param verbFiles     PETRARCH 2 verb dictionaries to load, in order (tried after the built-in patterns of the same
 *                      length)
 */
public record ParleyConfig(boolean builtInActors, List<Path> actorFiles, List<Path> agentFiles, boolean builtInVerbs,
                           List<Path> verbFiles, CodingConventions conventions) {
    public ParleyConfig {
        actorFiles = List.copyOf(actorFiles);
        agentFiles = List.copyOf(agentFiles);
        verbFiles = List.copyOf(verbFiles);
        Objects.requireNonNull(conventions, "conventions");
    }

    /** The built-in dictionaries only. */
    public static ParleyConfig defaults() {
        return new ParleyConfig(true, List.of(), List.of(), true, List.of(), CodingConventions.PARLEY);
    }

    /** With or without the built-in actor and agent tables. */
    public ParleyConfig withBuiltInActors(boolean load) {
        return new ParleyConfig(load, actorFiles, agentFiles, builtInVerbs, verbFiles, conventions);
    }

    /** With these PETRARCH actor dictionaries. */
    public ParleyConfig withActorFiles(List<Path> files) {
        return new ParleyConfig(builtInActors, files, agentFiles, builtInVerbs, verbFiles, conventions);
    }

    /** With these PETRARCH agent dictionaries. */
    public ParleyConfig withAgentFiles(List<Path> files) {
        return new ParleyConfig(builtInActors, actorFiles, files, builtInVerbs, verbFiles, conventions);
    }

    /** With or without the built-in verb patterns. */
    public ParleyConfig withBuiltInVerbs(boolean load) {
        return new ParleyConfig(builtInActors, actorFiles, agentFiles, load, verbFiles, conventions);
    }

    /** With these PETRARCH 2 verb dictionaries. */
    public ParleyConfig withVerbFiles(List<Path> files) {
        return new ParleyConfig(builtInActors, actorFiles, agentFiles, builtInVerbs, files, conventions);
    }

    /** With these coding conventions: Parley's own, or PETRARCH's for its validation suite. */
    public ParleyConfig withConventions(CodingConventions chosen) {
        return new ParleyConfig(builtInActors, actorFiles, agentFiles, builtInVerbs, verbFiles, chosen);
    }
}
