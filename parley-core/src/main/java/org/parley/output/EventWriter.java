package org.parley.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import org.parley.api.CodedDocument;

/** Writes coded events in one output format. Not thread-safe: one writer per output stream. */
public interface EventWriter extends Closeable {
    /** Writes the events of a document. */
    void write(CodedDocument document) throws IOException;

    /** The output formats, by their CLI name. */
    enum Format {
        JSONL, CSV, GDELT;

        /** A writer of this format onto {@code out}. */
        public EventWriter open(Writer out) throws IOException {
            return switch (this) {
                case JSONL -> new JsonlEventWriter(out);
                case CSV -> new CsvEventWriter(out);
                case GDELT -> new GdeltEventWriter(out);
            };
        }
    }
}
