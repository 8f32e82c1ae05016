package org.parley.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parley.api.Sentence;
import org.parley.dictionary.TsvTable;

/** The filter's shortcuts find exactly the cue a plain search of every cue finds, on real and random text. */
class NonPoliticalFilterTest {
    private static final Pattern SCORE = Pattern.compile("\\b(beat|beats|defeated|defeats|won|lost|drew|thrashed|"
            + "edged|routed)\\b[^.;]{0,60}\\b\\d{1,2} ?[-–] ?\\d{1,2}\\b");

    @Test
    void findsSportAndMarketsButNotPolitics() throws Exception {
        NonPoliticalFilter filter = NonPoliticalFilter.builtIn();
        assertThat(filter.cue(sentence("Brazil beat Argentina 2-1 in the World Cup qualifier.")))
                .isEqualTo("world cup");
        assertThat(filter.cue(sentence("Brazil beat Argentina 3 - 0 on Sunday."))).isEqualTo("match score");
        assertThat(filter.cue(sentence("Stocks fell sharply as the Nasdaq slid."))).isNotNull();
        assertThat(filter.cue(sentence("Russian forces attacked the city of Kharkiv on Monday."))).isNull();
        assertThat(filter.cue(sentence("Israel and Hamas agreed to a 3-day truce."))).isNull();
    }

    @Test
    void findsWhatSearchingEveryCueFinds() throws Exception {
        NonPoliticalFilter filter = NonPoliticalFilter.builtIn();
        List<String> cues = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.resource("org/parley/event/non-political.tsv").rows()) {
            cues.add(row.get("cue").toLowerCase(Locale.ROOT));
        }
        List<String> words = new ArrayList<>(List.of("Brazil", "beat", "Beats", "won", "drew", "Argentina", "2-1",
                "3", "-", "–", "0", "12", "in", "the", "a", "World", "Cup", "cups", "worldcup", "Stocks", "fell",
                "rose", "S&P", "500", "semi-final", "final", ",", ".", ";", "(", ")", "\"", "Hamas", "Israel",
                "attacked", "met", "talks", "É", "_", "x", "super", "Bowl", "NBA's", "nba2", "Oscar-winning",
                "premiered", "box", "office", "box-office", "1-0,", "4–3"));
        for (String cue : cues) {
            words.addAll(List.of(cue.split(" ")));
        }
        Random random = new Random(5);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, n = 1 + random.nextInt(14); i < n; i++) {
                String word = words.get(random.nextInt(words.size()));
                text.append(random.nextBoolean() ? word : word.toUpperCase(Locale.ROOT));
                text.append(random.nextInt(8) == 0 ? "" : " ");
            }
            String t = text.toString();
            assertThat(filter.cue(sentence(t))).as(t).isEqualTo(everyCue(cues, t));
        }
    }

    /** The plain search: every cue in order on word boundaries, then a match score. */
    private static String everyCue(List<String> cues, String original) {
        String text = original.toLowerCase(Locale.ROOT);
        for (String cue : cues) {
            for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
                if (boundary(text, at - 1) && boundary(text, at + cue.length())) {
                    return cue;
                }
            }
        }
        return SCORE.matcher(text).find() ? "match score" : null;
    }

    private static boolean boundary(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }

    private static Sentence sentence(String text) {
        return new Sentence(0, 0, text.length(), text, List.of());
    }
}
