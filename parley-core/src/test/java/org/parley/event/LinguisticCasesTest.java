package org.parley.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.testing.EventAssert.assertCodes;
import static org.parley.testing.EventAssert.assertNoEvents;
import static org.parley.testing.EventAssert.triples;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.api.Discard;
import org.parley.testing.TestPipeline;

/** The linguistic cases the coder must get right, each on a news sentence. */
class LinguisticCasesTest {
    @Test
    void aPledgeToActIsAnIntentNotTheAct() {
        List<String> triples = triples(TestPipeline.events(
                "Japan pledged to send humanitarian aid to Turkey after the earthquake."));
        assertThat(triples).anyMatch(t -> t.startsWith("JPN 033") && t.endsWith(" TUR"));
        assertThat(triples).noneMatch(t -> t.contains(" 07"));
    }

    @Test
    void aThreatToStrikeIsAThreat() {
        List<String> triples = triples(TestPipeline.events("Iran threatened to attack Israel if it struck its nuclear sites."));
        assertThat(triples).anyMatch(t -> t.startsWith("IRN 138") && t.endsWith(" ISR"));
        assertThat(triples).noneMatch(t -> t.startsWith("IRN 19"));
    }

    @Test
    void theFutureTenseAnnouncesAMeeting() {
        assertCodes("Russian Foreign Minister Sergei Lavrov will meet Hamas leaders in Moscow next week.",
                "RUSGOV 036 PSEREBHMS");
    }

    @Test
    void aCommitmentInAThatClauseIsAnIntent() {
        assertCodes("Sudan's army promised that it would release the detained protesters.", "SDNMIL 0353 -");
        List<String> triples = triples(TestPipeline.events(
                "Kenyan and Ugandan officials agreed on Tuesday that their governments should share intelligence."));
        assertThat(triples).anyMatch(t -> t.matches("(KEN|UGA)GOV 0314 .*"));
        assertThat(triples).noneMatch(t -> t.contains(" 064 "));
    }

    @Test
    void aRefusalToMeetRejects() {
        assertCodes("Israel refused to meet Hamas negotiators in Cairo.", "ISR 125 PSEREBHMS");
    }

    @Test
    void willNotIsARefusal() {
        List<String> triples = triples(TestPipeline.events(
                "The United States will not lift sanctions on Iran, the State Department said."));
        assertThat(triples).anyMatch(t -> t.startsWith("USA") && t.contains(" 12") && t.endsWith(" IRN"));
    }

    @Test
    void negationLeavesNoEvent() {
        assertNoEvents("Egypt did not attack Libya.");
    }

    @Test
    void reportedSpeechCodesTheReportedAct() {
        List<String> triples = triples(TestPipeline.events(
                "Syrian state media said Turkish troops shelled Kurdish fighters near Kobani."));
        assertThat(triples).anyMatch(t -> t.startsWith("TURMIL 19"));
        assertThat(triples).noneMatch(t -> t.startsWith("SYRMED 19"));
    }

    @Test
    void anAccusationDoesNotCodeWhatItAlleges() {
        List<String> triples = triples(TestPipeline.events("Israel accused Hezbollah of attacking its northern towns."));
        assertThat(triples).anyMatch(t -> t.startsWith("ISR 112") && t.contains("LBN"));
        assertThat(triples).noneMatch(t -> t.contains(" 19") || t.contains(" 18"));
    }

    @Test
    void aSpeakerSayingAnotherMustActDemands() {
        assertCodes("Kenya insisted on Friday that Somalia must hand back the seized fishing boats.", "KEN 100 SOM");
    }

    @Test
    void theObjectsActorIsTheTarget() {
        List<String> triples = triples(TestPipeline.events("Pakistan has rejected an Afghan request to extradite the suspects."));
        assertThat(triples).anyMatch(t -> t.startsWith("PAK 12") && t.endsWith(" AFG"));
    }

    @Test
    void sportIsNotWar() {
        assertNoEvents("Brazil beat Argentina 3-1 in the World Cup qualifier in Sao Paulo on Wednesday.");
        List<Discard> discards = TestPipeline.code("Germany attacked England from the first minute of the "
                + "Champions League match.", LocalDate.of(2019, 11, 30)).discards();
        assertThat(discards).extracting(Discard::reason).contains(Discard.Reason.NON_POLITICAL);
    }

    @Test
    void marketsAndChessAreNotWar() {
        assertNoEvents("In the chess final, Russia attacked China's king side early.");
    }

    @Test
    void severalEventsInOneSentence() {
        List<String> triples = triples(TestPipeline.events(
                "Afghan rebels kidnapped 16 Russian advisers and exploded a series of bombs in Kabul."));
        assertThat(triples).anyMatch(t -> t.startsWith("AFGREB 181 RUS"));
        assertThat(triples).anyMatch(t -> t.startsWith("AFGREB 18") && !t.contains(" 181"));
    }

    @Test
    void thePlaceOfAMeetingIsNotItsPartner() {
        List<String> triples = triples(TestPipeline.events("Hamas leaders met Russian envoys again in Doha, Qatar."));
        assertThat(triples).contains("PSEREBHMS 040 RUSGOV");
        assertThat(triples).noneMatch(t -> t.endsWith(" QAT"));
    }

    @Test
    void aModalSetOffByCommasStillCounts() {
        assertNoEvents("Russia could, therefore, help Hamas.");
    }

    @Test
    void anEventNounAfterALightVerbCodesItsVerb() {
        assertCodes("Turkey announced the suspension of all trade with Israel on Thursday.", "TUR 163 ISR");
        assertCodes("Qatar announced a donation of food and medicine to Gaza.", "QAT 073 PSE");
    }

    @Test
    void rolesDistributeOverCoordinatedAdjectives() {
        List<String> triples = triples(TestPipeline.events("Senior Turkish and Greek officials met in Geneva on Monday."));
        assertThat(triples).anyMatch(t -> t.startsWith("TURGOV 04") && t.endsWith(" GRCGOV"));
    }

    @Test
    void irregularPastFormsFindTheirVerb() {
        List<String> triples = triples(TestPipeline.events("Egypt undertook mediation between Israel and Hamas."));
        assertThat(triples).anyMatch(t -> t.startsWith("EGY 045"));
    }

    @Test
    void aReferringItIsNotAnExpletive() {
        List<String> triples = triples(TestPipeline.events(
                "Tanzania said on Monday it had paid compensation to dozens of Kenyan traders."));
        assertThat(triples).anyMatch(t -> t.startsWith("TZA ") && t.contains("KEN"));
    }

    @Test
    void beingWillingToActAnnouncesIt() {
        List<String> triples = triples(TestPipeline.events("Japan is willing to send aid to Turkey."));
        assertThat(triples).anyMatch(t -> t.startsWith("JPN 03") && t.endsWith(" TUR"));
    }

    @Test
    void wouldAfterSayIsAnnouncedAfterAnnounceIsDone() {
        List<String> threat = triples(TestPipeline.events("Greek farmers said on Friday they would blockade Athens."));
        assertThat(threat).anyMatch(t -> t.startsWith("GRC") && t.contains(" 138"));
        List<String> act = triples(TestPipeline.events("The United States announced it would impose sanctions on Iran."));
        assertThat(act).anyMatch(t -> t.startsWith("USA") && t.contains(" 163") && t.endsWith(" IRN"));
    }

    @Test
    void theyTakesAPluralActor() {
        List<String> triples = triples(TestPipeline.events(
                "Angry Greek farmers said on Friday they would blockade Athens from Monday."));
        assertThat(triples).anyMatch(t -> t.startsWith("GRC") && t.contains(" 138"));
    }

    @Test
    void aPossessiveBeforeTheTargetIsNotTheTarget() {
        assertCodes("Greece demanded that its European Union partners reject the plan.", "GRC 100 IGOEUREEC");
    }

    @Test
    void engagedInIsNotAPassive() {
        List<String> triples = triples(TestPipeline.events(
                "Serbian forces were engaged in ethnic cleansing against Albanians in Kosovo."));
        assertThat(triples).anyMatch(t -> t.startsWith("SRBMIL 20"));
    }

    @Test
    void anAgreementToActIsAnIntent() {
        List<String> triples = triples(TestPipeline.events(
                "Armenia and Azerbaijan reached an agreement to exchange information on missing persons."));
        assertThat(triples).anyMatch(t -> t.startsWith("ARM 03") && t.endsWith(" AZE"));
    }

    @Test
    void anAgentlessArrestIsTheStatesWhereItHappened() {
        List<String> triples = triples(TestPipeline.events("A French journalist was arrested in Iran on Monday."));
        assertThat(triples).anyMatch(t -> t.startsWith("IRN 17"));
    }

    @Test
    void goingToIsTheFutureNotAJourney() {
        List<String> triples = triples(TestPipeline.events("Russia is going to meet Hamas leaders in Moscow."));
        assertThat(triples).noneMatch(t -> t.contains(" 042"));
        assertThat(triples).anyMatch(t -> t.startsWith("RUS 036") && t.endsWith(" PSEREBHMS"));
    }

    @Test
    void aHedgedInfinitiveIsNotAsserted() {
        assertNoEvents("Moscow is unlikely to be able to provide Hamas with weapons.");
    }

    @Test
    void aSubjectThatNamesNoActorBlocksActorsFurtherLeft() {
        List<String> triples = triples(TestPipeline.events(
                "North Korea said it was the first time a permanent member had used its veto."));
        assertThat(triples).noneMatch(t -> t.contains(" 129"));
    }
}
