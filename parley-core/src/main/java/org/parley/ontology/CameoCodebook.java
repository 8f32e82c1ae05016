package org.parley.ontology;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.api.EventType;
import org.parley.dictionary.InvalidDictionaryException;
import org.parley.dictionary.TsvTable;

/**
 * The CAMEO event codebook: every code with its name, Goldstein weight, quad class and PLOVER classification.
 * Immutable and thread-safe; load once with {@link #load()}.
 */
public final class CameoCodebook {
    private static final String EVENTS = "org/parley/ontology/cameo-events.tsv";
    private static final String PLOVER = "org/parley/ontology/cameo-plover.tsv";
    private static final Set<String> PLOVER_TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "-");

    private final Map<String, EventType> types;

    private CameoCodebook(Map<String, EventType> types) {
        this.types = Collections.unmodifiableMap(types);
    }

    /** Loads the codebook bundled with Parley. */
    public static CameoCodebook load() throws InvalidDictionaryException {
        TsvTable plover = TsvTable.resource(PLOVER).require("code", "event", "mode", "context");
        Map<String, EventType.Plover> ploverByCode = new LinkedHashMap<>();
        for (TsvTable.Row row : plover.rows()) {
            String event = row.get("event");
            if (!PLOVER_TYPES.contains(event)) {
                throw row.error("unknown PLOVER event type '" + event + "'");
            }
            ploverByCode.put(row.get("code"), new EventType.Plover(event, row.get("mode"), row.get("context")));
        }
        TsvTable events = TsvTable.resource(EVENTS).require("code", "name", "goldstein");
        Map<String, EventType> types = new LinkedHashMap<>();
        for (TsvTable.Row row : events.rows()) {
            String code = row.get("code");
            if (!code.matches("\\d{2,4}")) {
                throw row.error("CAMEO code must be 2 to 4 digits, got '" + code + "'");
            }
            double goldstein;
            try {
                goldstein = Double.parseDouble(row.get("goldstein"));
            } catch (NumberFormatException e) {
                throw row.error("goldstein is not a number: '" + row.get("goldstein") + "'");
            }
            EventType.Plover mapped = ploverByCode.get(code);
            if (mapped == null) {
                throw row.error("no PLOVER mapping for CAMEO code " + code + " in " + PLOVER);
            }
            types.put(code, new EventType(code, row.get("name"), goldstein, quadClass(code), mapped));
        }
        return new CameoCodebook(types);
    }

    /** The CAMEO quad class of a code, from its root: 01-05 verbal and 06-09 material cooperation, 10-14 verbal and 15-20 material conflict. */
    public static int quadClass(String code) {
        int root = Integer.parseInt(code.substring(0, 2));
        if (root <= 5) {
            return 1;
        }
        if (root <= 9) {
            return 2;
        }
        return root <= 14 ? 3 : 4;
    }

    /** The event type of a code, if the code exists. */
    public Optional<EventType> find(String code) {
        return Optional.ofNullable(types.get(code));
    }

    /** The event type of a code; fails for unknown codes. */
    public EventType get(String code) {
        EventType type = types.get(code);
        if (type == null) {
            throw new IllegalArgumentException("unknown CAMEO event code '" + code + "'");
        }
        return type;
    }

    /**
     * This codebook with codes it does not know, as a dictionary may use them (CAMEO 2.0's {@code 1951}, a local
     * {@code 212}). Each takes the Goldstein weight and PLOVER classification of its nearest parent in the codebook
     * ({@code 1951} those of {@code 195}); a code under no known root is a material conflict code of weight 0 that
     * PLOVER does not code ({@code "-"}), its quad class read off its digits as for any code.
     *
     * @param codes codes of 2 to 4 digits; those the codebook knows are left as they are
     */
    public CameoCodebook including(Collection<String> codes) {
        Map<String, EventType> extended = new LinkedHashMap<>(types);
        for (String code : codes) {
            if (extended.containsKey(code)) {
                continue;
            }
            if (!code.matches("\\d{2,4}")) {
                throw new IllegalArgumentException("codes must be 2 to 4 digits, got '" + code + "'");
            }
            EventType parent = null;
            for (int length = code.length() - 1; length >= 2 && parent == null; length--) {
                parent = types.get(code.substring(0, length));
            }
            extended.put(code, parent == null
                    ? new EventType(code, "not in the CAMEO codebook", 0, quadClass(code),
                            new EventType.Plover("-", "", ""))
                    : new EventType(code, parent.name() + " (" + code + ", not in the CAMEO codebook)",
                            parent.goldstein(), parent.quadClass(), parent.plover()));
        }
        return extended.size() == types.size() ? this : new CameoCodebook(extended);
    }

    /** Every event type, in code order. */
    public Collection<EventType> all() {
        return types.values();
    }
}
