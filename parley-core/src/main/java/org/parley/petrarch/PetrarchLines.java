package org.parley.petrarch;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.dictionary.InvalidDictionaryException;

/**
 * The meaningful lines of a PETRARCH dictionary file, comments removed as PETRARCH removes them: lines starting with
 * {@code #}, everything from a {@code #} to the end of a line, and XML comments {@code <!-- ... -->} on one line or
 * over several (a line starting with {@code <!} opens one). Lines are stripped; blank lines are dropped.
 */
final class PetrarchLines {
    /** One meaningful line and its 1-based number in the file. */
    record Line(int number, String text) {
    }

    private PetrarchLines() {
    }

    /** Reads a file as UTF-8. */
    static List<Line> read(Path file) throws InvalidDictionaryException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), reader);
        } catch (IOException e) {
            throw new InvalidDictionaryException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads lines from a reader; {@code name} names the source in errors. */
    static List<Line> read(String name, BufferedReader reader) throws InvalidDictionaryException {
        List<Line> lines = new ArrayList<>();
        int number = 0;
        int openedAt = 0;
        try {
            for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
                number++;
                StringBuilder kept = new StringBuilder(raw.length());
                int at = 0;
                if (openedAt == 0 && raw.stripLeading().startsWith("<!")) {
                    openedAt = number;
                    at = raw.indexOf("<!") + 2;
                }
                while (at < raw.length()) {
                    if (openedAt > 0) {
                        int close = raw.indexOf("-->", at);
                        if (close < 0) {
                            break;
                        }
                        openedAt = 0;
                        at = close + 3;
                        continue;
                    }
                    int open = raw.indexOf("<!--", at);
                    int hash = raw.indexOf('#', at);
                    if (hash >= 0 && (open < 0 || hash < open)) {
                        kept.append(raw, at, hash);
                        break;
                    }
                    if (open < 0) {
                        kept.append(raw, at, raw.length());
                        break;
                    }
                    kept.append(raw, at, open).append(' ');
                    openedAt = number;
                    at = open + 4;
                }
                String text = kept.toString().strip();
                if (!text.isEmpty()) {
                    lines.add(new Line(number, text));
                }
            }
        } catch (IOException e) {
            throw new InvalidDictionaryException(name, number, "cannot read: " + e.getMessage(), e);
        }
        if (openedAt > 0) {
            throw new InvalidDictionaryException(name, openedAt, "comment '<!--' is never closed with '-->'");
        }
        return lines;
    }
}
