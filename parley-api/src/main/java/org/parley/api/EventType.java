package org.parley.api;

import java.util.Objects;

/**
 * A CAMEO event code with its meaning in CAMEO and PLOVER.
 *
 * @param cameo     the CAMEO code, e.g. {@code "042"}
 * @param name      the CAMEO name of the code
 * @param goldstein the Goldstein conflict-cooperation weight, -10 to +10
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param plover    the PLOVER event type, mode and context
 */
public record EventType(String cameo, String name, double goldstein, int quadClass, Plover plover) {
    public EventType {
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(plover, "plover");
        if (!cameo.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("CAMEO code must be 2 to 4 digits, got '" + cameo + "'");
        }
        if (quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("quadClass must be 1..4, got " + quadClass);
        }
        if (goldstein < -10 || goldstein > 10) {
            throw new IllegalArgumentException("goldstein must be in -10..10, got " + goldstein);
        }
    }

    /** The two-digit CAMEO root, e.g. {@code "04"}. */
    public String root() {
        return cameo.substring(0, 2);
    }

    /**
     * A PLOVER (2021) classification.
     *
     * @param event   PLOVER event type such as {@code CONSULT}, or {@code "-"} where PLOVER does not code the CAMEO code
     * @param mode    PLOVER mode, possibly empty
     * @param context PLOVER context, possibly empty
     */
    public record Plover(String event, String mode, String context) {
        public Plover {
            Objects.requireNonNull(event, "event");
            mode = mode == null ? "" : mode;
            context = context == null ? "" : context;
        }
    }
}
