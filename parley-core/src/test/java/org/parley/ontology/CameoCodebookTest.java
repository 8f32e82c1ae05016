package org.parley.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.api.EventType;
import org.parley.testing.TestPipeline;

class CameoCodebookTest {
    private static CameoCodebook codebook;

    @BeforeAll
    static void load() throws Exception {
        codebook = CameoCodebook.load();
    }

    @Test
    void hasAllTwentyRootsAndEveryParent() {
        for (int root = 1; root <= 20; root++) {
            assertThat(codebook.find(String.format("%02d", root))).as("root %02d", root).isPresent();
        }
        for (EventType type : codebook.all()) {
            if (type.cameo().length() > 2) {
                String parent = type.cameo().substring(0, type.cameo().length() - 1);
                assertThat(codebook.find(parent)).as("parent of %s", type.cameo()).isPresent();
            }
        }
        assertThat(codebook.all()).hasSizeGreaterThanOrEqualTo(300);
    }

    @Test
    void knowsMeaningsWeightsAndPlover() {
        EventType visit = codebook.get("042");
        assertThat(visit.goldstein()).isEqualTo(1.9);
        assertThat(visit.quadClass()).isEqualTo(1);
        assertThat(visit.plover().event()).isEqualTo("CONSULT");
        EventType fight = codebook.get("190");
        assertThat(fight.goldstein()).isEqualTo(-10.0);
        assertThat(fight.quadClass()).isEqualTo(4);
        assertThat(fight.plover().event()).isEqualTo("ASSAULT");
        assertThat(codebook.get("111").plover().event()).isEqualTo("ACCUSE");
        assertThat(codebook.get("163").plover().event()).isEqualTo("COERCE");
        assertThat(codebook.get("161").plover().event()).isEqualTo("SANCTION");
        assertThat(codebook.get("0233").plover().event()).isEqualTo("REQUEST");
    }

    @Test
    void quadClassFollowsTheRoot() {
        assertThat(CameoCodebook.quadClass("0233")).isEqualTo(1);
        assertThat(CameoCodebook.quadClass("073")).isEqualTo(2);
        assertThat(CameoCodebook.quadClass("112")).isEqualTo(3);
        assertThat(CameoCodebook.quadClass("1712")).isEqualTo(4);
    }

    @Test
    void matchesThePublishedGoldsteinTable() throws Exception {
        Path shared = TestPipeline.sharedData();
        assumeTrue(shared != null, "../shared/data absent: published Goldstein table not available");
        List<String> lines = Files.readAllLines(shared.resolve("cameo/CAMEO.goldsteinscale.txt"));
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.strip().split("\\s+");
            if (cells.length < 2 || !cells[0].matches("\\d{2,4}")) {
                continue;
            }
            assertThat(codebook.find(cells[0])).as("code %s", cells[0]).isPresent();
            assertThat(codebook.get(cells[0]).goldstein()).as("Goldstein of %s", cells[0])
                    .isEqualTo(Double.parseDouble(cells[1]));
            checked++;
        }
        assertThat(checked).isGreaterThan(300);
    }

    @Test
    void matchesThePublishedPloverCorrespondence() throws Exception {
        Path shared = TestPipeline.sharedData();
        assumeTrue(shared != null, "../shared/data absent: published CAMEO-PLOVER table not available");
        int checked = 0;
        for (String line : Files.readAllLines(shared.resolve("plover/CAMEO2PLOVER-2021.txt"))) {
            if (!line.matches("^\\d{3,4}:.*")) {
                continue;
            }
            String code = line.substring(0, line.indexOf(':'));
            String event = line.substring(line.indexOf(':') + 1).split(",")[0].strip();
            // The manual's definition of RETREAT covers resignations (mode 'resign'); its table still says CONCEDE.
            if (code.equals("0831")) {
                assertThat(codebook.get(code).plover().event()).isEqualTo("RETREAT");
                assertThat(codebook.get(code).plover().mode()).isEqualTo("resign");
                continue;
            }
            assertThat(codebook.get(code).plover().event()).as("PLOVER type of %s", code).isEqualTo(event);
            checked++;
        }
        assertThat(checked).isGreaterThan(200);
    }
}
