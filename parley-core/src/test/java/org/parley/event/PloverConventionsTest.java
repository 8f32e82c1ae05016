package org.parley.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.testing.EventAssert.assertCodes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.api.CodedEvent;
import org.parley.testing.TestPipeline;

/** Where PLOVER's definitions decide the type of an act that a naive CAMEO reading would code otherwise. */
class PloverConventionsTest {
    private static String ploverOf(List<CodedEvent> events, String cameo) {
        return events.stream().filter(e -> e.type().cameo().equals(cameo)).findFirst().orElseThrow()
                .type().plover().event();
    }

    @Test
    void aResignationIsARetreat() {
        List<CodedEvent> events = assertCodes(
                "Bolivian Interior Minister Carlos Romero resigned on Sunday after weeks of street protests.",
                "BOLGOV 0831 -");
        assertThat(ploverOf(events, "0831")).isEqualTo("RETREAT");
        assertThat(events.get(0).type().plover().mode()).isEqualTo("resign");
    }

    @Test
    void dismissingAMinisterIsNoResignation() {
        List<CodedEvent> events = assertCodes(
                "Ethiopian Prime Minister Abiy Ahmed sacked the army chief and the head of the intelligence service.",
                "ETHGOV 083 -");
        assertThat(ploverOf(events, "083")).isEqualTo("CONCEDE");
    }

    @Test
    void anInvasionIsAnAssault() {
        List<CodedEvent> events = assertCodes("Turkey launched an invasion of northern Syria on Wednesday.",
                "TUR 190 SYR");
        assertThat(ploverOf(events, "190")).isEqualTo("ASSAULT");
    }

    @Test
    void cancellingAVisitReducesRelations() {
        List<CodedEvent> events = assertCodes(
                "The Danish foreign minister cancelled a planned visit to Washington after the row over Greenland.",
                "DNKGOV 160 USA");
        assertThat(ploverOf(events, "160")).isEqualTo("SANCTION");
    }

    @Test
    void violatingACeasefireAgreementIsFighting() {
        assertCodes("Monitors said the Ukrainian army violated the ceasefire agreement near Donetsk overnight.",
                "UKRMIL 196 -");
    }

    @Test
    void aHearingIntoAPracticeInvestigates() {
        List<CodedEvent> events = assertCodes(
                "Kenya's Supreme Court opened a hearing into the conduct of the election commission on Monday.",
                "KENJUD 090 -");
        assertThat(ploverOf(events, "090")).isEqualTo("ACCUSE");
    }

    @Test
    void allowingDeliveriesLetsAidIn() {
        List<CodedEvent> events = TestPipeline.events(
                "Israel reopened the Kerem Shalom crossing to allow the delivery of fuel to Gaza.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.type().cameo()).isEqualTo("0863");
            assertThat(e.source().code()).isEqualTo("ISR");
            assertThat(e.target().code()).startsWith("PSE");
            assertThat(e.type().plover().event()).isEqualTo("RETREAT");
        });
    }

    @Test
    void mobilisingCiviliansRalliesSupportAndMobilisingTroopsMobilizes() {
        List<CodedEvent> rally = assertCodes("Qatar mobilized advocacy groups in Europe to back the Afghan refugees.",
                "QAT 053 AFGREF");
        assertThat(ploverOf(rally, "053")).isEqualTo("SUPPORT");
        List<CodedEvent> troops = TestPipeline.events("Armenia mobilized its reservists on Sunday.");
        assertThat(troops).anySatisfy(e -> assertThat(e.type().plover().event()).isEqualTo("MOBILIZE"));
    }

    @Test
    void opposingAMediationRejectsIt() {
        List<CodedEvent> events = assertCodes(
                "Ethiopia is opposed to Egyptian mediation in the dispute over the Nile dam.", "ETH 126 EGY");
        assertThat(ploverOf(events, "126")).isEqualTo("REJECT");
    }
}
