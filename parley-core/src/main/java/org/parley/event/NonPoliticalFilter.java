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

    private NonPoliticalFilter(List<String> cues, boolean scores) {
        this.cues = List.copyOf(cues);
        this.scores = scores;
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
        for (String cue : cues) {
            int at = text.indexOf(cue);
            while (at >= 0) {
                if (boundary(text, at - 1) && boundary(text, at + cue.length())) {
                    return cue;
                }
                at = text.indexOf(cue, at + 1);
            }
        }
        return scores && SCORE.matcher(text).find() ? "match score" : null;
    }

    private static boolean boundary(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }
}
