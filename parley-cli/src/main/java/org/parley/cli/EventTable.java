package org.parley.cli;

import java.io.PrintWriter;
import java.util.List;
import org.parley.api.CodedEvent;

/** Events as an aligned text table for the terminal. */
final class EventTable {
    private EventTable() {
    }

    static void print(PrintWriter out, List<CodedEvent> events) {
        out.printf("%-10s %-12s %-12s %-5s %-9s %6s  %-16s %s%n", "date", "source", "target", "cameo", "plover",
                "gold", "where", "evidence");
        for (CodedEvent e : events) {
            out.printf("%-10s %-12s %-12s %-5s %-9s %6.1f  %-16s %s%n", e.date().date(), e.source().code(),
                    e.target() == null ? "-" : e.target().code(), e.type().cameo(), e.type().plover().event(),
                    e.type().goldstein(), e.location() == null ? "-" : shorten(e.location().name(), 16),
                    shorten(e.text(), 90));
        }
        out.printf("%d event(s)%n", events.size());
    }

    static String shorten(String text, int max) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
