package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The relation commands on the seed article, coded and stored once for the class. */
class RelationCommandsTest {
    @TempDir
    static Path dir;
    private static String db;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static Path seed() {
        return Path.of(System.getProperty("parley.repo.root", ".")).toAbsolutePath()
                .resolve("../shared/data/seed/russia-hamas-rapprochement.jsonl").normalize();
    }

    @BeforeAll
    static void ingestTheSeedArticle() {
        db = dir.resolve("seed.duckdb").toString();
        if (Files.isRegularFile(seed())) {
            CliRun ingest = run("ingest", "--db", db, seed().toString());
            assertThat(ingest.exit()).as(ingest.err()).isZero();
        }
    }

    /** The part of a Markdown brief under one heading. */
    private static String section(String markdown, String heading) {
        int start = markdown.indexOf("## " + heading);
        assertThat(start).as("heading " + heading).isNotNegative();
        int end = markdown.indexOf("\n## ", start + 3);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    @Test
    void theSeedBriefNamesTheMeetingsTheAimsAndTheDisagreementsWithTheirEvidence() {
        assumeTrue(Files.isRegularFile(seed()), "../shared/data absent: seed article not available");
        CliRun run = run("brief", "--db", db, "RUS", "HMS");
        assertThat(run.exit()).as(run.err()).isZero();
        String md = run.out();
        assertThat(md).startsWith("# Russia and Hamas: what is behind the relationship");

        String timeline = section(md, "Interactions");
        assertThat(timeline).containsPattern("\\*\\*2019-07\\*\\* Hamas → Russia: Make a visit .*, in Moscow")
                .containsPattern("\\*\\*2019-10\\*\\* Hamas, with Russia named: Consult .*, in Doha")
                .containsPattern("\\*\\*2019-11\\*\\* Russia → Hamas: Discuss by telephone")
                .contains("[seed-russia-hamas §6]", "[seed-russia-hamas §7]");

        String hamas = section(md, "What Hamas wants from or through Russia");
        assertThat(hamas).contains("break its international isolation", "restore its relations with the Syrian regime",
                "resolve its issues with the PA and Egypt", "avert Israel’s political and military attacks")
                .contains("[seed-russia-hamas §0]", "[seed-russia-hamas §25]", "[seed-russia-hamas §21]",
                        "[seed-russia-hamas §24]");

        String russia = section(md, "What Russia wants from or through Hamas");
        assertThat(russia).contains("having more influence in the Middle East",
                "breaking the American monopoly over the peace process",
                "closer relations with other Islamic political movements", "Iran-led axis")
                .contains("[seed-russia-hamas §28]", "[seed-russia-hamas §29]", "[seed-russia-hamas §31]",
                        "[seed-russia-hamas §33]");

        String differ = section(md, "Where they differ");
        assertThat(differ).contains("**a two-state solution** (Russia set against Hamas)",
                        "**armed resistance** (Russia set against Hamas)",
                        "**the recognition of Israel by all Palestinian factions** (Russia set against Hamas)")
                .contains("“Unlike Hamas, Moscow calls for a two-state solution and opposes armed resistance.” "
                        + "[seed-russia-hamas §35]", "[seed-russia-hamas §36]");
        assertThat(section(md, "Where they agree")).contains("**deal of the century** (both oppose)");
        assertThat(section(md, "Third parties")).contains("**Israel** (ISR)", "**Egypt** (EGY)", "**Iran** (IRN)");
    }

    @Test
    void theBriefAlsoComesAsHtmlAndJson() {
        assumeTrue(Files.isRegularFile(seed()), "../shared/data absent: seed article not available");
        CliRun html = run("brief", "--db", db, "Russia", "Hamas", "--format", "html");
        assertThat(html.exit()).as(html.err()).isZero();
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<h2>Where they differ</h2>")
                .contains("<strong>armed resistance</strong>").doesNotContain("**");
        CliRun json = run("brief", "--db", db, "Russia", "Hamas", "--format", "json");
        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"a\" : \"Russia\"", "\"docId\" : \"seed-russia-hamas\"",
                "\"issue\" : \"armed resistance\"");
    }

    @Test
    void dyadCountsThePeriodsBothWaysAndSaysHowActorsMatched() {
        assumeTrue(Files.isRegularFile(seed()), "../shared/data absent: seed article not available");
        CliRun run = run("dyad", "--db", db, "Russia", "Hamas", "--by", "month");
        assertThat(run.exit()).as(run.err()).isZero();
        // Which role codes occur depends on the coder; the government and the country itself must be there.
        assertThat(run.out()).containsPattern("RUS \\(codes starting with RUS: RUS, RUSGOV[A-Z, ]*\\)")
                .contains("PSEREBHMS (codes starting with PSEREBHMS: PSEREBHMS)", "both directions, by month")
                .containsPattern("(?m)^2019-07 +2 +2 +0 +0 +0 +2\\.9 +1\\.45 +100%$")
                .containsPattern("(?m)^Goldstein mean +[▁▂▃▄▅▆▇█]{3,}$");
        CliRun csv = run("dyad", "--db", db, "RUS", "HMS", "--by", "year", "--format", "csv");
        assertThat(csv.out()).startsWith("period,events,").containsPattern("\n2019,[1-9][0-9]*,");
    }

    @Test
    void shiftsNetworkAndExportsRunOnTheStore() throws Exception {
        assumeTrue(Files.isRegularFile(seed()), "../shared/data absent: seed article not available");
        CliRun shifts = run("shifts", "--db", db, "--window", "8y", "--min-events", "2", "--alpha", "0.99");
        assertThat(shifts.exit()).as(shifts.err()).isZero();
        assertThat(shifts.out()).contains("Mann-Whitney U on Goldstein scores, Benjamini-Hochberg q <= 0.99")
                .containsPattern("\\d+ dyad\\(s\\) tested \\(>= 2 events in each window\\)");
        CliRun network = run("network", "--db", db);
        assertThat(network.out()).containsPattern("\\d+ actors, \\d+ pairs; \\d+ bloc\\(s\\), modularity")
                .contains("PSEREBHMS").contains("Hamas");
        Path graphml = dir.resolve("seed.graphml");
        assertThat(run("network", "--db", db, "--format", "graphml", "-o", graphml.toString()).exit()).isZero();
        assertThat(Files.readString(graphml)).startsWith("<?xml").contains("<node id=\"RUS\">");

        CliRun gdelt = run("export", "--db", db, "--format", "gdelt", "--dyad", "RUS", "PSEREBHMS");
        assertThat(gdelt.out().lines()).isNotEmpty().allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(61));
        Path parquet = dir.resolve("seed.parquet");
        CliRun export = run("export", "--db", db, "--format", "parquet", "--actor", "RUS", "-o", parquet.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        long rows = Long.parseLong(export.out().replaceAll("\\D+(\\d+).*\\s*", "$1"));
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
             var rs = c.createStatement().executeQuery("SELECT count(*), count(DISTINCT event_id) FROM '"
                     + parquet + "'")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(rows).isPositive();
        }
        assertThat(run("export", "--db", db, "--format", "parquet").exit()).isEqualTo(2);
    }

    @Test
    void unknownActorsAndBadDatesAreOneLineUsageErrors() {
        CliRun unknown = run("dyad", "--db", db, "Narnia", "Hamas");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err().strip()).startsWith("parley: unknown actor 'Narnia'").doesNotContain("\n");
        CliRun dates = run("brief", "--db", db, "RUS", "HMS", "--format", "pdf");
        assertThat(dates.exit()).isEqualTo(2);
        CliRun range = run("dyad", "--db", db, "RUS", "HMS", "--from", "2020-01-01", "--to", "2019-01-01");
        assertThat(range.exit()).isEqualTo(2);
        assertThat(range.err().strip()).doesNotContain("\n");
    }
}
