package org.parley.brief;

import java.util.List;
import java.util.Objects;

/**
 * An issue on which the two sides agree or disagree, with each stated position.
 *
 * @param issue     the issue as first written
 * @param agreement true when the sides stand together, false when they differ
 * @param basis     why: "both favour", "both oppose", "opposite stances", "set against each other"
 * @param positions the stated positions, each with its evidence
 */
public record Issue(String issue, boolean agreement, String basis, List<Position> positions) {
    public Issue {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(basis, "basis");
        positions = List.copyOf(positions);
    }
}
