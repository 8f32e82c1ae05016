package org.parley.actor;

import org.parley.actor.DictionaryActorRecognizer.Piece;
import org.parley.api.Sentence;
import org.parley.api.Token;

/**
 * Decides which neighbouring dictionary pieces belong to one noun phrase: "Russian | Deputy Foreign Minister |
 * Mikhail Bogdanov", "Hamas | 's | chief , | Ismail Haniya", "foreign minister | of | Iran". Pieces joined by
 * "and" stay apart: "Russia and Hamas" are two actors.
 */
final class PhraseGlue {
    /** The most unknown capitalised words taken as a person's name after a title. */
    private static final int MAX_NAME_WORDS = 4;

    private PhraseGlue() {
    }

    /** True when {@code next} continues the noun phrase that {@code previous} belongs to. */
    static boolean joins(Sentence sentence, Piece previous, Piece next) {
        int gapStart = previous.end();
        int gapEnd = next.start();
        ActorEntry.Kind before = previous.entry().kind();
        ActorEntry.Kind after = next.entry().kind();
        if (gapStart == gapEnd) {
            return compatible(before, after);
        }
        boolean titled = before == ActorEntry.Kind.AGENT || after == ActorEntry.Kind.AGENT
                || after == ActorEntry.Kind.PERSON;
        if (!titled) {
            return false;
        }
        for (int i = gapStart; i < gapEnd; i++) {
            Token token = sentence.token(i);
            if (!isGlue(token, before, after, i == gapStart)) {
                return false;
            }
        }
        return gapEnd - gapStart <= MAX_NAME_WORDS + 1;
    }

    /** Adjacent pieces join unless both name independent actors ("Doha Qatar" stays two). */
    private static boolean compatible(ActorEntry.Kind before, ActorEntry.Kind after) {
        boolean beforeNamed = before != ActorEntry.Kind.AGENT && before != ActorEntry.Kind.ADJECTIVE;
        boolean afterNamed = after != ActorEntry.Kind.AGENT;
        return !(beforeNamed && afterNamed && after != ActorEntry.Kind.PERSON);
    }

    private static boolean isGlue(Token token, ActorEntry.Kind before, ActorEntry.Kind after, boolean first) {
        String word = token.text();
        String key = PhraseKey.of(word);
        if (key.equals("'s") || key.equals("'")) {
            return true;
        }
        if (key.equals(",") && after == ActorEntry.Kind.PERSON) {
            return true;
        }
        if (before == ActorEntry.Kind.AGENT && first && (key.equals("of") || key.equals("for") || key.equals("to"))) {
            return true;
        }
        if (key.equals("the")) {
            return true;
        }
        String pos = token.pos();
        // Adjectives and unknown names inside a title: "Russian senior officials", "Deputy Leader Mousa Abu Marzouk".
        return "ADJ".equals(pos) || ("PROPN".equals(pos) && Character.isUpperCase(word.charAt(0)));
    }

    /** True when {@code place} is "in"/"from" (+ "the") a country or city right after a phrase of roles only. */
    static boolean placeOfRole(Sentence sentence, java.util.List<Piece> roles, Piece place) {
        for (Piece piece : roles) {
            if (piece.entry().kind() != ActorEntry.Kind.AGENT) {
                return false;
            }
        }
        ActorEntry.Kind kind = place.entry().kind();
        if (kind != ActorEntry.Kind.COUNTRY && kind != ActorEntry.Kind.CAPITAL) {
            return false;
        }
        int gap = roles.get(roles.size() - 1).end();
        String preposition = PhraseKey.of(sentence.token(gap).text());
        if (!preposition.equals("in") && !preposition.equals("from")) {
            return false;
        }
        int next = gap + 1;
        if (next < place.start() && PhraseKey.of(sentence.token(next).text()).equals("the")) {
            next++;
        }
        return next == place.start();
    }

    /** The end of an unknown capitalised name right after a phrase, e.g. a person named after a title. */
    static int trailingName(Sentence sentence, int from) {
        int end = from;
        while (end < sentence.size() && end - from < MAX_NAME_WORDS) {
            Token token = sentence.token(end);
            String word = token.text();
            if (!"PROPN".equals(token.pos()) || !Character.isUpperCase(word.charAt(0)) || word.length() < 2) {
                break;
            }
            end++;
        }
        return end;
    }
}
