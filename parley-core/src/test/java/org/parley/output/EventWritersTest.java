package org.parley.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.api.CodedDocument;
import org.parley.api.Location;
import org.parley.testing.TestPipeline;

/** Every output format carries the event's place. */
class EventWritersTest {
    private static final CodedDocument DOHA = TestPipeline.code(
            "Hamas leaders met Russian envoy Mikhail Bogdanov in Doha, Qatar, on Tuesday.", LocalDate.of(2019, 11, 30));

    private static String write(EventWriter.Format format) throws Exception {
        StringWriter out = new StringWriter();
        try (EventWriter writer = format.open(out)) {
            writer.write(DOHA);
        }
        return out.toString();
    }

    @Test
    void jsonlHasTheLocationObject() throws Exception {
        JsonNode event = new ObjectMapper().readTree(write(EventWriter.Format.JSONL).lines().findFirst().orElseThrow());
        JsonNode location = event.get("location");
        assertThat(location.get("name").asText()).isEqualTo("Doha");
        assertThat(location.get("country").asText()).isEqualTo("QAT");
        assertThat(location.get("admin1").asText()).isNotBlank();
        assertThat(location.get("lat").asDouble()).isBetween(25.2, 25.4);
        assertThat(location.get("lon").asDouble()).isBetween(51.4, 51.6);
        assertThat(location.get("precision").asText()).isEqualTo("city");
        assertThat(event.get("date").asText()).isEqualTo("2019-11-26");
    }

    @Test
    void csvHasTheLocationColumns() throws Exception {
        List<String> lines = write(EventWriter.Format.CSV).lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split(","));
        assertThat(header).containsSubsequence("location_name", "location_country", "location_admin1", "lat", "lon",
                "location_precision");
        String row = lines.get(1);
        assertThat(row).contains(",Doha,QAT,").contains(",city,");
    }

    @Test
    void gdeltFillsTheActionGeoColumns() throws Exception {
        String[] cells = write(EventWriter.Format.GDELT).lines().findFirst().orElseThrow().split("\t", -1);
        assertThat(cells).hasSize(61);
        // ActionGeo_Type .. ActionGeo_FeatureID are columns 52-59 (1-based) of the GDELT 2.0 event table.
        assertThat(cells[51]).isEqualTo("4");
        assertThat(cells[52]).startsWith("Doha, ").endsWith(", Qatar");
        assertThat(cells[53]).isEqualTo("QAT");
        assertThat(Double.parseDouble(cells[56])).isBetween(25.2, 25.4);
        assertThat(Double.parseDouble(cells[57])).isBetween(51.4, 51.6);
    }

    @Test
    void theGdeltFullNameDoesNotRepeatItself() {
        assertThat(GdeltEventWriter.fullName(new Location("Texas", "USA", "Texas", 31.2, -99.1,
                Location.Precision.ADMIN1))).isEqualTo("Texas, United States");
        assertThat(GdeltEventWriter.fullName(new Location("Qatar", "QAT", null, 25.5, 51.3,
                Location.Precision.COUNTRY))).isEqualTo("Qatar");
    }
}
