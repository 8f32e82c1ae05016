package org.parley.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.api.CodedDocument;
import org.parley.api.CodedEvent;
import org.parley.testing.TestPipeline;

/** The seed article (shared reference data) must yield the contacts an analyst would read in it. */
class SeedArticleTest {
    private static List<CodedEvent> events;

    @BeforeAll
    static void code() throws Exception {
        CodedDocument coded = TestPipeline.seedArticle();
        assumeTrue(coded != null, "../shared/data absent: seed article not available");
        events = coded.events();
    }

    @Test
    void hamasConsultsRussia() {
        assertThat(events).anySatisfy(e -> {
            assertThat(e.source().code()).isEqualTo("PSEREBHMS");
            assertThat(e.target()).isNotNull();
            assertThat(e.target().code()).startsWith("RUS");
            assertThat(e.type().plover().event()).isEqualTo("CONSULT");
            assertThat(e.text()).contains("Moscow");
        });
    }

    @Test
    void russiaConsultsHamas() {
        assertThat(events).anySatisfy(e -> {
            assertThat(e.source().code()).startsWith("RUS");
            assertThat(e.target()).isNotNull();
            assertThat(e.target().code()).isEqualTo("PSEREBHMS");
            assertThat(e.type().plover().event()).isEqualTo("CONSULT");
        });
    }

    @Test
    void russiaDisapprovesOfTheUnitedStates() {
        assertThat(events).anySatisfy(e -> {
            assertThat(e.source().code()).startsWith("RUS");
            assertThat(e.target()).isNotNull();
            assertThat(e.target().code()).startsWith("USA");
            assertThat(e.type().quadClass()).isEqualTo(3);
        });
    }

    @Test
    void theMoscowVisitIsDatedJuly() {
        assertThat(events).anySatisfy(e -> {
            assertThat(e.text()).startsWith("In July");
            assertThat(e.date().date()).hasMonthValue(7).hasYear(2019);
        });
    }
}
