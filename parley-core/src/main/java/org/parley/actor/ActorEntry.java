package org.parley.actor;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One meaning of a dictionary phrase: the actor code it stands for, from when to when.
 *
 * @param code  CAMEO actor code of 3-character chunks (for {@link Kind#AGENT} a bare role code such as {@code GOV};
 *              for {@link Kind#EXCLUDED} the null code {@link #NULL_CODE})
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
        AGENT,
        /**
         * A phrase that names no actor (PETRARCH's null code {@code ---}): "Indian Ocean" is not India. Matching it
         * keeps its words from being read as shorter phrases.
         */
        EXCLUDED
    }

    /** The code of {@link Kind#EXCLUDED} phrases. */
    public static final String NULL_CODE = "---";

    public ActorEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.EXCLUDED ? !NULL_CODE.equals(code) : !isCode(code)) {
            throw new IllegalArgumentException("actor code must be 3-character chunks of capitals and digits"
                    + (kind == Kind.EXCLUDED ? " (" + NULL_CODE + " for an excluded phrase)" : "")
                    + ", got '" + code + "'");
        }
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("date range ends before it starts: " + from + " to " + until);
        }
    }

    /**
     * True for a CAMEO actor code: one or more 3-character chunks of capitals and digits ({@code RUSGOV},
     * {@code NGOCHRPRO214}). A loop rather than a regular expression: dictionaries create entries by the hundred
     * thousand.
     */
    public static boolean isCode(String code) {
        if (code.isEmpty() || code.length() % 3 != 0) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** True when the code applies on the given day. */
    public boolean validOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }

    /** True for the phrases that can stand alone as an actor (everything but a bare role or an excluded phrase). */
    public boolean standsAlone() {
        return kind != Kind.AGENT && kind != Kind.EXCLUDED;
    }
}
