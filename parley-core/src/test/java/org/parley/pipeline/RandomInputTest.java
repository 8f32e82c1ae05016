package org.parley.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.api.CodedDocument;
import org.parley.api.CodedEvent;
import org.parley.api.Document;
import org.parley.testing.TestPipeline;

/**
 * Every stage that reads text survives random text: word salads of actor names, verbs, pronouns, modals,
 * prepositions and punctuation in any order, and random characters. No exception, and every event's offsets lie
 * inside its document.
 */
class RandomInputTest {
    private static final String[] WORDS = {"Russia", "Hamas", "the", "movement", "it", "its", "they", "he", "his",
        "to", "not", "will", "would", "must", "said", "met", "with", "and", ",", ".", "accused", "of", "attacking",
        "Israeli", "Palestinian", "militants", "in", "Gaza", "the former", "the latter", "was", "attacked", "by",
        "Foreign", "Minister", "Sergei", "Lavrov", "refused", "threatened", "pledged", "unless", "if", "that",
        "announced", "a", "suspension", "visit", "to", "Moscow", "on", "Wednesday", "-", "\"", ";", "(", ")",
        "Egypt", "and", "Qatar", "condemned", "who", "which", "including", "about", "is", "willing", "decided"};

    @Test
    void wordSaladsNeverBreakThePipeline() {
        Random random = new Random(20261125L);
        for (int doc = 0; doc < 300; doc++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(60);
            for (int w = 0; w < length; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(8) == 0 ? ". " : " ");
            }
            check(text.toString());
        }
    }

    @Test
    void randomCharactersNeverBreakThePipeline() {
        Random random = new Random(7L);
        for (int doc = 0; doc < 100; doc++) {
            StringBuilder text = new StringBuilder("x");
            int length = random.nextInt(400);
            for (int c = 0; c < length; c++) {
                text.append((char) (32 + random.nextInt(0x250)));
            }
            check(text.toString());
        }
    }

    private static void check(String text) {
        Document document = Document.of("random", LocalDate.of(2019, 11, 30), text);
        assertThatCode(() -> {
            CodedDocument coded = TestPipeline.parley().pipeline().code(document);
            for (CodedEvent event : coded.events()) {
                assertThat(event.verbStart()).isBetween(0, text.length());
                assertThat(event.verbEnd()).isBetween(event.verbStart(), text.length());
            }
        }).as("coding %s", text).doesNotThrowAnyException();
    }
}
