package org.parley.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.parley.api.ActorMention;
import org.parley.api.CodedDocument;
import org.parley.api.CodedEvent;

/**
 * RFC 4180 CSV, one row per event with a header. Quoting is five lines, so no CSV library is pulled in for it.
 */
final class CsvEventWriter implements EventWriter {
    static final List<String> HEADER = List.of("doc_id", "sentence", "date", "date_precision", "historical",
            "source_code", "source_name", "source_text", "target_code", "target_name", "target_text", "cameo",
            "cameo_name", "plover_event", "plover_mode", "plover_context", "goldstein", "quad_class",
            "location_name", "location_country", "location_admin1", "lat", "lon", "location_precision", "verb",
            "text");
    private final Writer out;

    CsvEventWriter(Writer out) throws IOException {
        this.out = out;
        row(HEADER);
    }

    @Override
    public void write(CodedDocument document) throws IOException {
        for (CodedEvent e : document.events()) {
            ActorMention s = e.source();
            ActorMention t = e.target();
            var loc = e.location();
            row(List.of(e.docId(), String.valueOf(e.sentence()), e.date().date().toString(),
                    e.date().precision().name().toLowerCase(), String.valueOf(e.date().historical()),
                    s.code(), s.name(), s.text(),
                    t == null ? "" : t.code(), t == null ? "" : t.name(), t == null ? "" : t.text(),
                    e.type().cameo(), e.type().name(), e.type().plover().event(), e.type().plover().mode(),
                    e.type().plover().context(), String.valueOf(e.type().goldstein()),
                    String.valueOf(e.type().quadClass()),
                    loc == null ? "" : loc.name(), loc == null ? "" : loc.country(),
                    loc == null || loc.admin1() == null ? "" : loc.admin1(),
                    loc == null ? "" : String.valueOf(loc.lat()), loc == null ? "" : String.valueOf(loc.lon()),
                    loc == null ? "" : loc.precision().name().toLowerCase(), e.verbText(), e.text()));
        }
    }

    private void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
