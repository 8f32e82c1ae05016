package org.parley.actor;

import java.util.List;

/**
 * Regular English plurals of role nouns, so the agent table lists each noun once. Only the last word inflects:
 * "foreign minister" gives "foreign ministers". Irregular plurals (gunmen, militia) are listed in the table itself.
 */
final class EnglishPlurals {
    private EnglishPlurals() {
    }

    /** The term and its regular plural. */
    static List<String> forms(String term) {
        if (term.endsWith("s") || term.endsWith("men") || term.endsWith("people") || term.endsWith("police")) {
            return List.of(term);
        }
        String plural;
        if (term.endsWith("y") && term.length() > 2 && "aeiou".indexOf(term.charAt(term.length() - 2)) < 0) {
            plural = term.substring(0, term.length() - 1) + "ies";
        } else if (term.endsWith("ch") || term.endsWith("sh") || term.endsWith("x") || term.endsWith("z")) {
            plural = term + "es";
        } else {
            plural = term + "s";
        }
        return List.of(term, plural);
    }
}
