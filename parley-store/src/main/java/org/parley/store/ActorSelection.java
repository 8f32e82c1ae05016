package org.parley.store;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The stored actors one side of a dyad stands for, and the rule that chose them.
 *
 * @param query  what was asked for, e.g. "RUS" or "HMS"
 * @param rule   how codes were matched: {@code prefix} (codes starting with the query, as "RUS" covers RUSGOV) or
 *               {@code chunk} (codes containing the query as a 3-letter chunk, as "HMS" covers PSEREBHMS)
 * @param actors the matching actors
 */
public record ActorSelection(String query, String rule, List<StoredActor> actors) {
    public ActorSelection {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(rule, "rule");
        actors = List.copyOf(actors);
    }

    /**
     * Selects the stored actors a code stands for: by prefix when some stored code starts with it (a country, an
     * organisation, a full group code), otherwise by 3-letter chunk anywhere in the code (a group or role chunk).
     */
    public static ActorSelection of(String code, List<StoredActor> stored) {
        String c = code.toUpperCase(Locale.ROOT);
        List<StoredActor> prefixed = stored.stream().filter(a -> a.code().startsWith(c)).toList();
        if (!prefixed.isEmpty()) {
            return new ActorSelection(c, "prefix", prefixed);
        }
        return new ActorSelection(c, "chunk", stored.stream().filter(a -> hasChunk(a.code(), c)).toList());
    }

    private static boolean hasChunk(String code, String chunk) {
        for (int i = code.indexOf(chunk); i >= 0; i = code.indexOf(chunk, i + 1)) {
            if (i % 3 == 0) {
                return true;
            }
        }
        return false;
    }

    /** A comma-separated id list for SQL {@code IN}; ids are numbers, so nothing here can be SQL. */
    String idList() {
        if (actors.isEmpty()) {
            return "-1";
        }
        StringBuilder sb = new StringBuilder();
        for (StoredActor a : actors) {
            sb.append(sb.length() == 0 ? "" : ",").append(a.id());
        }
        return sb.toString();
    }

    /** One line saying what was matched, for output headers. */
    public String describe() {
        String codes = actors.stream().limit(6).map(StoredActor::code).reduce((x, y) -> x + ", " + y).orElse("none");
        return query + " (" + ("prefix".equals(rule) ? "codes starting with " : "codes containing the chunk ")
                + query + ": " + codes + (actors.size() > 6 ? ", ... " + actors.size() + " in all" : "") + ")";
    }
}
