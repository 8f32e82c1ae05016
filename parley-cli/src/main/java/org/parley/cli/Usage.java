package org.parley.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** Usage checks shared by the relation commands: bad arguments become picocli usage errors (exit 2). */
final class Usage {
    private Usage() {
    }

    static void check(CommandLine.Model.CommandSpec spec, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--to " + to + " is before --from " + from);
        }
    }

    /** Runs a step whose {@link IllegalArgumentException} is the user's mistake ("unknown actor"). */
    static <T> T orUsage(CommandLine.Model.CommandSpec spec, Callable<T> step) throws Exception {
        try {
            return step.call();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
