package org.parley.brief;

import java.util.Objects;

/**
 * An actor that appears alongside both sides.
 *
 * @param code      its actor code
 * @param name      its name
 * @param together  sentences naming it and both sides
 * @param alongside sentences naming it and one side
 * @param example   the first sentence naming it and both sides (or one side)
 */
public record ThirdParty(String code, String name, int together, int alongside, Evidence example) {
    public ThirdParty {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(example, "example");
    }
}
