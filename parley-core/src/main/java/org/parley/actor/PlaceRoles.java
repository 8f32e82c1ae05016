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
 * are not Syrian troops, and a place name elsewhere in a sentence is never an actor.
 */
final class PlaceRoles {
    private static final Set<String> ROLES = Set.of("resident", "local resident", "people", "civilian", "citizen",
            "inhabitant", "villager", "protester", "demonstrator", "family", "crowd", "mourner", "refugee",
            "displaced person", "displaced people", "worshipper");
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "from");

    private final PlaceLookup places;

    PlaceRoles(PlaceLookup places) {
        this.places = Objects.requireNonNull(places, "places");
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
