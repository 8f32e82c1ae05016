package org.parley.event;

import java.util.Set;
import org.parley.ontology.CameoCodebook;

/**
 * Turns an act into its announcement, as CAMEO codes them: "pledged to send aid" is not aid (07) but an intent
 * to give it (033); "threatened to strike" is not an attack (19) but a threat (138). Also used for the future
 * tense ("will meet" is 036). Codes absent from the codebook fall back to their parent.
 */
final class Intentions {
    /** Verbs whose infinitive complement is announced rather than done. */
    static final Set<String> INTENT_VERBS = Set.of("pledge", "promise", "vow", "offer", "agree", "plan", "intend",
            "undertake", "commit", "prepare", "expect", "hope", "want", "seek", "aim", "propose",
            "volunteer", "swear", "consent");
    /** Verbs whose infinitive complement is done, not announced: "decided to allow", "began to withdraw". */
    static final Set<String> TRANSPARENT_VERBS = Set.of("decide", "resolve", "begin", "start", "continue", "resume",
            "manage", "move", "proceed", "go", "help");
    /** Verbs whose infinitive complement is threatened. */
    static final Set<String> THREAT_VERBS = Set.of("threaten", "warn");

    /** Verbs whose infinitive complement is refused. */
    static final Set<String> REFUSAL_VERBS = Set.of("refuse", "decline", "reject", "fail");

    private final CameoCodebook codebook;

    Intentions(CameoCodebook codebook) {
        this.codebook = codebook;
    }

    /** The code for announcing the act {@code cameo}: an intent for cooperation, a threat for conflict. */
    String announced(String cameo) {
        int root = Integer.parseInt(cameo.substring(0, 2));
        if (root <= 3 || (root >= 10 && root <= 13)) {
            return cameo; // already verbal: "will demand" is a demand, "will threaten" a threat
        }
        if (root >= 14) {
            return threatened(cameo);
        }
        return existing(intended(cameo));
    }

    /** The code for refusing the act {@code cameo}: "refused to meet" rejects a meeting (125). */
    String refused(String cameo) {
        String code = switch (cameo.substring(0, 2)) {
            case "04" -> "125";
            case "06" -> "121";
            case "07" -> "122";
            case "08" -> "124";
            default -> "120";
        };
        return existing(code);
    }

    /** The code for threatening the act {@code cameo}; cooperative acts stay a generic threat. */
    String threatened(String cameo) {
        int root = Integer.parseInt(cameo.substring(0, 2));
        String code;
        if (root == 14) {
            code = "133";
        } else if (root == 15) {
            code = "138";
        } else if (root == 16) {
            code = switch (cameo.length() > 2 ? cameo.substring(0, 3) : "160") {
                case "161" -> "1313";
                case "162" -> "1311";
                case "163" -> "1312";
                case "164" -> "134";
                case "165" -> "135";
                case "166" -> "136";
                default -> "131";
            };
        } else if (root == 17) {
            code = cameo.startsWith("172") ? "132" : "137";
        } else if (root == 18 || root == 20) {
            code = cameo.startsWith("204") ? "1385" : "1383";
        } else if (root == 19) {
            code = cameo.startsWith("191") ? "1381" : cameo.startsWith("192") ? "1382" : "1384";
        } else {
            code = "130";
        }
        return existing(code);
    }

    private static String intended(String cameo) {
        String three = cameo.length() > 2 ? cameo.substring(0, 3) : cameo + "0";
        switch (cameo.substring(0, 2)) {
            case "04":
                return "045".equals(three) ? "039" : "036";
            case "05":
                return "032";
            case "06":
                return switch (three) {
                    case "061" -> "0311";
                    case "062" -> "0312";
                    case "063" -> "0313";
                    case "064" -> "0314";
                    default -> "031";
                };
            case "07":
                return switch (three) {
                    case "071" -> "0331";
                    case "072" -> "0332";
                    case "073" -> "0333";
                    case "074" -> "0334";
                    default -> "033";
                };
            case "08":
                return switch (three) {
                    case "081" -> "0351";
                    case "082" -> "0352";
                    case "083" -> "034";
                    case "084" -> "0353";
                    case "085" -> "0354";
                    case "086" -> "0355";
                    case "087" -> "0356";
                    default -> "035";
                };
            default:
                return "030";
        }
    }

    private String existing(String code) {
        String c = code;
        while (c.length() > 2 && codebook.find(c).isEmpty()) {
            c = c.substring(0, c.length() - 1);
        }
        return c;
    }
}
