package org.parley.io;

/** Checks that a text is something we can code: not empty and not binary. */
final class DocumentText {
    private DocumentText() {
    }

    /** The problem with the text, or {@code null} when it is fine. */
    static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "empty text";
        }
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || c == '\uFFFD') {
                return "binary text (NUL or undecodable bytes)";
            }
            if (c < 32 && c != '\n' && c != '\r' && c != '\t') {
                control++;
            }
        }
        return control * 20 > text.length() ? "binary text (control characters)" : null;
    }
}
