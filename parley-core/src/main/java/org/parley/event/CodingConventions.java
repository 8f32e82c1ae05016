package org.parley.event;

/**
 * Which coding conventions the event coder follows where the standards disagree.
 *
 * <p>{@link #PARLEY} follows CAMEO's codebook and PLOVER's practice: "will meet" announces a meeting (036), and a
 * visit is one event from the visitor. {@link #PETRARCH} follows PETRARCH 2, whose validation suite expects the act
 * itself for the future tense, and a host event (043) and a meeting back (040) for every visit and meeting.
 */
public enum CodingConventions {
    PARLEY,
    PETRARCH;

    /** Whether the future tense and "willing to" code an announcement rather than the act. */
    boolean futureAsIntent() {
        return this == PARLEY;
    }

    /** Whether visits and meetings are also coded the other way round. */
    boolean reciprocalContacts() {
        return this == PETRARCH;
    }
}
