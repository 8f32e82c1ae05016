package org.parley.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.api.ActorMention;
import org.parley.api.CodedDocument;
import org.parley.testing.TestPipeline;

/** The actors an analyst reads in the seed article are recognised with the right codes. */
class SeedActorsTest {
    private static List<String> mentions;

    @BeforeAll
    static void code() throws Exception {
        CodedDocument coded = TestPipeline.seedArticle();
        assumeTrue(coded != null, "../shared/data absent: seed article not available");
        mentions = new ArrayList<>();
        for (List<ActorMention> sentence : coded.actors()) {
            for (ActorMention m : sentence) {
                mentions.add(m.text() + "=" + m.code());
            }
        }
    }

    @Test
    void hamasAndItsLeaders() {
        assertThat(mentions).contains("Hamas=PSEREBHMS");
        assertThat(mentions).anyMatch(m -> m.startsWith("Hamas’ Deputy Leader Mousa Abu Marzouk=PSEREBHMS"));
        assertThat(mentions).anyMatch(m -> m.contains("Ismail Haniya=PSEREBHMS"));
    }

    @Test
    void theRussianOfficials() {
        assertThat(mentions).anyMatch(m -> m.startsWith("Russian Deputy Foreign Minister") && m.endsWith("=RUSGOV"));
        assertThat(mentions).anyMatch(m -> m.startsWith("Russian President Vladimir Putin=RUSGOV"));
        assertThat(mentions).anyMatch(m -> m.startsWith("Russian envoy=RUSGOV") || m.startsWith("the Russian envoy=RUSGOV"));
        assertThat(mentions).contains("Moscow=RUS");
    }

    @Test
    void thePalestinianSideEgyptIsraelTheUsAndTheQuartet() {
        assertThat(mentions).contains("Palestinian Authority=PSEGOV");
        assertThat(mentions).anyMatch(m -> m.startsWith("Fatah") && m.endsWith("=PSEPTYFTH"));
        assertThat(mentions).anyMatch(m -> m.endsWith("=EGY"));
        assertThat(mentions).anyMatch(m -> m.endsWith("=ISR"));
        assertThat(mentions).anyMatch(m -> m.startsWith("US President Donald Trump") && m.endsWith("=USAGOV"));
        assertThat(mentions).anyMatch(m -> m.startsWith("Middle East Quartet=IGO"));
    }

    @Test
    void laterMentionsResolveToTheSameActors() {
        assertThat(mentions).anyMatch(m -> m.equals("the movement=PSEREBHMS"));
        assertThat(mentions).contains("Mikhail Bogdanov=RUSGOV", "the PA=PSEGOV");
    }
}
