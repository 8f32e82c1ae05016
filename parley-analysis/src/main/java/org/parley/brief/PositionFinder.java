package org.parley.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.api.ActorMention;
import org.parley.store.StoredSentence;

/**
 * Finds each side's stated positions: a side as the subject of a stance word ("calls for", "opposes", "rejection
 * of") with the issue that follows; sentences that set one side against the other ("Unlike Hamas, Moscow ...",
 * "while X ..., Y ..."); and sentences that say outright that the sides differ or agree ("not on the same page",
 * "disagree over").
 */
final class PositionFinder {
    private static final Pattern FAVOUR = Pattern.compile("(?i)\\b(calls? for|called for|calling for|supports?|"
            + "supported|supporting|backs|backed|endorses?|endorsed|favou?rs|favou?red|welcomes?|welcomed|accepts?|"
            + "accepted|advocates?|advocated|recogni[sz]es|recogni[sz]ed|insists? on|insisted on)\\b");
    private static final Pattern OPPOSE = Pattern.compile("(?i)\\b(opposes?|opposed|opposing|opposition to|"
            + "rejects?|rejected|rejecting|rejection of|criticises?|criticizes?|criticised|criticized|condemns?|"
            + "condemned|denounces?|denounced|refuses?|refused|objects? to|objected to)\\b");
    private static final Pattern CONTRAST = Pattern.compile("(?i)\\b(unlike|while|whereas|as opposed to|contrary to)\\s+$");
    private static final Pattern DIFFERENCE = Pattern.compile("(?i)\\b(disagree\\w*|differ\\w*|at odds|"
            + "divided over|split over|clash(?:ed|es)? over|dispute\\w* over)");
    private static final Pattern ACCORD = Pattern.compile("(?i)\\b(agreed? on|share[sd]? (?:a |the |their )?"
            + "(?:view|position|goal|interest|stance)s?|common ground|see eye to eye|on the same page)");
    /** A negation a few words before an accord turns it into a difference: "does not mean X is on the same page". */
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(not|never|no longer)\\b|n't\\b");
    private static final int NEGATION_REACH = 40;
    private static final Pattern ABOUT = Pattern.compile("(?i)\\b(when it comes to|over|about|regarding|on)\\s+");
    private static final Pattern CONTINUATION = Pattern.compile("(?i)^(moreover|also|in addition|furthermore|"
            + "likewise|similarly|besides)\\b");
    private static final Pattern PRONOUN = Pattern.compile("(?i)(it|this|that|them|these|those)");
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{3,80})[”\"]");
    /** Where an issue's noun phrase ends: a coordinated verb, a subordinate clause, or the sentence's own verb. */
    private static final Pattern ISSUE_END = Pattern.compile("(?i)\\s+(?:and|but|because|while|when|as)\\s+"
            + "(?=\\w+s\\b|\\w+ed\\b)|\\s+(?:but|because|while|whereas)\\s+|"
            + "(?<!that|which|who)\\s+(?:has|have|had|is|are|was|were|will|would|could|can|may|might)\\s+");

    private final Sides sides;

    PositionFinder(Sides sides) {
        this.sides = sides;
    }

    /** Stances, contrasts and stated differences or accords, in document order. */
    List<Position> find(List<StoredSentence> sentences) {
        List<Position> out = new ArrayList<>();
        StoredSentence previous = null;
        Position carried = null;
        for (StoredSentence s : sentences) {
            if (previous == null || !previous.docId().equals(s.docId())) {
                previous = null;
                carried = null;
            }
            List<Position> here = new ArrayList<>();
            stances(s, previous, carried, FAVOUR, true, here);
            stances(s, previous, carried, OPPOSE, false, here);
            stated(s, DIFFERENCE, false, here);
            if (here.stream().noneMatch(p -> p.side().contains(" and "))) {
                stated(s, ACCORD, true, here);
            }
            here.sort((x, y) -> Integer.compare(s.text().indexOf(x.stance()), s.text().indexOf(y.stance())));
            out.addAll(here);
            carried = here.isEmpty() ? null : here.get(here.size() - 1);
            previous = s;
        }
        return out;
    }

    private void stances(StoredSentence s, StoredSentence previous, Position carried, Pattern cue, boolean favours,
                         List<Position> out) {
        Matcher m = cue.matcher(s.text());
        while (m.find()) {
            ActorMention holder = sides.holder(s, previous, m.start());
            String side = holder == null ? null : sides.sideOf(holder);
            String contrast = side == null ? null : contrast(s, side);
            String holderText = holder == null ? "" : holder.text();
            if (side == null && carried != null && CONTINUATION.matcher(s.text().strip()).find()) {
                // "Moreover, ... it calls for ...": the topic and the contrast of the previous sentence carry over.
                side = carried.side();
                contrast = carried.contrast();
            }
            String issue = issue(s.text(), m.start(), m.end());
            if (side != null && issue != null) {
                out.add(new Position(side, holderText, m.group(), favours, issue, contrast, Evidence.of(s)));
            }
        }
    }

    /** The other side's name when the sentence sets it against {@code side}: "Unlike Hamas, ...". */
    private String contrast(StoredSentence s, String side) {
        for (ActorMention m : s.actors()) {
            String other = sides.sideOf(m);
            if (other != null && !other.equals(side)
                    && CONTRAST.matcher(s.text().substring(0, Math.max(0, m.start() - s.start()))).find()) {
                return other;
            }
        }
        return null;
    }

    /** Sentences naming both sides that say they differ (or agree) on something. */
    private void stated(StoredSentence s, Pattern cue, boolean accord, List<Position> out) {
        if (!sides.names(s, sides.nameA) || !sides.names(s, sides.nameB)) {
            return;
        }
        Matcher m = cue.matcher(s.text());
        if (m.find()) {
            boolean agree = accord && !NEGATION.matcher(
                    s.text().substring(Math.max(0, m.start() - NEGATION_REACH), m.start())).find();
            Matcher about = ABOUT.matcher(s.text());
            String issue = about.find(m.end()) ? AimFinder.content(s.text(), about.end()) : "";
            out.add(new Position(sides.nameA + " and " + sides.nameB, "", (accord && !agree ? "not " : "") + m.group(),
                    agree, issue.isEmpty() ? "(unspecified)" : issue, null, Evidence.of(s)));
        }
    }

    /** The issue after a stance word: its clause, cut before a following verb; a pronoun becomes the quoted name. */
    private static String issue(String text, int cueStart, int cueEnd) {
        String issue = AimFinder.content(text, cueEnd);
        Matcher end = ISSUE_END.matcher(issue);
        if (end.find()) {
            issue = issue.substring(0, end.start());
        }
        String first = issue.split("\\s+")[0];
        if (PRONOUN.matcher(first).matches()) {
            String quoted = null;
            Matcher q = QUOTED.matcher(text.substring(0, cueStart));
            while (q.find()) {
                quoted = q.group(1);
            }
            return quoted;
        }
        return issue.isBlank() || issue.split("\\s+").length > 14 ? null : issue.replaceAll("[“”\"]", "");
    }
}
