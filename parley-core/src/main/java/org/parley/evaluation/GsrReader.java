package org.parley.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.io.InputException;

/**
 * Reads gold records in the PLOVER GSR JSONL form. Event names of PLOVER 0.5 are mapped to PLOVER 2021 (DEMAND is
 * REQUEST, DISAPPROVE and INVESTIGATE are ACCUSE, FIGHT is ASSAULT), and legacy CAMEO country codes to ISO.
 */
public final class GsrReader {
    private static final Map<String, String> PLOVER_2021 = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
            "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");
    /** Codes the GSR writes in older CAMEO or by slip, with the ISO code they mean. */
    private static final Map<String, String> LEGACY_CODES = Map.of("JAP", "JPN", "ITL", "ITA");
    private static final ObjectMapper JSON = new ObjectMapper();

    private GsrReader() {
    }

    /** All records of a GSR JSONL file. */
    public static List<GoldRecord> read(Path file) throws InputException {
        List<GoldRecord> records = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (IOException e) {
                    throw new InputException(file.toString(), lineNo, "malformed JSON");
                }
                if (!node.hasNonNull("text") || !node.hasNonNull("event")) {
                    throw new InputException(file.toString(), lineNo, "a gold record needs 'text' and 'event'");
                }
                String event = node.get("event").asText();
                LocalDate date = node.hasNonNull("date") ? LocalDate.parse(node.get("date").asText()) : LocalDate.now();
                records.add(new GoldRecord(node.path("id").asText("line-" + lineNo), date, node.get("text").asText(),
                        PLOVER_2021.getOrDefault(event, event), codes(node.get("source")), codes(node.get("target"))));
            }
        } catch (IOException e) {
            throw new InputException(file.toString(), lineNo, "cannot read: " + e.getMessage());
        }
        return records;
    }

    private static List<String> codes(JsonNode actors) {
        List<String> codes = new ArrayList<>();
        if (actors != null && actors.isArray()) {
            for (JsonNode actor : actors) {
                String code = actor.path("code").asText("");
                if (code.length() >= 3) {
                    codes.add(LEGACY_CODES.getOrDefault(code, code));
                }
            }
        }
        return codes;
    }
}
