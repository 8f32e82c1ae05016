package org.parley.brief;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;

/** Writes a {@link Brief} as JSON: the records as they are, dates as ISO strings. */
public final class JsonBrief {
    private JsonBrief() {
    }

    public static String render(Brief brief) {
        ObjectMapper json = new ObjectMapper()
                .registerModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance));
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(brief);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a brief is plain records and always serialises", e);
        }
    }
}
