package org.parley.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import org.parley.api.CodedDocument;
import org.parley.api.CodedEvent;

/** One JSON object per event per line (see {@link EventJson}). */
final class JsonlEventWriter implements EventWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Writer out;

    JsonlEventWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(CodedDocument document) throws IOException {
        for (CodedEvent event : document.events()) {
            out.write(JSON.writeValueAsString(EventJson.of(event)));
            out.write('\n');
        }
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
