package org.parley.brief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.api.ActorMention;
import org.parley.store.StoredSentence;

/**
 * Finds what each side says it wants, hopes, seeks, needs or expects: sentences where a side is the subject of a
 * desire verb or adjective ("Hamas wants", "Moscow is keen on"), and sentences where the other side would help it
 * ("Russia could help Hamas to ..."), which state what a side stands to gain through the other.
 */
final class AimFinder {
    private static final Pattern DESIRE = Pattern.compile("(?i)\\b(wants?|wanted|wanting|hopes?|hoped|hoping|seeks?|"
            + "seeking|sought|needs?|needed|expects?|expected|expecting|aims?|aimed|aiming|eager|keen|wish(?:es|ed)?|"
            + "intends?|intended|desires?|strives?|believes?|believed|stands? to gain|has a lot to gain|"
            + "looks? to|is looking to)\\b");
    private static final Pattern HELP = Pattern.compile("(?i)\\bhelp(?:s|ed|ing)?\\b");
    private static final Pattern NEGATED = Pattern.compile("(?i)\\b(not|never|n't|no longer)\\s+(\\w+\\s+)?$");
    private static final Pattern NOT_ONLY = Pattern.compile("(?i)\\bnot (?:just|only|merely)\\b");
    private static final Pattern CLAUSE_END = Pattern.compile("[;.!?]|,\\s+(?:but|which|while|whereas)\\b");

    private final Sides sides;

    AimFinder(Sides sides) {
        this.sides = sides;
    }

    /** Statements by side name, at most one per side and sentence, in document order. */
    Map<String, List<Statement>> find(List<StoredSentence> sentences) {
        Map<String, Map<String, Statement>> bySide = new LinkedHashMap<>();
        bySide.put(sides.nameA, new LinkedHashMap<>());
        bySide.put(sides.nameB, new LinkedHashMap<>());
        StoredSentence previous = null;
        for (StoredSentence s : sentences) {
            previous = previous != null && previous.docId().equals(s.docId()) ? previous : null;
            Matcher m = DESIRE.matcher(s.text());
            while (m.find()) {
                if (NEGATED.matcher(s.text().substring(0, m.start())).find()) {
                    continue;
                }
                ActorMention holder = sides.holder(s, previous, m.start());
                String side = holder == null ? null : sides.sideOf(holder);
                String content = content(s.text(), m.end());
                if (side != null && !content.isEmpty()) {
                    bySide.get(side).putIfAbsent(s.docId() + "#" + s.index(), new Statement(side, holder.text(),
                            m.group(), content, Evidence.of(s)));
                }
            }
            helped(s, previous, bySide);
            previous = s;
        }
        Map<String, List<Statement>> out = new LinkedHashMap<>();
        bySide.forEach((side, statements) -> out.put(side, new ArrayList<>(statements.values())));
        return out;
    }

    /** "X (could) help Y ...": Y's aim through X, when X and Y are the two sides. */
    private void helped(StoredSentence s, StoredSentence previous, Map<String, Map<String, Statement>> bySide) {
        Matcher m = HELP.matcher(s.text());
        while (m.find()) {
            ActorMention helper = sides.holder(s, previous, m.start());
            String helperSide = helper == null ? null : sides.sideOf(helper);
            for (ActorMention helped : s.actors()) {
                int at = helped.start() - s.start();
                String side = sides.sideOf(helped);
                if (side != null && helperSide != null && !side.equals(helperSide) && at > m.end()
                        && at <= m.end() + 1) {
                    bySide.get(side).putIfAbsent(s.docId() + "#" + s.index(), new Statement(side, helped.text(),
                            "help from " + helperSide, content(s.text(), helped.end() - s.start()), Evidence.of(s)));
                }
            }
        }
    }

    /**
     * The words after a cue up to the end of its clause; "not only X, but also Y" is one clause. Empty when the
     * cue ends its clause ("everything it needs, ...").
     */
    static String content(String text, int from) {
        String rest = text.substring(Math.min(from, text.length()));
        if (rest.matches("(?s)\\s*[,;.!?].*")) {
            return "";
        }
        Matcher end = CLAUSE_END.matcher(rest);
        int cut = rest.length();
        while (end.find()) {
            String before = rest.substring(0, end.start());
            if (!(end.group().contains("but") && NOT_ONLY.matcher(before).find())) {
                cut = end.start();
                break;
            }
        }
        return rest.substring(0, cut).replaceAll("\\s+", " ").replaceAll("^[\\p{Punct}\\s]+", "").strip();
    }
}
