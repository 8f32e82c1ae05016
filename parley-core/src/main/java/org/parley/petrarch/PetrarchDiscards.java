package org.parley.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.dictionary.InvalidDictionaryException;
import org.parley.petrarch.PetrarchLines.Line;

/**
 * A PETRARCH discard list: phrases whose presence means a text is not coded (sports, entertainment, history).
 * As in PETRARCH a phrase matches at the start of a word, case-insensitively; one written with a final {@code _}
 * must also end where a word ends, otherwise it is a stem ({@code BASEBALL} also matches "baseballs"). A leading
 * {@code +} marks a phrase that discards the whole story in PETRARCH; Parley applies discards per text, so it is
 * read the same way. Immutable.
 */
public final class PetrarchDiscards {
    private final List<String> stems;
    private final List<String> words;

    private PetrarchDiscards(List<String> stems, List<String> words) {
        this.stems = List.copyOf(stems);
        this.words = List.copyOf(words);
    }

    /** Reads a discard file. */
    public static PetrarchDiscards read(Path file) throws InvalidDictionaryException {
        return of(PetrarchLines.read(file));
    }

    static PetrarchDiscards of(List<Line> lines) {
        List<String> stems = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (Line line : lines) {
            String phrase = line.text().startsWith("+") ? line.text().substring(1) : line.text();
            phrase = phrase.strip().toUpperCase(Locale.ROOT);
            if (phrase.endsWith("_")) {
                words.add(" " + PetrarchNames.words(phrase));
            } else if (!phrase.isEmpty()) {
                stems.add(" " + PetrarchNames.words(phrase));
            }
        }
        return new PetrarchDiscards(stems, words);
    }

    /** True when the text contains a discard phrase. */
    public boolean discards(String text) {
        String padded = " " + text.toUpperCase(Locale.ROOT).replace('\n', ' ');
        for (String stem : stems) {
            if (padded.contains(stem)) {
                return true;
            }
        }
        for (String word : words) {
            for (int at = padded.indexOf(word); at >= 0; at = padded.indexOf(word, at + 1)) {
                int end = at + word.length();
                if (end == padded.length() || !Character.isLetterOrDigit(padded.charAt(end))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The number of phrases. */
    public int size() {
        return stems.size() + words.size();
    }
}
