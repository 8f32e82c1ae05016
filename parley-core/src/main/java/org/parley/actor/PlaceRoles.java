package org.parley.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.parley.actor.ActorEntry.Kind;
import org.parley.actor.DictionaryActorRecognizer.Piece;
import org.parley.api.Sentence;

/**
 * Roles of a place: "residents of Aleppo", "people in Kharkiv", "protesters in Basra" are the place's country's
 * civilians or protesters. Only people who live or gather somewhere take its country this way: "troops in Aleppo"
 * are not Syrian troops, and a place name elsewhere in a sentence is never an actor. A crowd also takes the country
 * of the place where its clause says it acts ({@link #actingAt}).
 */
final class PlaceRoles {
    private static final Set<String> ROLES = Set.of("resident", "local resident", "people", "civilian", "citizen",
            "inhabitant", "villager", "protester", "demonstrator", "family", "crowd", "mourner", "refugee",
            "displaced person", "displaced people", "worshipper");
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "from");
    /** Crowds, which are of the place where they gather and act: not refugees, who may have come from afar. */
    private static final Set<String> CROWDS = Set.of("resident", "local resident", "people", "citizen",
            "inhabitant", "villager", "protester", "demonstrator", "crowd", "mourner", "worshipper");
    /** Prepositions that say where a crowd acts: "rallied in Basra", "gathered outside the embassy in Paris". */
    private static final Set<String> LOCATIVES = Set.of("in", "at", "across", "throughout");
    /** Tokens read past a crowd's verb in search of where it acted. */
    private static final int WINDOW = 8;

    private final PlaceLookup places;

    PlaceRoles(PlaceLookup places) {
        this.places = Objects.requireNonNull(places, "places");
    }

    /**
     * "Protesters rallied in Basra", "demonstrators protesting election results in Monrovia": a crowd with no
     * country acts where its clause puts it. Returns the phrase with a piece for that place's country laid over the
     * crowd's own words (the mention stays "Protesters"), or {@code null}. The place comes after the crowd's verb,
     * before any comma or second verb; it is a gazetteer place or a country or capital of the dictionary.
     *
     * @param roles the pieces of a phrase that composes to no actor (roles only)
     * @param later the dictionary pieces after the phrase, in order
     */
    List<Piece> actingAt(Sentence sentence, List<Piece> roles, List<Piece> later) {
        if (roles.size() != 1 || roles.get(0).entry().kind() != Kind.AGENT
                || !CROWDS.contains(roles.get(0).entry().name().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Piece crowd = roles.get(0);
        int verbs = 0;
        int read = 0;
        for (int i = crowd.end(); i < sentence.size() && read < WINDOW; i++) {
            String word = sentence.token(i).text().toLowerCase(Locale.ROOT);
            if (sentence.token(i).isVerb() && !"AUX".equals(sentence.token(i).pos())) {
                if (++verbs > 1) {
                    return null;
                }
                continue;
            }
            if (verbs == 0) {
                if (i > crowd.end() + 2) {
                    return null; // the crowd is not the subject of a verb right after it
                }
                continue;
            }
            read++;
            if (",;:".contains(word) || "who".equals(word) || "which".equals(word)) {
                return null;
            }
            if (!LOCATIVES.contains(word) || i + 1 >= sentence.size()) {
                continue;
            }
            int at = sentence.token(i + 1).text().equalsIgnoreCase("the") ? i + 2 : i + 1;
            String country = placeAt(sentence, at, later);
            if (country != null) {
                List<Piece> phrase = new ArrayList<>(roles);
                phrase.add(new Piece(crowd.start(), crowd.end(), new ActorEntry(country, country, Kind.CAPITAL,
                        null, null)));
                return phrase;
            }
        }
        return null;
    }

    /** The country of a place named at token {@code at}: a dictionary country or capital, or a gazetteer place. */
    private String placeAt(Sentence sentence, int at, List<Piece> later) {
        for (Piece piece : later) {
            if (piece.start() == at) {
                Kind kind = piece.entry().kind();
                return kind == Kind.COUNTRY || kind == Kind.CAPITAL ? piece.entry().code().substring(0, 3) : null;
            }
        }
        if (at >= sentence.size() || !Character.isUpperCase(sentence.token(at).text().charAt(0))) {
            return null;
        }
        PlaceLookup.Match place = places.find(sentence, at);
        return place == null ? null : place.country();
    }

    /**
     * The phrase extended by the place after it, or {@code null} when the phrase is not a role of a place.
     *
     * @param roles the pieces of a phrase that composes to no actor (roles only)
     * @param next  the next dictionary piece in the sentence, or {@code null}
     */
    List<Piece> withPlace(Sentence sentence, List<Piece> roles, Piece next) {
        if (roles.size() != 1 || roles.get(0).entry().kind() != Kind.AGENT
                || !ROLES.contains(roles.get(0).entry().name().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int at = roles.get(0).end();
        if (at >= sentence.size() || !PREPOSITIONS.contains(sentence.token(at).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        at++;
        if (at < sentence.size() && sentence.token(at).text().equalsIgnoreCase("the")) {
            at++;
        }
        if (at >= sentence.size() || next != null && next.start() == at) {
            return null; // a dictionary phrase starts there: the usual composition decides
        }
        PlaceLookup.Match place = places.find(sentence, at);
        if (place == null || next != null && next.start() < place.endToken()) {
            return null;
        }
        List<Piece> phrase = new ArrayList<>(roles);
        phrase.add(new Piece(at, place.endToken(), new ActorEntry(place.country(), place.name(), Kind.CAPITAL,
                null, null)));
        return phrase;
    }
}
