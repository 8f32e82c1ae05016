package org.parley.io;

/** Input that cannot be coded, with the file and line (0 for the whole file) to show the user. */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    public InputException(String where, int line, String problem) {
        super(line > 0 ? where + ":" + line + ": " + problem : where + ": " + problem);
    }

    public InputException(String where, int line, String problem, Throwable cause) {
        super(line > 0 ? where + ":" + line + ": " + problem : where + ": " + problem, cause);
    }
}
