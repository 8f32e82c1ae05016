package org.parley.actor;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One meaning of a dictionary phrase: the actor code it stands for, from when to when.
 *
 * @param code  CAMEO actor code (for {@link Kind#AGENT} a bare 3-letter role code such as {@code GOV})
 * @param name  readable name of the actor
 * @param kind  what sort of phrase it is, which decides how it composes with its neighbours
 * @param from  first day the code applies, or {@code null} for always
 * @param until last day the code applies, or {@code null} for still
 */
public record ActorEntry(String code, String name, Kind kind, LocalDate from, LocalDate until) {
    /** How a phrase behaves in composition. */
    public enum Kind {
        /** A country's name: "Russia". */
        COUNTRY,
        /** A country adjective or demonym: "Russian", "Russians". */
        ADJECTIVE,
        /** A city standing for its country: "Moscow". */
        CAPITAL,
        /** A seat of power standing for the government: "the Kremlin". */
        SEAT,
        /** An international governmental or non-governmental organisation. */
        ORGANIZATION,
        /** A non-state group: armed group, party or movement. */
        GROUP,
        /** A named person in an office. */
        PERSON,
        /** A role noun or title: "foreign minister", "troops". */
        AGENT
    }

    public ActorEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (!code.matches("([A-Z]{3})+")) {
            throw new IllegalArgumentException("actor code must be 3-letter uppercase chunks, got '" + code + "'");
        }
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("date range ends before it starts: " + from + " to " + until);
        }
    }

    /** True when the code applies on the given day. */
    public boolean validOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }

    /** True for the phrases that can stand alone as an actor (everything but a bare role). */
    public boolean standsAlone() {
        return kind != Kind.AGENT;
    }
}
