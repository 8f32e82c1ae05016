package org.parley.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.testing.Fixtures.ACCUSE;
import static org.parley.testing.Fixtures.AID;
import static org.parley.testing.Fixtures.MEET;
import static org.parley.testing.Fixtures.STRIKE;
import static org.parley.testing.Fixtures.THREATEN;
import static org.parley.testing.Fixtures.VISIT;
import static org.parley.testing.Fixtures.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.api.CodedDocument;
import org.parley.store.DuckDbEventStore;
import org.parley.store.EventStore;

class ShiftDetectorTest {
    private static final LocalDate JAN = LocalDate.of(2019, 1, 1);
    private static final LocalDate JUL = LocalDate.of(2019, 7, 1);
    private static final LocalDate DEC = LocalDate.of(2019, 12, 31);

    @Test
    void findsRapprochementAndDeteriorationAndIgnoresSteadyAndThinDyads() throws Exception {
        List<CodedDocument> docs = new ArrayList<>();
        // RUS and PSEREBHMS: threats and accusations, then visits and aid.
        docs.addAll(reports("rh-a", 12, JAN, "RUS", "PSEREBHMS", THREATEN));
        docs.addAll(reports("rh-b", 8, JAN.plusMonths(2), "PSEREBHMS", "RUSGOV", ACCUSE));
        docs.addAll(reports("rh-c", 15, JUL, "PSEREBHMS", "RUS", VISIT));
        docs.addAll(reports("rh-d", 6, JUL.plusMonths(2), "RUSGOV", "PSEREBHMS", AID));
        // ISR and LBN: talks, then air strikes.
        docs.addAll(reports("il-a", 20, JAN, "ISR", "LBN", MEET));
        docs.addAll(reports("il-b", 20, JUL, "ISRMIL", "LBN", STRIKE));
        // USA and CHN: the same mix in both windows.
        docs.addAll(reports("uc-a", 10, JAN, "USA", "CHN", MEET));
        docs.addAll(reports("uc-b", 10, JAN.plusMonths(1), "CHN", "USA", ACCUSE));
        docs.addAll(reports("uc-c", 10, JUL, "USA", "CHN", MEET));
        docs.addAll(reports("uc-d", 10, JUL.plusMonths(1), "CHN", "USA", ACCUSE));
        // FRA and DEU: too few events to test.
        docs.addAll(reports("fd-a", 3, JAN, "FRA", "DEU", STRIKE));
        docs.addAll(reports("fd-b", 3, JUL, "FRA", "DEU", AID));
        try (EventStore store = DuckDbEventStore.inMemory()) {
            store.replace(docs);
            ShiftDetector.Result result = new ShiftDetector(new ShiftDetector.Settings(5, 0.05, 10, 2))
                    .detect(store, JAN, JUL, DEC);
            assertThat(result.tested()).isEqualTo(3);
            assertThat(result.shifts()).extracting(s -> s.a() + "-" + s.b() + " " + s.direction())
                    .containsExactlyInAnyOrder("ISR-LBN deterioration",
                            "PSEREBHMS-RUS rapprochement");
            Shift rapprochement = result.shifts().stream().filter(s -> s.effect() > 0).findFirst().orElseThrow();
            assertThat(rapprochement.before().cooperationShare()).isZero();
            assertThat(rapprochement.after().cooperationShare()).isEqualTo(1.0);
            assertThat(rapprochement.q()).isLessThan(1e-4);
            assertThat(rapprochement.drivers()).hasSize(2).allSatisfy(m ->
                    assertThat(m.event().type().cameo()).isEqualTo("070"));
            Shift deterioration = result.shifts().stream().filter(s -> s.effect() < 0).findFirst().orElseThrow();
            assertThat(deterioration.effect()).isEqualTo(-1.0);
            assertThat(deterioration.drivers()).allSatisfy(m -> assertThat(m.event().type().cameo()).isEqualTo("195"));
        }
    }
}
