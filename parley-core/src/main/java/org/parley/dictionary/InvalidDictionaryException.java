package org.parley.dictionary;

/** A dictionary or table resource that cannot be used, with the file and line where it went wrong. */
public final class InvalidDictionaryException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    public InvalidDictionaryException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public InvalidDictionaryException(String file, int line, String problem, Throwable cause) {
        super(file + ":" + line + ": " + problem, cause);
        this.file = file;
        this.line = line;
    }

    /** The file or resource name. */
    public String file() {
        return file;
    }

    /** The 1-based line number, or 0 when the whole file is at fault. */
    public int line() {
        return line;
    }
}
