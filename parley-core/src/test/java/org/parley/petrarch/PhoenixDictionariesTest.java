package org.parley.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.actor.ActorDictionary;
import org.parley.actor.ActorEntry;
import org.parley.actor.ActorEntry.Kind;
import org.parley.actor.ActorNames;
import org.parley.actor.DictionaryActorRecognizer;
import org.parley.actor.WordwiseSplitter;
import org.parley.api.ActorRecognizer;
import org.parley.api.Document;
import org.parley.dictionary.InvalidDictionaryException;
import org.parley.testing.TestPipeline;
import org.parley.text.OpenNlpModels;
import org.parley.text.OpenNlpTextAnalyzer;

/** The Phoenix actor and agent dictionaries of PETRARCH 2 (shared data) load completely and mean what they say. */
class PhoenixDictionariesTest {
    private static final String[] ACTOR_FILES = {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
            "Phoenix.MilNonState.actors.txt"};

    private static OpenNlpTextAnalyzer analyzer;
    private static Path dictionaries;
    private static final List<DictionaryReport> REPORTS = new ArrayList<>();
    private static ActorDictionary dictionary;
    private static long loadMillis;

    @BeforeAll
    static void load() throws InvalidDictionaryException {
        Path shared = TestPipeline.sharedData();
        assumeTrue(shared != null, "../shared/data absent: Phoenix dictionaries not available");
        dictionaries = shared.resolve("petrarch2/dictionaries");
        analyzer = new OpenNlpTextAnalyzer(OpenNlpModels.english());
        loadAll(); // warm-up: class loading, JIT, the tokenizer's first calls
        REPORTS.clear();
        long start = System.nanoTime();
        dictionary = loadAll();
        loadMillis = (System.nanoTime() - start) / 1_000_000;
        REPORTS.forEach(r -> System.out.println(r.summary()));
        // Load time is a speed figure: printed for the record, never asserted (a busy machine is not a defect).
        System.out.println("Phoenix actors and agents loaded in " + loadMillis + " ms, " + dictionary.size()
                + " phrases");
    }

    private static ActorDictionary loadAll() throws InvalidDictionaryException {
        ActorDictionary.Builder builder = new ActorDictionary.Builder(new WordwiseSplitter(analyzer::splitPhrase));
        for (String file : ACTOR_FILES) {
            REPORTS.add(PetrarchActorFile.read(dictionaries.resolve(file), builder));
        }
        REPORTS.add(PetrarchAgentFile.read(dictionaries.resolve("Phoenix.agents.txt"), builder));
        return builder.build();
    }

    private static List<ActorEntry> meanings(String phrase) {
        return dictionary.meanings(analyzer.splitPhrase(phrase));
    }

    private static List<String> codesOn(String phrase, LocalDate day) {
        return meanings(phrase).stream().filter(e -> e.validOn(day)).map(ActorEntry::code).distinct().toList();
    }

    @Test
    void everyFileLoadsCompletely() {
        assertThat(REPORTS).hasSize(4);
        // Measured: 25,916 / 7,903 / 1,793 actor names and synonyms, 2,243 agent terms (5,224 forms), 39,517 phrases.
        assertThat(REPORTS.get(0).read()).isGreaterThan(25_000);
        assertThat(REPORTS.get(1).read()).isGreaterThan(7_500);
        assertThat(REPORTS.get(2).read()).isGreaterThan(1_700);
        assertThat(REPORTS.get(3).read()).isGreaterThan(2_200);
        assertThat(REPORTS.get(3).loaded()).isGreaterThan(5_000);
        assertThat(dictionary.size()).isGreaterThan(39_000);
        // A few typos in 70,000 lines (dates of 7, 9 or 10 digits, names without codes) are reported, not fatal.
        assertThat(REPORTS).allSatisfy(r -> assertThat(r.warnings()).hasSizeLessThan(20));
    }

    @Test
    void kofiAnnanIsTheUnitedNationsOnlyInHisTerm() {
        assertThat(codesOn("Kofi Annan", LocalDate.of(2003, 3, 1))).containsExactly("IGOUNO");
        assertThat(codesOn("Kofi Annan", LocalDate.of(2010, 3, 1))).containsExactly("ELI");
        assertThat(codesOn("Kofi Atta Annan", LocalDate.of(1996, 12, 31))).containsExactly("ELI");
    }

    @Test
    void aCodeThatChangesByDateResolvesPerDay() {
        // MOHAMMAD_ZAHIR_SHAH_: AFGELI 320101-331108, AFGGOV 331108-730717, AFGELI 730717-070723
        assertThat(codesOn("Mohammad Zahir Shah", LocalDate.of(1950, 1, 1))).containsExactly("AFGGOV");
        assertThat(codesOn("Mohammad Zahir Shah", LocalDate.of(1933, 11, 7))).containsExactly("AFGELI");
        assertThat(codesOn("Mohammad Zahir Shah", LocalDate.of(1933, 11, 8))).containsExactly("AFGGOV");
        assertThat(codesOn("Mohammad Zahir Shah", LocalDate.of(1980, 1, 1))).containsExactly("AFGELI");
        assertThat(codesOn("Mohammad Zahir Shah", LocalDate.of(2010, 1, 1))).isEmpty();
    }

    /** The actors the recognizer finds in one sentence dated {@code day}. */
    private static List<String> recognized(String text, LocalDate day) throws InvalidDictionaryException {
        DictionaryActorRecognizer recognizer = new DictionaryActorRecognizer(dictionary, ActorNames.builtIn());
        Document document = Document.of("t", day, text);
        ActorRecognizer.Reading reading = recognizer.open(document);
        return analyzer.analyze(document).stream().flatMap(s -> reading.recognize(s).stream())
                .map(m -> m.code() + "=" + m.text()).toList();
    }

    @Test
    void theRecognizerResolvesADatedEntryOnTheStoryDate() throws Exception {
        String text = "Secretary-General Kofi Annan arrived in Kabul.";
        assertThat(recognized(text, LocalDate.of(2003, 3, 1))).contains("IGOUNO=Secretary-General Kofi Annan");
        assertThat(recognized(text, LocalDate.of(2010, 3, 1))).contains("ELI=Secretary-General Kofi Annan");
        assertThat(recognized(text, LocalDate.of(2010, 3, 1))).contains("AFG=Kabul");
    }

    @Test
    void theRecognizerComposesCountriesWithAgentsAndSkipsExcludedPhrases() throws Exception {
        assertThat(recognized("Afghan foreign ministers met in the Indian Ocean.", LocalDate.of(2010, 3, 1)))
                .containsExactly("AFGGOV=Afghan foreign ministers");
    }

    @Test
    void countriesAndSynonymsCompose() {
        assertThat(meanings("Afghanistan")).extracting(ActorEntry::code, ActorEntry::kind)
                .contains(tuple("AFG", Kind.COUNTRY));
        assertThat(meanings("Afghan")).extracting(ActorEntry::code).contains("AFG");
        assertThat(meanings("Afghan National Army")).extracting(ActorEntry::code).containsExactly("AFGMIL");
    }

    @Test
    void theNullCodeExcludesAPhrase() {
        assertThat(meanings("Indian Ocean")).extracting(ActorEntry::kind).containsExactly(Kind.EXCLUDED);
    }

    @Test
    void agentSubstitutionSetsAndPluralsExpand() {
        // CATTLE!PERSON! [~AGR] with !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
        for (String form : List.of("cattleman", "cattlemen", "cattlewoman", "cattlewomen", "cattleperson")) {
            assertThat(meanings(form)).as(form).extracting(ActorEntry::code, ActorEntry::kind)
                    .containsExactly(tuple("AGR", Kind.AGENT));
        }
        assertThat(meanings("foreign ministry")).extracting(ActorEntry::code).contains("GOV");
        assertThat(meanings("foreign ministries")).extracting(ActorEntry::code).contains("GOV");
        assertThat(meanings("farmers")).extracting(ActorEntry::code).containsExactly("AGR");
        assertThat(meanings("peacekeeping troops")).extracting(ActorEntry::code, ActorEntry::kind)
                .containsExactly(tuple("IGO", Kind.ORGANIZATION));
    }
}
