package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.api.CodedDocument;
import org.parley.api.EventDate;
import org.parley.api.EventDate.Precision;
import org.parley.api.Sentence;
import org.parley.testing.TestPipeline;
import org.parley.testing.TestText;

/** The time expressions of the seed article (shared reference data), read as the pipeline reads them. */
class SeedDatesTest {
    @Test
    void the2006ElectionsAreHistoricalAndDoNotDateTheOngoingContact() throws Exception {
        CodedDocument seed = TestPipeline.seedArticle();
        assumeTrue(seed != null, "../shared/data absent: seed article not available");
        RuleDateResolver.Timeline timeline = new RuleDateResolver.Timeline(seed.document().date());
        SentenceTimes elections = null;
        Sentence sentence = null;
        for (Sentence s : seed.sentences()) {
            SentenceTimes times = timeline.read(s);
            if (s.text().contains("won parliamentary elections")) {
                elections = times;
                sentence = s;
            }
        }
        assertThat(elections).isNotNull();
        assertThat(elections.expressions()).singleElement().satisfies(e -> {
            assertThat(e.text()).isEqualTo("in 2006");
            assertThat(e.date().date()).isEqualTo(LocalDate.of(2006, 1, 1));
            assertThat(e.date().precision()).isEqualTo(Precision.YEAR);
            assertThat(e.date().historical()).isTrue();
        });
        EventDate won = elections.dateAt(TestText.token(sentence, "won"));
        assertThat(won.date()).hasYear(2006);
        assertThat(won.historical()).isTrue();
        assertThat(elections.dateAt(TestText.token(sentence, "maintained")))
                .isEqualTo(EventDate.storyDate(LocalDate.of(2019, 11, 30)));
    }
}
