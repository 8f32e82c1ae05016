package org.parley.actor;

import java.text.Normalizer;

/**
 * The normal form under which dictionary phrases and text tokens are compared: lower case, accents removed,
 * typographic apostrophes and dashes made plain. "Erdoğan" and "Erdogan" share a key.
 */
final class PhraseKey {
    private PhraseKey() {
    }

    static String of(String token) {
        boolean plain = true;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c > 127 || Character.isUpperCase(c)) {
                plain = false;
                break;
            }
        }
        if (plain) {
            return token;
        }
        String folded = Normalizer.normalize(token, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == '\u2019' || c == '\u2018' || c == '`') {
                c = '\'';
            } else if (c == '\u2013' || c == '\u2014' || c == '\u2010' || c == '\u2011') {
                c = '-';
            }
            key.append(Character.toLowerCase(c));
        }
        return key.toString();
    }
}
