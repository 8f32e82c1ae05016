package org.parley.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.api.Document;
import org.parley.api.Sentence;
import org.parley.api.Token;
import org.parley.testing.TestPipeline;

class OpenNlpTextAnalyzerTest {
    private static final OpenNlpTextAnalyzer ANALYZER = new OpenNlpTextAnalyzer(OpenNlpModels.english());

    private static List<Sentence> analyze(String text) {
        return ANALYZER.analyze(Document.of("t", LocalDate.of(2019, 11, 30), text));
    }

    @Test
    void splitsSentencesAndLinesWithDocumentOffsets() {
        String text = "Hamas-Russia Reuters\nHamas hopes Russia could help. But will it work?";
        List<Sentence> sentences = analyze(text);
        assertThat(sentences).extracting(Sentence::text)
                .containsExactly("Hamas-Russia Reuters", "Hamas hopes Russia could help.", "But will it work?");
        for (Sentence s : sentences) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
            for (Token t : s.tokens()) {
                assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            }
        }
        assertThat(sentences).extracting(Sentence::index).containsExactly(0, 1, 2);
    }

    @Test
    void splitsCliticsSoNamesAndNegationAreVisible() {
        Sentence s = analyze("Hamas’ deputy leader didn't visit al-Qaeda's camp.").get(0);
        assertThat(s.tokens()).extracting(Token::text)
                .contains("Hamas", "’", "did", "n't", "Qaeda", "'s", "camp", ".");
    }

    @Test
    void tagsAndLemmatisesVerbsAndNouns() {
        Sentence s = analyze("Russian officials met Hamas leaders and imposed sanctions.").get(0);
        Token met = s.tokens().stream().filter(t -> t.text().equals("met")).findFirst().orElseThrow();
        assertThat(met.pos()).isEqualTo("VERB");
        assertThat(met.lemma()).isEqualTo("meet");
        Token sanctions = s.tokens().stream().filter(t -> t.text().equals("sanctions")).findFirst().orElseThrow();
        assertThat(sanctions.lemma()).isEqualTo("sanction");
    }

    @Test
    void splitsPhrasesLikeText() {
        assertThat(ANALYZER.splitPhrase("al-Qaeda")).containsExactly("al", "-", "Qaeda");
        assertThat(ANALYZER.splitPhrase("Hamas's")).containsExactly("Hamas", "'s");
    }

    @Test
    void survivesRandomInput() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(300);
            for (int i = 0; i < length; i++) {
                text.append((char) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0x3000)));
            }
            List<Sentence> sentences = analyze(text.toString());
            for (Sentence s : sentences) {
                assertThat(s.tokens()).isNotEmpty();
                assertThat(s.end()).isLessThanOrEqualTo(text.length());
            }
            // The whole pipeline must not fail on garbage either.
            TestPipeline.code(text.toString(), LocalDate.of(2020, 1, 1));
        }
    }
}
