package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParleyCommandTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void usageErrorsExitWithTwo() {
        CliRun run = run("events", "--limit", "many");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--limit");
    }

    @Test
    void badInputIsOneLineWithFileAndLineAndExitOne() throws Exception {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\": \"a\", \"date\": \"2019-11-30\", \"text\": \"Russia met Hamas.\"}\n{oops\n");
        CliRun run = run("ingest", "--db", dir.resolve("s.duckdb").toString(), bad.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("parley: " + bad + ":2: malformed JSON").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void ingestThenQueryAndReingestDoesNotDuplicate() throws Exception {
        Path news = dir.resolve("news.jsonl");
        Files.writeString(news, "{\"id\": \"n1\", \"date\": \"2019-11-30\", \"text\": "
                + "\"Russian Foreign Minister Sergei Lavrov met Hamas leader Ismail Haniyeh in Moscow on Tuesday.\"}\n");
        String db = dir.resolve("s.duckdb").toString();
        assertThat(run("ingest", "--db", db, news.toString()).exit()).isZero();
        CliRun first = run("events", "--db", db, "--format", "jsonl");
        assertThat(run("ingest", "--db", db, news.toString()).exit()).isZero();
        CliRun second = run("events", "--db", db, "--format", "jsonl");
        assertThat(first.out()).contains("\"doc_id\":\"n1\"").contains("PSEREBHMS");
        assertThat(second.out()).isEqualTo(first.out());
        CliRun table = run("events", "--db", db, "--dyad", "RUS", "PSEREBHMS");
        assertThat(table.out()).contains("RUSGOV").contains("1 event(s)");
    }

    @Test
    void skipBadKeepsGoingAndCounts() throws Exception {
        Path mixed = dir.resolve("mixed.jsonl");
        Files.writeString(mixed, "{\"id\": \"a\", \"date\": \"2019-13-01\", \"text\": \"x\"}\n"
                + "{\"id\": \"b\", \"date\": \"2019-11-30\", \"text\": \"Iran warned Israel on Monday.\"}\n");
        CliRun run = run("code", "--skip-bad", mixed.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("skipped 1 bad record");
    }

    @Test
    void codesWithAUserActorDictionaryInsteadOfTheBuiltIns() throws Exception {
        Path actors = dir.resolve("middle-earth.actors.txt");
        Files.writeString(actors, "# PETRARCH actor format\nARNOR_ [ARN]\n+ARNORIAN_\nGONDOR_\n\t[GON]\n");
        Path agents = dir.resolve("middle-earth.agents.txt");
        Files.writeString(agents, "!PERSON! = MAN, MEN\nSPOKES!PERSON! [~GOV]\n");
        Path news = dir.resolve("news.jsonl");
        Files.writeString(news, "{\"id\": \"m1\", \"date\": \"2019-11-30\", "
                + "\"text\": \"Arnor accused Gondor of aggression on Monday. "
                + "An Arnorian spokesman criticised Gondor.\"}\n");
        Path out = dir.resolve("events.jsonl");
        CliRun run = run("code", "--no-builtin-actors", "--actors", actors.toString(), "--agents", agents.toString(),
                "-o", out.toString(), news.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("middle-earth.actors.txt: 3 actor names read").contains("0 warning(s)");
        assertThat(Files.readString(out)).contains("\"source\":{\"code\":\"ARN\"")
                .contains("\"target\":{\"code\":\"GON\"").contains("\"source\":{\"code\":\"ARNGOV\"");
        assertThat(run("code", "-o", out.toString(), news.toString()).exit()).isZero();
        assertThat(Files.readString(out)).doesNotContain("\"code\":\"ARN");
    }

    @Test
    void aMalformedDictionaryIsOneLineWithFileAndLineAndExitOne() throws Exception {
        Path actors = dir.resolve("bad.actors.txt");
        Files.writeString(actors, "ARNOR_ [ARN]\n\t[GON 1999x]\n");
        Path news = dir.resolve("news.txt");
        Files.writeString(news, "Arnor met Gondor.");
        CliRun run = run("code", "--date", "2019-11-30", "--actors", actors.toString(), news.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("parley: " + actors + ":2: date '1999x'");
    }

    @Test
    void validateRunsThePetrarchSuiteAndPrintsPassRatesByCategory() {
        Path suite = Path.of(System.getProperty("parley.repo.root", ".")).toAbsolutePath()
                .resolve("../shared/data/petrarch2/validation/PETR_Validate_records_2_02.xml").normalize();
        assumeTrue(Files.isRegularFile(suite), "../shared/data absent: PETRARCH validation suite not available");
        CliRun run = run("validate", suite.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("PETR_Validate_verbs_2_02.txt: 486 verbs and patterns read")
                .contains("PETR_Validate_actors_2_02.txt: 160 actor names read")
                .containsPattern("(?m)^category +records +passed +found +pass rate$")
                .containsPattern("(?m)^VERB +22 +\\d+ +\\d+ +\\d+\\.\\d%$")
                .containsPattern("(?m)^all +245 +\\d+ +\\d+ +\\d+\\.\\d%$")
                .contains("categories outside <Include>: ERROR PARSING")
                .containsPattern("(?m)^failures by kind:$");
    }

    @Test
    void validateWithoutTheSuiteIsOneLineAndExitOne() {
        CliRun run = run("validate", dir.resolve("missing.xml").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("parley: " + dir.resolve("missing.xml") + ": cannot read");
    }
}
