package org.parley.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.api.ActorMention;
import org.parley.api.CodedDocument;
import org.parley.api.CodedEvent;
import org.parley.api.Document;
import org.parley.api.EventDate;
import org.parley.api.EventType;
import org.parley.api.Sentence;

/** Hand-coded documents for analysis tests: one sentence, one event each, as the pipeline would store them. */
public final class Fixtures {
    public static final EventType MEET = type("040", "Consult", 1.0, 1, "CONSULT");
    public static final EventType VISIT = type("042", "Make a visit", 1.9, 1, "CONSULT");
    public static final EventType AID = type("070", "Provide aid", 7.0, 2, "AID");
    public static final EventType ACCUSE = type("112", "Accuse", -2.0, 3, "ACCUSE");
    public static final EventType THREATEN = type("130", "Threaten", -4.4, 3, "THREATEN");
    public static final EventType STRIKE = type("195", "Employ aerial weapons", -10.0, 4, "ASSAULT");

    private Fixtures() {
    }

    private static EventType type(String cameo, String name, double goldstein, int quad, String plover) {
        return new EventType(cameo, name, goldstein, quad, new EventType.Plover(plover, "", ""));
    }

    /** A document whose one sentence reports {@code source type target}. */
    public static CodedDocument report(String id, LocalDate date, String source, String target, EventType type) {
        String text = source + " and " + target + ": " + type.name() + ".";
        ActorMention s = new ActorMention(source, source, source, 0, 1, 0, source.length());
        int at = source.length() + 5;
        ActorMention t = new ActorMention(target, target, target, 2, 3, at, at + target.length());
        Sentence sentence = new Sentence(0, 0, text.length(), text, List.of());
        CodedEvent event = new CodedEvent(id, 0, s, t, type, EventDate.storyDate(date), null, type.name(), 0, 1,
                "test +", text);
        return new CodedDocument(new Document(id, date, text, null, null, "wire"), List.of(sentence),
                List.of(List.of(s, t)), List.of(event), List.of());
    }

    /** {@code n} reports of one kind, a day apart from {@code first}, ids prefixed. */
    public static List<CodedDocument> reports(String prefix, int n, LocalDate first, String source, String target,
                                              EventType type) {
        List<CodedDocument> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(report(prefix + i, first.plusDays(i), source, target, type));
        }
        return out;
    }
}
