package org.parley.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.parley.api.CodedEvent;

/** Assertions on coded events written as "SOURCE CAMEO TARGET" triples, e.g. "RUSGOV 036 PSEREBHMS". */
public final class EventAssert {
    private EventAssert() {
    }

    /** Asserts that the text yields every expected triple ("-" for no target); more events may come out. */
    public static List<CodedEvent> assertCodes(String text, String... expected) {
        List<CodedEvent> events = TestPipeline.events(text);
        List<String> triples = triples(events);
        assertThat(triples).as("events of: %s", text).contains(expected);
        return events;
    }

    /** Asserts that the text yields no event at all. */
    public static void assertNoEvents(String text) {
        assertThat(triples(TestPipeline.events(text))).as("events of: %s", text).isEmpty();
    }

    public static List<String> triples(List<CodedEvent> events) {
        return events.stream()
                .map(e -> e.source().code() + " " + e.type().cameo() + " " + (e.target() == null ? "-" : e.target().code()))
                .collect(Collectors.toList());
    }
}
