package org.parley.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.api.CodedEvent;
import org.parley.api.Document;
import org.parley.dictionary.InvalidDictionaryException;
import org.parley.event.CodingConventions;
import org.parley.pipeline.Parley;
import org.parley.pipeline.ParleyConfig;

/**
 * The PETRARCH dictionary semantics and conventions on small dictionaries of made-up countries: each feature of the
 * verb format that needs the coder (words before the verb, source and skip slots, passive codes, codes outside the
 * codebook) and each convention PETRARCH's validation suite expects.
 */
class PetrarchConventionsTest {
    private static final String ACTORS = """
            FREEDONIA [FRD]
            FREEDONIAN [FRD]
            SYLVANIA [SYL]
            SYLVANIAN [SYL]
            MARSHOVIA [MRS]
            """;
    private static final String AGENTS = """
            MINISTER [~GOV]
            """;
    private static final String VERBS = """
            --- CLASH [190] ---
            CLASH
            - * (OVER BORDER) [110]
            --- TOUR [042:043] ---
            TOUR
            --- ABANDON [080] ---
            ABANDON
            --- DETAIN [212] ---
            DETAIN
            --- CLIMB [---] ---
            CLIMB
            - {DEATH TOLL} * [190]
            --- OBTAIN [033] ---
            OBTAIN
            - + * LOAN (FROM $) [071]
            --- FEAST [051] ---
            FEAST
            - * (IN ^) (WITH +) [017]
            --- SHOOT [190] ---
            SHOOT {SHOOTS SHOT SHOOTING}
            --- INVADE [190] ---
            INVADE
            --- LEAVE [012] ---
            LEAVE
            --- LEFT [042:043] ---
            LEFT
            --- ARRANGE [040] ---
            ARRANGE
            --- RENEW [---] ---
            RENEW
            - * LICENCE [031]
            --- BLOCKADE [191] ---
            BLOCKADE
            --- DEPART [040] ---
            DEPART
            --- CRITICIZE [111] ---
            CRITICIZE
            - HEAVILY * [122]
            --- PRAISE [051] ---
            PRAISE
            - * {ECONOMIC POLICY} [061]
            --- TOAST [051] ---
            TOAST
            - * VICTORY (AT ^ ^) + [017]
            """;

    private static Parley petrarch;
    private static Parley parley;

    @BeforeAll
    static void load(@TempDir Path dir) throws IOException, InvalidDictionaryException {
        Path actors = Files.writeString(dir.resolve("test.actors"), ACTORS);
        Path agents = Files.writeString(dir.resolve("test.agents"), AGENTS);
        Path verbs = Files.writeString(dir.resolve("test.verbs"), VERBS);
        ParleyConfig config = ParleyConfig.defaults().withBuiltInActors(false).withBuiltInVerbs(false)
                .withActorFiles(List.of(actors)).withAgentFiles(List.of(agents)).withVerbFiles(List.of(verbs));
        petrarch = Parley.load(config.withConventions(CodingConventions.PETRARCH));
        parley = Parley.load(config);
    }

    private static List<String> codes(Parley coder, String text) {
        return coder.pipeline().code(Document.of("t", LocalDate.of(2001, 5, 1), text)).events().stream()
                .map(PetrarchConventionsTest::triple).toList();
    }

    private static String triple(CodedEvent e) {
        return e.source().code() + " " + e.type().cameo() + " " + (e.target() == null ? "---" : e.target().code());
    }

    @Test
    void aNegatedActCodesItsOppositeWherePetrarchDefinesOne() {
        for (String negated : List.of("did not clash", "didn't clash", "will not clash", "can't ever clash",
                "really did not clash")) {
            assertThat(codes(petrarch, "The Freedonian minister " + negated + " over the border with Sylvania."))
                    .as(negated).containsExactly("FRDGOV 050 SYL");
        }
        assertThat(codes(petrarch, "Freedonia clashed over the border with Sylvania.")).containsExactly("FRD 110 SYL");
        // "did not abandon" (080) is a refusal to yield (124); Parley's own conventions code no event.
        assertThat(codes(petrarch, "Freedonia did not abandon Sylvania.")).containsExactly("FRD 124 SYL");
        assertThat(codes(parley, "Freedonia did not abandon Sylvania.")).isEmpty();
        // An act PETRARCH defines no negation for is no event.
        assertThat(codes(petrarch, "Freedonia did not invade Sylvania.")).isEmpty();
    }

    @Test
    void thePassiveCodeCodesTheEventFromTheTarget() {
        assertThat(codes(petrarch, "The Freedonian minister toured Sylvania.")).containsExactly("FRDGOV 042 SYL",
                "SYL 043 FRDGOV");
        assertThat(codes(petrarch, "Freedonia invaded Sylvania.")).containsExactly("FRD 190 SYL");
        assertThat(codes(parley, "The Freedonian minister toured Sylvania.")).containsExactly("FRDGOV 042 SYL");
    }

    @Test
    void aCodeOutsideTheCodebookIsCodedAsTheDictionaryWritesIt() {
        List<CodedEvent> events = petrarch.pipeline().code(Document.of("t", LocalDate.of(2001, 5, 1),
                "Freedonia detained Sylvanian sailors.")).events();
        assertThat(events).extracting(PetrarchConventionsTest::triple).containsExactly("FRD 212 SYL");
        assertThat(events.get(0).type().plover().event()).isEqualTo("-");
    }

    @Test
    void wordsBeforeTheVerbStandBetweenItsSubjectAndIt() {
        assertThat(codes(petrarch, "Freedonia's death toll has climbed in the war with Sylvania."))
                .containsExactly("FRD 190 SYL");
        assertThat(codes(petrarch, "Freedonia has climbed in the war with Sylvania.")).isEmpty();
    }

    @Test
    void aSourceSlotAfterTheVerbActsOnTheSubject() {
        assertThat(codes(petrarch, "Sylvania obtained a loan from Freedonia.")).containsExactly("FRD 071 SYL");
    }

    @Test
    void aSkipSlotPassesOverOneNounPhrase() {
        assertThat(codes(petrarch, "Freedonia feasted in Marshovia with Sylvania.")).containsExactly("FRD 017 SYL");
    }

    @Test
    void aPassiveWithoutAgentTakesTheActorAfterTheVerbAsSource() {
        assertThat(codes(petrarch, "A Sylvanian was shot dead in Freedonia.")).containsExactly("FRD 190 SYL");
        assertThat(codes(parley, "A Sylvanian was shot dead in Freedonia.")).isEmpty();
    }

    @Test
    void aFormThatHeadsABlockIsThatVerbNotItsLemma() {
        assertThat(codes(petrarch, "The Freedonian minister left for Sylvania.")).containsExactly("FRDGOV 042 SYL",
                "SYL 043 FRDGOV");
    }

    @Test
    void aVerbMatchesByTheFormsTheDictionaryKnows() {
        // The lemmatizer reads "departes" as "depart"; PETRARCH's forms of DEPART are departs, departed, departing.
        assertThat(codes(parley, "Freedonia departes from Sylvania almost five years later."))
                .containsExactly("FRD 040 SYL");
        assertThat(codes(petrarch, "Freedonia departes from Sylvania almost five years later.")).isEmpty();
        assertThat(codes(petrarch, "Freedonia departed from Sylvania almost five years later."))
                .containsExactly("FRD 040 SYL");
    }

    @Test
    void anEventNeedsATarget() {
        assertThat(codes(petrarch, "Freedonia invaded yesterday.")).isEmpty();
        assertThat(codes(parley, "Freedonia invaded yesterday.")).containsExactly("FRD 190 ---");
    }

    @Test
    void aPlaceIsAPartnerOfAMeeting() {
        assertThat(codes(petrarch, "The Freedonian minister arranged talks in Sylvania."))
                .containsExactly("FRDGOV 040 SYL");
        assertThat(codes(parley, "The Freedonian minister arranged talks in Sylvania."))
                .containsExactly("FRDGOV 040 ---");
    }

    @Test
    void aPossessiveIsNoTargetAndAParticipleKeepsItsNounPhrase() {
        assertThat(codes(petrarch, "The Freedonian minister renewed his licence in Sylvania."))
                .containsExactly("FRDGOV 031 SYL");
        assertThat(codes(petrarch, "Freedonia blockaded the roads leading into Sylvania."))
                .containsExactly("FRD 191 SYL");
    }

    @Test
    void wordsBeforeTheVerbGroupAreNotItsAdverbs() {
        assertThat(codes(petrarch, "Sylvania was heavily and unjustly criticized by Freedonia."))
                .containsExactly("FRD 111 SYL");
    }

    @Test
    void aNounPhraseKeepsItsLastModifierNextToItsHead() {
        assertThat(codes(petrarch, "Freedonia praised the new economic policy of Sylvania."))
                .containsExactly("FRD 061 SYL");
        assertThat(codes(petrarch, "Freedonia praised the economic and social policy of Sylvania."))
                .containsExactly("FRD 051 SYL");
    }

    @Test
    void twoSkipsInOnePhrasePassOverOneNounPhrase() {
        assertThat(codes(petrarch, "Freedonia toasted the victory at Marshovia alongside Sylvania."))
                .containsExactly("FRD 017 SYL");
    }

    @Test
    void aConjunctMayCarryModifiersTheTaggerCallsNouns() {
        assertThat(codes(petrarch, "Marshovia and the evil awful Freedonia invaded Sylvania."))
                .containsExactlyInAnyOrder("MRS 190 SYL", "FRD 190 SYL");
    }

    @Test
    void sportIsLeftToTheDiscardList() {
        assertThat(codes(petrarch, "The Freedonian basketball team toured Sylvania.")).contains("FRD 042 SYL");
        assertThat(codes(parley, "The Freedonian basketball team toured Sylvania.")).isEmpty();
    }

    @Test
    void anActUnderAModalIsCoded() {
        assertThat(codes(petrarch, "Freedonia would invade Sylvania.")).containsExactly("FRD 190 SYL");
        assertThat(codes(parley, "Freedonia would invade Sylvania.")).isEmpty();
    }
}
