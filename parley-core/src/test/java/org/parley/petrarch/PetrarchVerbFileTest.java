package org.parley.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.dictionary.InvalidDictionaryException;
import org.parley.event.VerbPattern;
import org.parley.ontology.CameoCodebook;
import org.parley.testing.TestPipeline;

/** Each feature of the PETRARCH verb format on small files, and the real CAMEO 2.0 and validation dictionaries. */
class PetrarchVerbFileTest {
    private static CameoCodebook codebook;

    @BeforeAll
    static void codebook() throws InvalidDictionaryException {
        codebook = CameoCodebook.load();
    }

    private static PetrarchVerbFile.Translation read(String... lines) throws InvalidDictionaryException {
        String text = String.join("\n", lines);
        return PetrarchVerbFile.read("test.verbs", PetrarchLines.read("test.verbs",
                new BufferedReader(new StringReader(text))), codebook);
    }

    /** The patterns as "CODE head elements". */
    private static List<String> patterns(PetrarchVerbFile.Translation translation) {
        return translation.patterns().stream()
                .map(p -> p.cameo() + " " + p.head()
                        + (p.elements().isEmpty() ? "" : " " + String.join(" ", p.elements())))
                .toList();
    }

    @Test
    void verbsCodeAloneWithTheirBlockOrOwnCode() throws Exception {
        var t = read("--- DRAFT [---] ---", "DRAFT", "OUTLINE [010]", "--- ACCUSE [112] ---", "ACCUSE",
                "DRAW {DRAWS DREW DRAWN }", "+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF}", "WIRE_+TAP");
        assertThat(patterns(t)).containsExactly("010 outline +", "112 accuse +", "112 draw +", "112 cordon off +");
        assertThat(t.report().skipped()).containsEntry("multi-word verb with words before the verb", 1);
        assertThat(t.report().read()).isEqualTo(6);
        // Inflected forms, for words the lemmatizer leaves alone: given in {...}, else the regular ones.
        assertThat(t.forms()).containsEntry("drew", "draw").containsEntry("drawn", "draw")
                .containsEntry("accused", "accuse").containsEntry("accusing", "accuse")
                .containsEntry("cordoned", "cordon");
    }

    @Test
    void patternsFollowTheVerbWithTheTargetWhereItCanStand() throws Exception {
        var t = read("--- RESTORE [---] ---", "RESTORE", "RENEW",
                "- * {DIPLOMATIC TIES} (WITH) [064]  # a comment",
                "- * TALKS (IN ^ ^) (WITH +) [040:040]",
                "- * AWAY [---]");
        assertThat(patterns(t)).containsExactly(
                "064 restore + diplomatic _ ties with", "064 renew + diplomatic _ ties with",
                "064 restore diplomatic _ ties with +", "064 renew diplomatic _ ties with +",
                "040 restore talks in ^ with +", "040 renew talks in ^ with +",
                "--- restore away", "--- renew away");
        assertThat(t.patterns().get(0).text()).isEqualTo("- * {DIPLOMATIC TIES} (WITH) [064]  (test.verbs:4)");
        assertThat(t.patterns()).filteredOn(VerbPattern::codesNothing).hasSize(2);
    }

    @Test
    void synsetsExpandAndNest() throws Exception {
        var t = read("&CURRENCY", "+DOLLARS", "+SWISS FRANCS", "&TIES_", "+TIES", "+&CURRENCY",
                "--- GRANT [070] ---", "GRANT", "- * &TIES_ (TO +) [071]");
        assertThat(patterns(t)).containsExactly("070 grant +", "071 grant ties to +", "071 grant dollars to +",
                "071 grant swiss francs to +");
    }

    @Test
    void whatParleyCannotExpressIsCountedByReason() throws Exception {
        var t = read("--- ATTACK [190] ---", "ATTACK",
                "- $ ^ (FOR) * [164]", "- + * {DEMAND CONVENTIONS} [111]", "- * FROM $ TO + [0311]",
                "- % * [050]", "- * &UNDEFINED [190]", "- * (FROM) [:071]", "- * {NEW RELATIONS} [075A]",
                "- $ * (AS MEDIATOR) (WITH +) [045]", "~ a (a b ATTACK) SAY = a b 015");
        assertThat(t.report().skipped()).containsEntry("actor or skipped phrase among the words before the verb", 1)
                .containsEntry("target (+) before the verb", 1)
                .containsEntry("source ($) and target (+) both after the verb", 1)
                .containsEntry("compound actor (%)", 1).containsEntry("undefined synset", 1)
                .containsEntry("code for the passive only [:code]", 1)
                .containsEntry("code neither in the CAMEO codebook nor numeric", 1)
                .containsEntry("verb transformation (~)", 1);
        assertThat(patterns(t)).containsExactly("190 attack +", "045 attack as mediator with +");
        assertThat(t.report().warnings()).anySatisfy(w -> assertThat(w).startsWith("test.verbs:3: actor or"));
        assertThat(t.report().read()).isEqualTo(10);
    }

    @Test
    void wordsBeforeTheVerbStandBetweenSubjectAndVerb() throws Exception {
        var t = read("&COUNT", "+TOLL", "+TOTAL", "--- CLIMB [---] ---", "CLIMB", "- {DEATH &COUNT} * [190]",
                "- $ * HIGHER [---]");
        assertThat(t.patterns()).extracting(p -> String.join(" ", p.before()) + " * " + p.head() + " "
                + String.join(" ", p.elements()) + " " + p.cameo())
                .containsExactly("death toll * climb + 190", "death total * climb + 190", " * climb higher ---");
    }

    @Test
    void aSourceAfterTheVerbMakesTheSubjectTheTarget() throws Exception {
        var t = read("--- OBTAIN [033] ---", "OBTAIN", "- + * LOAN (FROM $) [071]", "- * GIFT $ [073]");
        assertThat(patterns(t)).containsExactly("033 obtain +", "071 obtain loan from $", "073 obtain gift $");
        assertThat(t.patterns()).filteredOn(VerbPattern::hasSource).hasSize(2);
    }

    @Test
    void thePassiveCodeIsTheEventSeenFromTheTarget() throws Exception {
        var t = read("--- TOUR [042:043] ---", "TOUR", "- * (AROUND) [042]", "--- GREET [043:---] ---", "GREET");
        assertThat(t.patterns()).extracting(p -> p.cameo() + "/" + p.reverse() + " " + p.head() + " "
                + String.join(" ", p.elements()))
                .containsExactly("042/043 tour +", "042/null tour + around", "042/null tour around +",
                        "043/null greet +");
    }

    @Test
    void numericCodesOutsideTheCodebookAreKeptAsWritten() throws Exception {
        var t = read("--- DETAIN [212] ---", "DETAIN", "- * {NEW RELATIONS} [1951]");
        assertThat(patterns(t)).containsExactly("212 detain +", "1951 detain + new _ relations",
                "1951 detain new _ relations +");
        assertThat(t.report().skippedTotal()).isZero();
        assertThat(t.report().warnings()).anySatisfy(w -> assertThat(w).contains("code 212 is not in the CAMEO"));
        CameoCodebook extended = codebook.including(List.of("212", "1951", "190"));
        assertThat(extended.get("1951").plover()).isEqualTo(codebook.get("195").plover());
        assertThat(extended.get("212").plover().event()).isEqualTo("-");
        assertThat(codebook.find("212")).isEmpty();
    }

    @Test
    void malformedPatternsAreSkippedAsPetrarchSkipsThem() throws Exception {
        // "[###]" loses its code to the comment sign, in PETRARCH too.
        var t = read("--- ACCUSE [112] ---", "ACCUSE", "- * DIPLXMATIC  [###]", "- (OF CRIMES) [112]");
        assertThat(t.report().skipped()).containsEntry("malformed pattern", 2);
        assertThat(t.report().warnings()).first().asString().startsWith("test.verbs:3: pattern without a [code]");
    }

    @Test
    void verbsAndPatternsOutsideABlockNameFileAndLine() {
        assertError(1, "before any '--- VERB [code] ---' block", "ACCUSE");
        assertError(2, "before any '--- VERB [code] ---' block", "# verbs", "- * (OF CRIMES) [112]");
    }

    private static void assertError(int line, String message, String... lines) {
        assertThatThrownBy(() -> read(lines)).isInstanceOfSatisfying(InvalidDictionaryException.class, e -> {
            assertThat(e.file()).isEqualTo("test.verbs");
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.getMessage()).contains(message);
        });
    }

    @Test
    void theCameoAndValidationVerbDictionariesTranslate() throws Exception {
        Path shared = TestPipeline.sharedData();
        assumeTrue(shared != null, "../shared/data absent: PETRARCH verb dictionaries not available");
        for (String name : List.of("dictionaries/CAMEO.2.0.txt", "validation/PETR_Validate_verbs_2_02.txt")) {
            long start = System.nanoTime();
            var t = PetrarchVerbFile.read(shared.resolve("petrarch2").resolve(name), codebook);
            System.out.println(t.report().summary() + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            DictionaryReport r = t.report();
            assertThat(r.read() - r.skippedTotal()).as("translated").isGreaterThan(r.skippedTotal());
        }
    }
}
