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
import org.parley.api.CodedEvent;
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
        assertThat(cells[53]).as("ActionGeo_CountryCode, FIPS 10-4").isEqualTo("QA");
        assertThat(cells[54]).as("ActionGeo_ADM1Code: the country's FIPS code, no FIPS admin1").isEqualTo("QA");
        assertThat(Double.parseDouble(cells[56])).isBetween(25.2, 25.4);
        assertThat(Double.parseDouble(cells[57])).isBetween(51.4, 51.6);
    }

    @Test
    void gdeltGeographyIsFipsWhileActorCountriesStayCameo() throws Exception {
        CodedDocument aleppo = TestPipeline.code(
                "Syrian troops clashed with Turkish-backed rebels in Aleppo on Monday.", LocalDate.of(2016, 11, 30));
        StringWriter out = new StringWriter();
        try (EventWriter writer = EventWriter.Format.GDELT.open(out)) {
            writer.write(aleppo);
        }
        String[] cells = out.toString().lines().findFirst().orElseThrow().split("\t", -1);
        assertThat(cells).hasSize(61);
        assertThat(cells[5]).as("Actor1Code").startsWith("SYR");
        assertThat(cells[7]).as("Actor1CountryCode, CAMEO").isEqualTo("SYR");
        assertThat(cells[26]).as("EventCode").startsWith("19");
        assertThat(cells[52]).startsWith("Aleppo, ").endsWith(", Syria");
        assertThat(cells[53]).as("ActionGeo_CountryCode").isEqualTo("SY");
        assertThat(cells[54]).as("ActionGeo_ADM1Code").isEqualTo("SY");
        assertThat(cells[37]).as("Actor1Geo_CountryCode: Parley does not place actors").isEmpty();
    }

    @Test
    void gdeltGazaIsTheGazaStripAndAnUnknownCountryIsEmpty() {
        CodedEvent event = DOHA.events().get(0);
        List<String> gaza = GdeltEventWriter.row(DOHA.document(), event.withLocation(new Location("Gaza", "PSE",
                "Gaza Strip", 31.5016, 34.4667, Location.Precision.CITY)), 1, 1, 1, 1);
        assertThat(gaza.get(53)).isEqualTo("GZ");
        List<String> nowhere = GdeltEventWriter.row(DOHA.document(), event.withLocation(new Location("Nowhere",
                "ZZZ", null, 0, 0, Location.Precision.COUNTRY)), 1, 1, 1, 1);
        assertThat(nowhere.get(53)).isEmpty();
        assertThat(nowhere.get(54)).isEmpty();
    }

    @Test
    void theGdeltFullNameDoesNotRepeatItself() {
        assertThat(GdeltEventWriter.fullName(new Location("Texas", "USA", "Texas", 31.2, -99.1,
                Location.Precision.ADMIN1))).isEqualTo("Texas, United States");
        assertThat(GdeltEventWriter.fullName(new Location("Qatar", "QAT", null, 25.5, 51.3,
                Location.Precision.COUNTRY))).isEqualTo("Qatar");
    }
}
