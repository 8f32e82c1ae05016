package org.parley.cli;

import picocli.CommandLine.Parameters;

/** The two actors a relation command is about, by CAMEO code, name or alias; shared by {@code dyad} and {@code brief}. */
final class DyadArguments {
    @Parameters(index = "0", paramLabel = "A", description = "actor: CAMEO code (RUS, HMS), name or alias (Russia)")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "the other actor")
    String b;
}
