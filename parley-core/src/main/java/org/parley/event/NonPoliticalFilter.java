package org.parley.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.parley.api.Sentence;
import org.parley.dictionary.InvalidDictionaryException;
import org.parley.dictionary.TsvTable;

/**
 * Recognises sentences that use event verbs outside politics: sport ("Brazil beat Argentina 2-1 in the World Cup
 * qualifier"), entertainment, markets and chess. Immutable and thread-safe.
 */
public final class NonPoliticalFilter {
    private static final String BUILT_IN = "org/parley/event/non-political.tsv";
    /** A match score such as "2-1" or "3 - 0" next to a result verb is sport whatever the words around it. */
    private static final Pattern SCORE = Pattern.compile(
            "\\b(beat|beats|defeated|defeats|won|lost|drew|thrashed|edged|routed)\\b[^.;]{0,60}\\b\\d{1,2} ?[-–] ?\\d{1,2}\\b");

    private final List<String> cues;
    private final boolean scores;
    /** Each cue's first word (its leading letters and digits), or null when it starts otherwise. */
    private final String[] firstWords;

    private NonPoliticalFilter(List<String> cues, boolean scores) {
        this.cues = List.copyOf(cues);
        this.scores = scores;
        this.firstWords = new String[this.cues.size()];
        for (int k = 0; k < firstWords.length; k++) {
            String cue = this.cues.get(k);
            int end = 0;
            while (end < cue.length() && Character.isLetterOrDigit(cue.charAt(end))) {
                end++;
            }
            firstWords[k] = end == 0 ? null : cue.substring(0, end);
        }
    }

    /** A filter that finds every sentence political: PETRARCH's dictionaries carry their own discard list. */
    public static NonPoliticalFilter none() {
        return new NonPoliticalFilter(List.of(), false);
    }

    /** The cues bundled with Parley. */
    public static NonPoliticalFilter builtIn() throws InvalidDictionaryException {
        TsvTable table = TsvTable.resource(BUILT_IN).require("domain", "cue");
        List<String> cues = new ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            cues.add(row.get("cue").toLowerCase(Locale.ROOT));
        }
        return new NonPoliticalFilter(cues, true);
    }

    /** The cue that makes the sentence non-political, or {@code null} when it may hold political events. */
    public String cue(Sentence sentence) {
        String text = sentence.text().toLowerCase(Locale.ROOT);
        long[] words = words(text);
        for (int k = 0; k < firstWords.length; k++) {
            // A cue on word boundaries starts with a whole word of the text: most cues' first words are missing.
            if (firstWords[k] != null && !has(words, firstWords[k].hashCode())) {
                continue;
            }
            String cue = cues.get(k);
            int at = text.indexOf(cue);
            while (at >= 0) {
                if (boundary(text, at - 1) && boundary(text, at + cue.length())) {
                    return cue;
                }
                at = text.indexOf(cue, at + 1);
            }
        }
        return scores && mayHoldScore(text) && SCORE.matcher(text).find() ? "match score" : null;
    }

    /** A 128-bit filter of the hash codes of the text's words (runs of letters and digits). */
    private static long[] words(String text) {
        long[] bits = new long[2];
        int hash = 0;
        boolean inWord = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                hash = inWord ? 31 * hash + c : c;
                inWord = true;
            } else if (inWord) {
                int h = hash ^ hash >>> 16 ^ hash >>> 7;
                bits[(h >>> 6) & 1] |= 1L << h;
                inWord = false;
            }
        }
        return bits;
    }

    private static boolean has(long[] bits, int hash) {
        int h = hash ^ hash >>> 16 ^ hash >>> 7;
        return (bits[(h >>> 6) & 1] & 1L << h) != 0;
    }

    /** Whether the text has a digit, an optional space and a dash, as every match score has ("2-1", "3 - 0"). */
    private static boolean mayHoldScore(String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '-' || c == '–') && (digit(text.charAt(i - 1))
                    || i >= 2 && text.charAt(i - 1) == ' ' && digit(text.charAt(i - 2)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean boundary(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }
}
