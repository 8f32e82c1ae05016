package org.parley.event;

import java.util.Map;

/**
 * Which coding conventions the event coder follows where the standards disagree.
 *
 * <p>{@link #PARLEY} follows CAMEO's codebook and PLOVER's practice: "will meet" announces a meeting (036), a
 * visit is one event from the visitor, a negated or hypothetical act is no event, a passive names its source only
 * in a "by" phrase, a place is where a meeting happens, not with whom, and an event may lack a target.
 *
 * <p>{@link #PETRARCH} follows PETRARCH, as its validation suite expects: the act itself for the future tense and
 * under a modal ("would act"); the event seen from the target as well wherever the dictionary gives a code for it
 * ({@code [042:043]}); the negation of an act where PETRARCH's coding ontology defines one ("did not clash over" is
 * no disapproval but cooperation), a negation reaching only its own verb; for a passive without an agent, the actor
 * after the verb as the source ("was shot dead in Osgiliath"); places as actors like any other; a target for every
 * event ({@code require_dyad}); and a verb dictionary's words as it lists them, not as the lemmatizer reads them,
 * where only a verb can stand whatever the tagger says ({@link MistaggedVerbs}).
 */
public enum CodingConventions {
    PARLEY,
    PETRARCH;

    /**
     * PETRARCH's internal coding ontology writes some codes as the negation of others: Disapprove (110) is "not
     * diplomatic cooperation" (050), Coerce (170) "not an agreement" (057), the Reject codes (12x) refusals of
     * cooperation, yielding and comment. Negating an act gives the other code.
     */
    private static final Map<String, String> NEGATIONS = Map.ofEntries(
            Map.entry("010", "011"), Map.entry("015", "016"), Map.entry("110", "050"), Map.entry("170", "057"),
            Map.entry("060", "121"), Map.entry("061", "1211"), Map.entry("062", "1212"), Map.entry("080", "124"),
            Map.entry("081", "1241"), Map.entry("082", "1242"), Map.entry("0841", "1242"),
            Map.entry("0842", "1242"), Map.entry("085", "1244"), Map.entry("086", "1245"),
            Map.entry("087", "1246"));

    /** Whether the future tense and "willing to" code an announcement rather than the act. */
    boolean futureAsIntent() {
        return this == PARLEY;
    }

    /** Whether an event is also coded from its target where the dictionary gives the code for it. */
    boolean reciprocalContacts() {
        return this == PETRARCH;
    }

    /**
     * Whether a negated verb negates the infinitive it governs ("did not agree to meet"); PETRARCH negates only the
     * verb the negation stands with.
     */
    boolean negationGoverns() {
        return this == PARLEY;
    }

    /** Whether a predicate under a modal ("would act", "should have acted") is coded rather than discarded. */
    boolean codesModalActs() {
        return this == PETRARCH;
    }

    /** Whether a passive without a "by" agent takes the actor after the verb in its clause as its source. */
    boolean sourceAfterAgentlessPassive() {
        return this == PETRARCH;
    }

    /** Whether a place after "in" or "at" is a partner of a meeting like any actor ("arranged visits in Bree"). */
    boolean placesAsActors() {
        return this == PETRARCH;
    }

    /** Whether an event needs a target as well as a source (PETRARCH's {@code require_dyad}). */
    boolean requiresTarget() {
        return this == PETRARCH;
    }

    /**
     * Whether a dictionary that lists its verbs' forms (PETRARCH's) matches those forms only, not whatever the
     * lemmatizer makes of a word ("departes").
     */
    boolean matchesWordForms() {
        return this == PETRARCH;
    }

    /** The code of the negated act, or {@code null} when the act negated is no event. */
    String negated(String cameo) {
        return this == PETRARCH ? NEGATIONS.get(cameo) : null;
    }
}
