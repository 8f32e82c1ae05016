package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.store.Period;
import org.parley.trend.DyadTrend;

/** The JSON API over the demo corpus: each route answers what the store and the analysis classes compute. */
class ApiIT {
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.get();
    }

    @Test
    void statusCountsTheDemoCorpusAndTheShiftCorpus() throws Exception {
        JsonNode status = server.json("/api/status");
        assertThat(status.get("documents").asLong()).isEqualTo(57 + 16);
        assertThat(status.get("events").asLong()).isGreaterThan(300);
        assertThat(status.get("writes").asText()).isEqualTo("token");
    }

    @Test
    void dyadSeriesIsTheTrendTheDyadCommandComputes() throws Exception {
        JsonNode api = server.json("/api/dyads/Russia/Hamas?by=month");
        DyadTrend trend = server.stores.read(store -> DyadTrend.of(store,
                server.backend.resolver().dyad(store, "RUS", "PSEREBHMS"), Period.MONTH, null, null));
        assertThat(api.get("events").asLong()).isEqualTo(trend.events()).isGreaterThanOrEqualTo(9);
        assertThat(api.get("series")).hasSize(trend.periods().size());
        for (int i = 0; i < trend.periods().size(); i++) {
            JsonNode p = api.get("series").get(i);
            assertThat(p.get("start").asText()).isEqualTo(trend.periods().get(i).start().toString());
            assertThat(p.get("verbal_coop").asLong()).isEqualTo(trend.periods().get(i).verbalCoop());
            assertThat(p.get("material_conflict").asLong()).isEqualTo(trend.periods().get(i).materialConflict());
        }
        assertThat(api.get("b").get("codes").toString()).contains("PSEREBHMS");
    }

    @Test
    void aPeriodsEventsCarryTheirEvidence() throws Exception {
        JsonNode events = server.json("/api/dyads/ARM/AZE/events?from=2023-04-01&to=2023-04-30").get("events");
        assertThat(events).isNotEmpty();
        for (JsonNode e : events) {
            assertThat(e.get("date").asText()).startsWith("2023-04");
            assertThat(e.get("quad_class").asInt()).isGreaterThanOrEqualTo(3);
            assertThat(e.get("text").asText()).isNotBlank();
            assertThat(e.get("mentions").asInt()).isPositive();
        }
    }

    @Test
    void theTurnFromTalksToClashesIsFoundAsADeterioration() throws Exception {
        JsonNode shifts = server.json("/api/dyads/Armenia/Azerbaijan/shifts?window=3m&min_events=2").get("shifts");
        assertThat(shifts).isNotEmpty();
        assertThat(shifts.findValuesAsText("direction")).containsOnly("deterioration");
        assertThat(shifts.findValuesAsText("split")).contains("2023-04-01");
        JsonNode storeWide = server.json("/api/shifts?window=3m&to=2023-06-30&min_events=2");
        assertThat(storeWide.get("shifts").findValuesAsText("a")).contains("ARM");
    }

    @Test
    void eventPagesFollowEachOtherWithoutGapsOrRepeats() throws Exception {
        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = server.json("/api/events?limit=40" + (cursor == null ? "" : "&cursor=" + cursor));
            page.get("events").forEach(e -> paged.add(key(e)));
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        } while (cursor != null);
        List<String> all = new ArrayList<>();
        server.json("/api/events?limit=1000").get("events").forEach(e -> all.add(key(e)));
        assertThat(pages).isGreaterThan(3);
        assertThat(paged).isEqualTo(all);
        assertThat(new HashSet<>(paged)).hasSameSizeAs(paged);
    }

    private static String key(JsonNode e) {
        return e.get("doc_id").asText() + "#" + e.get("sentence").asText() + "#" + e.get("event_id").asText() + "#"
                + e.get("verb").get("start").asText();
    }

    @Test
    void filtersCombine() throws Exception {
        JsonNode events = server.json("/api/events?actor=Israel&plover=ASSAULT&from=2006-01-01&to=2006-12-31"
                + "&limit=100").get("events");
        assertThat(events).isNotEmpty();
        for (JsonNode e : events) {
            assertThat(e.get("plover").get("event").asText()).isEqualTo("ASSAULT");
            assertThat(e.get("date").asText()).startsWith("2006");
            assertThat(e.get("source").get("code").asText() + " " + e.path("target").path("code").asText())
                    .contains("ISR");
        }
        JsonNode words = server.json("/api/events?q=Lachin%20corridor&root=19").get("events");
        assertThat(words).isNotEmpty();
        words.forEach(e -> assertThat(e.get("text").asText()).containsIgnoringCase("lachin corridor"));
        words.forEach(e -> assertThat(e.get("cameo").asText()).startsWith("19"));
        JsonNode dyad = server.json("/api/events?dyad=ARM,AZE&limit=1000").get("events");
        assertThat(dyad).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void networkColoursBlocsAndSeparatesCooperationFromConflict() throws Exception {
        JsonNode net = server.json("/api/network?min_events=1");
        assertThat(net.get("nodes").size()).isGreaterThan(20);
        Set<String> ids = new HashSet<>(net.get("nodes").findValuesAsText("id"));
        assertThat(ids).contains("RUS", "USA", "ISR", "PSEREBHMS");
        for (JsonNode e : net.get("edges")) {
            assertThat(ids).contains(e.get("a").asText(), e.get("b").asText());
            assertThat(e.get("cooperation").asLong() + e.get("conflict").asLong()).isPositive();
        }
        assertThat(net.get("blocs").asInt()).isPositive();
    }

    @Test
    void briefLinksEveryClaimToItsEvidence() throws Exception {
        JsonNode brief = server.json("/api/brief/RUS/Hamas");
        assertThat(brief.get("timeline")).isNotEmpty();
        for (JsonNode t : brief.get("timeline")) {
            JsonNode evidence = t.get("evidence");
            JsonNode doc = server.json("/api/documents/" + evidence.get("docId").asText());
            int index = evidence.get("sentence").asInt();
            JsonNode span = doc.get("sentences").get(index);
            String sentence = doc.get("text").asText().substring(span.get("start").asInt(), span.get("end").asInt());
            assertThat(sentence.replaceAll("\\s+", " ").strip()).isEqualTo(evidence.get("text").asText());
        }
        assertThat(server.get("/api/brief/RUS/Hamas?format=html").body()).startsWith("<!DOCTYPE html>");
        assertThat(server.get("/api/brief/RUS/Hamas?format=md").body()).startsWith("# ");
    }

    @Test
    void actorsCompleteFromTheDictionaryAndTheStore() throws Exception {
        JsonNode hez = server.json("/api/actors?q=hezb").get("actors");
        assertThat(hez.get(0).get("code").asText()).isEqualTo("LBNREBHZB");
        assertThat(hez.get(0).get("stored").asBoolean()).isTrue();
        assertThat(hez.get(0).get("kind").asText()).isEqualTo("group");
        JsonNode put = server.json("/api/actors?q=putin").get("actors");
        assertThat(put.findValuesAsText("code")).anyMatch(c -> c.startsWith("RUS"));
        assertThat(server.json("/api/actors?q=PSEREB").get("actors").findValuesAsText("code")).contains("PSEREBHMS");
    }

    @Test
    void ingestReturnsTheCodedEventsAndReplacesOnReingest() throws Exception {
        String doc = "{\n  \"id\": \"api-test-1\",\n  \"date\": \"2024-02-01\",\n  \"text\": \"Egypt condemned Israel "
                + "on Thursday for the strikes.\"\n}";
        for (int round = 0; round < 2; round++) {
            var r = server.post("/api/documents", doc, TestServer.TOKEN);
            assertThat(r.statusCode()).isEqualTo(201);
            JsonNode body = ApiJson.MAPPER.readTree(r.body());
            assertThat(body.get("documents").asInt()).isEqualTo(1);
            JsonNode e = body.get("coded").get(0).get("events").get(0);
            assertThat(e.get("source").get("code").asText()).isEqualTo("EGY");
            assertThat(e.get("target").get("code").asText()).isEqualTo("ISR");
            assertThat(e.get("quad_class").asInt()).isEqualTo(3);
        }
        assertThat(server.json("/api/events?q=for%20the%20strikes").get("events")).hasSize(1);
    }
}
