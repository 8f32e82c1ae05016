package org.parley.actor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.actor.ActorEntry.Kind;
import org.parley.actor.DictionaryActorRecognizer.Piece;
import org.parley.dictionary.InvalidDictionaryException;
import org.parley.dictionary.TsvTable;

/**
 * Composes the pieces of one noun phrase into a single actor code and readable name, following CAMEO: a named
 * person, group or organisation decides the code; otherwise the country comes first and the role is appended.
 */
public final class ActorNames {
    private static final Map<String, String> ROLE_NAMES = Map.ofEntries(
            Map.entry("GOV", "government"), Map.entry("MIL", "military"), Map.entry("COP", "police"),
            Map.entry("JUD", "judiciary"), Map.entry("LEG", "legislature"), Map.entry("OPP", "opposition"),
            Map.entry("REB", "rebels"), Map.entry("INS", "insurgents"), Map.entry("SPY", "intelligence"),
            Map.entry("MED", "media"), Map.entry("BUS", "business"), Map.entry("CVL", "civilians"),
            Map.entry("REF", "refugees"), Map.entry("LAB", "labour"), Map.entry("EDU", "education"),
            Map.entry("HLH", "health"), Map.entry("CRM", "criminals"), Map.entry("ELI", "elites"),
            Map.entry("AGR", "agriculture"), Map.entry("REL", "religious"), Map.entry("HRI", "rights activists"),
            Map.entry("ENV", "environmentalists"), Map.entry("MOD", "moderates"), Map.entry("RAD", "radicals"),
            Map.entry("UAF", "armed men"), Map.entry("SEP", "separatists"), Map.entry("PTY", "party"));

    private final Map<String, String> countryNames;

    private ActorNames(Map<String, String> countryNames) {
        this.countryNames = Map.copyOf(countryNames);
    }

    /** Names from the built-in country table. */
    public static ActorNames builtIn() throws InvalidDictionaryException {
        TsvTable table = TsvTable.resource("org/parley/actor/countries.tsv").require("code", "name");
        Map<String, String> names = new HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            names.put(row.get("code"), row.get("name"));
        }
        return new ActorNames(names);
    }

    /** A readable name for any code: "RUSGOV" is "Russia government". */
    public String describe(String code) {
        String country = countryNames.get(code.substring(0, 3));
        if (country == null) {
            return code;
        }
        StringBuilder name = new StringBuilder(country);
        for (int i = 3; i + 3 <= code.length(); i += 3) {
            name.append(' ').append(ROLE_NAMES.getOrDefault(code.substring(i, i + 3), code.substring(i, i + 3)));
        }
        return name.toString();
    }

    /** The actor a phrase stands for, or {@code null} when it is only a role with no country ("officials"). */
    ActorEntry compose(List<Piece> phrase) {
        ActorEntry named = first(phrase, Kind.PERSON, Kind.GROUP, Kind.ORGANIZATION);
        ActorEntry role = first(phrase, Kind.AGENT);
        if (named != null && named.kind() == Kind.PERSON && named.from() == null && named.until() == null
                && named.code().length() == 3) {
            // Out of office a listed person stands for their country, unless the phrase names the body they speak
            // for now ("WHO chief Tedros", "EU foreign policy chief Josep Borrell"); a title gives the role the
            // text claims for them: "the military government of President Prosper Avril".
            ActorEntry body = first(phrase, Kind.GROUP, Kind.ORGANIZATION);
            if (body != null) {
                return body;
            }
            if (role != null) {
                String code = named.code() + role.code();
                return new ActorEntry(code, describe(code), Kind.PERSON, null, null);
            }
        }
        if (named != null) {
            return named;
        }
        ActorEntry place = first(phrase, Kind.SEAT, Kind.COUNTRY, Kind.CAPITAL, Kind.ADJECTIVE);
        if (place == null) {
            return null;
        }
        if (role == null || place.kind() == Kind.SEAT) {
            return new ActorEntry(place.code(), describe(place.code()), place.kind(), null, null);
        }
        String code = place.code().substring(0, 3) + role.code();
        return new ActorEntry(code, describe(code), place.kind(), null, null);
    }

    private static ActorEntry first(List<Piece> phrase, Kind... kinds) {
        for (Kind kind : kinds) {
            for (Piece piece : phrase) {
                if (piece.entry().kind() == kind) {
                    return piece.entry();
                }
            }
        }
        return null;
    }
}
