package org.parley.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parley.api.ActorMention;
import org.parley.api.CodedDocument;
import org.parley.api.Sentence;
import org.parley.ontology.CameoCodebook;
import org.parley.petrarch.PetrarchVerbFile;
import org.parley.testing.TestPipeline;

/** Sifting patterns by the words after the head finds exactly the matches that trying every pattern finds. */
class PatternMatcherTest {
    private static final List<String> NEWS = List.of(
            "Egypt called on Israel and Hamas to agree to a ceasefire on Monday.",
            "Russia called for an end to the fighting and demanded that its European partners lift sanctions.",
            "The minister called off the visit to Ankara after protesters in Istanbul called it a betrayal.",
            "Iran threatened to close the Strait of Hormuz if the United States imposed new sanctions.",
            "Hamas sought Qatar's help and promised to release the hostages, Egyptian officials said.",
            "The EU pledged aid to Ukraine, offered to mediate, and rejected Russia's demands for talks.",
            "Turkey accused Greece of violating its airspace - today - and called in the Greek ambassador.",
            "India and Pakistan agreed to resume talks, which broke down in 2019; China welcomed the move.");

    @Test
    void siftingChangesNoMatch() throws Exception {
        VerbPatternDictionary dictionary = VerbPatternDictionary.builtIn(CameoCodebook.load());
        List<List<VerbPattern>> heads = new ArrayList<>();
        for (String head : List.of("call", "demand", "threaten", "seek", "promise", "pledge", "offer", "reject",
                "accuse", "agree", "meet", "say")) {
            heads.add(dictionary.forHead(head));
        }
        assertSameWithAndWithoutSifting(heads);
    }

    /** PETRARCH's verb dictionary has source slots, noun-phrase skips and joined words among its patterns. */
    @Test
    void siftingChangesNoMatchWithPetrarchPatterns() throws Exception {
        Path shared = TestPipeline.sharedData();
        Path verbs = shared == null ? null : shared.resolve("petrarch2/validation/PETR_Validate_verbs_2_02.txt");
        Assumptions.assumeTrue(verbs != null && Files.exists(verbs), "PETRARCH validation verbs not present");
        VerbPatternDictionary dictionary = VerbPatternDictionary.of(
                PetrarchVerbFile.read(verbs, CameoCodebook.load()).patterns());
        Map<String, List<VerbPattern>> byHead = new TreeMap<>();
        for (VerbPattern pattern : dictionary.all()) {
            byHead.put(pattern.head(), dictionary.forHead(pattern.head()));
        }
        List<List<VerbPattern>> heads = new ArrayList<>();
        byHead.values().stream().filter(patterns -> patterns.size() >= 8).forEach(heads::add);
        assertThat(heads).hasSizeGreaterThan(5);
        List<String> records = new ArrayList<>();
        Matcher text = Pattern.compile("(?s)<Text>(.*?)</Text>").matcher(Files.readString(
                verbs.resolveSibling("PETR_Validate_records_2_02.xml")));
        while (text.find()) {
            records.add(text.group(1).strip().replaceAll("\\s+", " "));
        }
        assertSameWithAndWithoutSifting(heads, records);
    }

    private static void assertSameWithAndWithoutSifting(List<List<VerbPattern>> heads) {
        assertSameWithAndWithoutSifting(heads, List.of());
    }

    private static void assertSameWithAndWithoutSifting(List<List<VerbPattern>> heads, List<String> more) {
        assertThat(heads).allSatisfy(patterns -> assertThat(patterns).isInstanceOf(PatternMatcher.Sifted.class));
        List<String> words = new ArrayList<>();
        NEWS.forEach(sentence -> words.addAll(List.of(sentence.split(" "))));
        List<String> texts = new ArrayList<>(NEWS);
        Random random = new Random(3);
        for (int i = 0; i < 60; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0, n = 3 + random.nextInt(25); w < n; w++) {
                text.append(words.get(random.nextInt(words.size()))).append(' ');
            }
            texts.add(text.toString().strip());
        }
        texts.addAll(more);
        int matched = 0;
        for (String text : texts) {
            CodedDocument coded = TestPipeline.code(text, LocalDate.of(2024, 3, 1));
            for (int s = 0; s < coded.sentences().size(); s++) {
                Sentence sentence = coded.sentences().get(s);
                List<ActorMention> actors = coded.actors().get(s);
                for (List<VerbPattern> patterns : heads) {
                    for (int head = 0; head < sentence.size(); head++) {
                        if (!sentence.token(head).isVerb() && !sentence.token(head).isNoun()) {
                            continue; // patterns are matched at verbs, and at nouns for nominal events
                        }
                        for (boolean passive : new boolean[] {false, true}) {
                            PatternMatcher.Match all = PatternMatcher.bestMatch(patterns, sentence, head, head,
                                    actors, passive, false);
                            PatternMatcher.Match sifted = PatternMatcher.bestMatch(patterns, sentence, head, head,
                                    actors, passive, true);
                            // A plain list: the filter bits worked out per call rather than with the dictionary.
                            PatternMatcher.Match plain = PatternMatcher.bestMatch(List.copyOf(patterns), sentence,
                                    head, head, actors, passive, true);
                            assertThat(sifted).as(text + " @" + head).isEqualTo(all);
                            assertThat(plain).as(text + " @" + head).isEqualTo(all);
                            matched += all == null ? 0 : 1;
                        }
                    }
                }
            }
        }
        assertThat(matched).isGreaterThan(100);
    }
}
