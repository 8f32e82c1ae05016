package org.parley.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.parley.testing.TestPipeline;

/** The fast tokenizer and tagger must give exactly what OpenNLP's own give, on news and on random text. */
class BeamPosTaggerTest {
    private static final OpenNlpModels MODELS = OpenNlpModels.english();
    private static final List<String> NEWS = List.of(
            "Russian Deputy Foreign Minister Mikhail Bogdanov met Hamas leader Ismail Haniyeh in Doha on Monday.",
            "Israel didn't strike Gaza, the army said; it denied the reports.",
            "The U.S.-led coalition said 3,000 troops would leave Iraq by mid-2021 - officials weren't sure.",
            "\"We will not negotiate,\" said al-Qaeda's spokesman, e.g. at the 2019 summit (in Sochi).",
            "Fatah and Hamas have been rivals since 2007. The latter controls Gaza.",
            "Hamas’ Deputy Leader Mousa Abu Marzouk headed a delegation which visited Moscow in July.");

    @Test
    void tagsAndTokensAreOpenNlpsOnNews() throws IOException {
        List<String> sentences = new ArrayList<>(NEWS);
        Path shared = TestPipeline.sharedData();
        if (shared != null && Files.exists(shared.resolve("plover/gsr-dev.jsonl"))) {
            ObjectMapper json = new ObjectMapper();
            for (String line : Files.readAllLines(shared.resolve("plover/gsr-dev.jsonl"))) {
                if (!line.isBlank()) {
                    sentences.add(json.readTree(line).get("text").asText());
                }
            }
        }
        Path validation = shared == null ? null
                : shared.resolve("petrarch2/validation/PETR_Validate_records_2_02.xml");
        if (validation != null && Files.exists(validation)) {
            Matcher text = Pattern.compile("(?s)<Text>(.*?)</Text>").matcher(Files.readString(validation));
            while (text.find()) {
                sentences.add(text.group(1).strip().replaceAll("\\s+", " "));
            }
        }
        assertSameAsOpenNlp(sentences);
    }

    /**
     * News words in random order, where the tagger is least sure and the greedy shortcut most often has to give way
     * to the beam search.
     */
    @Test
    void tagsAreOpenNlpsOnShuffledNewsWords() {
        List<String> words = new ArrayList<>();
        for (String sentence : NEWS) {
            words.addAll(List.of(sentence.split(" ")));
        }
        Random random = new Random(7);
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            StringBuilder s = new StringBuilder();
            for (int w = 0, n = 1 + random.nextInt(40); w < n; w++) {
                s.append(words.get(random.nextInt(words.size()))).append(' ');
            }
            sentences.add(s.toString().strip());
        }
        assertSameAsOpenNlp(sentences);
    }

    @Test
    void tagsAndTokensAreOpenNlpsOnRandomText() {
        Random random = new Random(42);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:'’\"-()!?$%&/\u00a0";
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder s = new StringBuilder();
            int length = 1 + random.nextInt(120);
            for (int c = 0; c < length; c++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            sentences.add(s.toString());
        }
        assertSameAsOpenNlp(sentences);
    }

    private static void assertSameAsOpenNlp(List<String> sentences) {
        ChunkTokenizer chunks = new ChunkTokenizer(MODELS.tokens());
        BeamPosTagger beam = new BeamPosTagger(MODELS.pos());
        TokenizerME tokenizer = new TokenizerME(MODELS.tokens());
        POSTaggerME tagger = new POSTaggerME(MODELS.pos());
        // Twice, so that the second pass reads the tokenizer's memo.
        for (int pass = 0; pass < 2; pass++) {
            for (String sentence : sentences) {
                Span[] expected = tokenizer.tokenizePos(sentence);
                assertThat(chunks.tokenizePos(sentence)).as(sentence).containsExactly(expected);
                String[] words = Span.spansToStrings(expected, sentence);
                String[] expectedTags = tagger.tag(words);
                assertThat(beam.tag(words)).as(sentence).containsExactly(expectedTags);
                assertThat(beam.tagByBeam(words)).as(sentence).containsExactly(expectedTags);
            }
        }
    }
}
