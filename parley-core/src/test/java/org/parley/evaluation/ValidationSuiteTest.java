package org.parley.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.InputException;
import org.parley.testing.TestPipeline;

class ValidationSuiteTest {
    private static final String SUITE = """
            <?xml version='1.0' encoding='utf-8'?>
            <Validation>
            <!-- a header that holds <!-- a comment --> as the real one does
            -->
            <Environment>
                <Verbfile>v.txt</Verbfile>
                <Actorfile>a.txt</Actorfile>
                <Agentfile>g.txt</Agentfile>
                <Discardfile>d.txt</Discardfile>
                <Include>DEMO DATE </Include>
            </Environment>
            <Sentences>
            <Sentence category="DEMO" date="19950101" id="DEMO-01" evaluate="true">
            <EventCoding eventcode="050" sourcecode="NOR" targetcode="CHL" />
            <PLEvent {"event": "050", "source": [{"code": "NOR"}]}>
            <Text>
            Norway expects to reopen its embassy
            in Santiago.
            </Text>
            </Sentence>
            <Sentence category="DATE" date="20100109" id="DATE-09" evaluate="false">
            <EventCoding noevents="True" />
            <Text>A trade envoy toured three ports.</Text>
            </Sentence>
            </Sentences>
            </Validation>
            """;

    @Test
    void readsEnvironmentAndRecordsPastCommentsAndPloverLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("suite.xml");
        Files.writeString(file, SUITE);
        ValidationSuite suite = ValidationSuite.read(file);
        assertThat(suite.verbs()).isEqualTo(dir.toAbsolutePath().resolve("v.txt"));
        assertThat(suite.discards()).isEqualTo(dir.toAbsolutePath().resolve("d.txt"));
        assertThat(suite.included()).containsExactlyInAnyOrder("DEMO", "DATE");
        assertThat(suite.records()).hasSize(2);
        ValidationRecord demo = suite.records().get(0);
        assertThat(demo.text()).isEqualTo("Norway expects to reopen its embassy in Santiago.");
        assertThat(demo.date()).isEqualTo(LocalDate.of(1995, 1, 1));
        assertThat(demo.expected()).containsExactly(new ValidationRecord.Event("050", "NOR", "CHL"));
        ValidationRecord date = suite.records().get(1);
        assertThat(date.evaluate()).isFalse();
        assertThat(date.expected()).isEmpty();
    }

    @Test
    void aMalformedRecordNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("suite.xml");
        Files.writeString(file, SUITE.replace("<Text>A trade envoy", "<Txt>A trade envoy"));
        assertThatThrownBy(() -> ValidationSuite.read(file)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ":23: malformed XML");
    }

    @Test
    void readsThePetrarchSuite() throws Exception {
        Path shared = TestPipeline.sharedData();
        assumeTrue(shared != null, "../shared/data absent: PETRARCH validation suite not available");
        ValidationSuite suite = ValidationSuite.read(shared.resolve(
                "petrarch2/validation/PETR_Validate_records_2_02.xml"));
        assertThat(suite.records()).hasSize(274);
        assertThat(suite.records()).filteredOn(r -> !r.evaluate()).hasSize(10);
        assertThat(suite.included()).containsExactlyInAnyOrder("DEMO", "ACTOR", "VERB", "AGENT", "COMPOUND",
                "PATTERN", "DATE", "MODIFY", "SYNSET");
        assertThat(suite.records().get(0).expected()).singleElement()
                .satisfies(e -> assertThat(e.cameo()).isEqualTo("050"));
        assertThat(Files.isRegularFile(suite.actors())).isTrue();
        assertThat(Files.isRegularFile(suite.verbs())).isTrue();
    }
}
