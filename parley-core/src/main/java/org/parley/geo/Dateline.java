package org.parley.geo;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.api.Location.Precision;
import org.parley.api.Sentence;
import org.parley.api.Token;

/**
 * The dateline of a news story: "VIENNA - Iran and six world powers reached ...", "YEVLAKH, Azerbaijan - ...".
 * A single city in capitals at the start of the first sentence, then a dash. A dateline of several cities
 * ("WASHINGTON/TEHRAN -") places nothing, nor does one that is not a place ("UNITED NATIONS -").
 */
final class Dateline {
    private static final Set<String> DASHES = Set.of("-", "–", "—", "--");

    private final Gazetteer gazetteer;
    private final PlacePhrases phrases;

    Dateline(Gazetteer gazetteer, PlacePhrases phrases) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.phrases = Objects.requireNonNull(phrases, "phrases");
    }

    /** The dateline's place phrase, or {@code null} when the sentence does not open with a one-city dateline. */
    PlacePhrase find(Sentence sentence) {
        int end = 0;
        while (end < sentence.size() && isCapitals(sentence.token(end))) {
            end++;
        }
        if (end == 0) {
            return null;
        }
        int dash = end;
        String country = null;
        if (is(sentence, dash, ",")) {
            // "YEVLAKH, Azerbaijan -": the country after the city.
            PlacePhrase qualifier = phrases.startingAt(sentence, dash + 1);
            if (qualifier == null) {
                return null;
            }
            country = qualifier.candidates().stream().filter(p -> p.precision() == Precision.COUNTRY)
                    .map(Place::country).findFirst().orElse(null);
            dash = qualifier.endToken();
        }
        if (dash >= sentence.size() || !DASHES.contains(sentence.token(dash).text())) {
            return null;
        }
        String city = sentence.text().substring(sentence.token(0).start() - sentence.start(),
                sentence.token(end - 1).end() - sentence.start());
        List<Place> candidates = gazetteer.named(city);
        if (candidates.isEmpty()) {
            return null;
        }
        return new PlacePhrase("", 0, end, candidates, gazetteer.preferred(city), country, null, false);
    }

    /** A word in capitals: "VIENNA", "SHARM", "EL-SHEIKH"; a slash or a lower-case letter ends the dateline. */
    private static boolean isCapitals(Token token) {
        String word = token.text();
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c) || c == '/') {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter && word.length() > 1;
    }

    private static boolean is(Sentence sentence, int i, String word) {
        return i < sentence.size() && sentence.token(i).text().equals(word);
    }
}
