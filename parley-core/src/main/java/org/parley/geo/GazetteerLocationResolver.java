package org.parley.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parley.api.ActorMention;
import org.parley.api.CodedEvent;
import org.parley.api.Document;
import org.parley.api.LocationResolver;
import org.parley.api.Sentence;
import org.parley.text.Clauses;

/**
 * Locates events at the places their sentences name, resolved against the {@link Gazetteer}.
 *
 * <p>An event takes the place phrase ({@link PlacePhrases}) of its own clause nearest its verb, or, in a relative
 * clause, of the clause it hangs from ("protesters in Cairo, who clashed with police"). Places in other clauses do
 * not locate it: in "the envoy, who met them in Doha, later called Haniya" the call is not in Doha. Failing a
 * phrase, a visit is where it goes ("visited Moscow"), a hosted visit where the host is, and an attack where its
 * target is when the target is named as a place ("bombed Beirut"). Otherwise the event has no location: the
 * dateline says where the reporter was, not where the event happened. Thread-safe.
 */
public final class GazetteerLocationResolver implements LocationResolver {
    private static final Set<String> VISITS = Set.of("042", "043", "044", "045");
    private static final String HOST = "043";
    private static final int MATERIAL_CONFLICT = 4;

    private final Gazetteer gazetteer;
    private final PlacePhrases phrases;

    public GazetteerLocationResolver(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.phrases = new PlacePhrases(gazetteer);
    }

    @Override
    public Reading open(Document document) {
        return new DocumentPlaces();
    }

    /** The places of one document: remembers which countries its actors belong to. */
    final class DocumentPlaces implements Reading {
        private final Map<String, Integer> seen = new HashMap<>();

        @Override
        public List<CodedEvent> locate(Sentence sentence, List<ActorMention> actors, List<CodedEvent> events) {
            List<PlacePhrase> found = phrases.find(sentence);
            Clauses clauses = found.isEmpty() || events.isEmpty() ? null : Clauses.of(sentence);
            List<CodedEvent> located = new ArrayList<>(events.size());
            for (CodedEvent event : events) {
                int verb = tokenAt(sentence, event.verbStart());
                Place place = clauses == null ? null : phraseAt(clauses, found, verb, actors);
                if (place == null) {
                    place = participantPlace(event, actors);
                }
                located.add(event.withLocation(place == null ? null : place.toLocation()));
            }
            // What the document is about: its actors' countries, not counting place names read as actors.
            List<ActorMention> notPlaces = actors.stream()
                    .filter(a -> found.stream().allMatch(p -> a.endToken() <= p.firstToken()
                            || a.firstToken() >= p.endToken()))
                    .toList();
            countries(notPlaces).forEach(country -> seen.merge(country, 1, Integer::sum));
            return located;
        }

        /** The place a sentence's phrases give the predicate at token {@code verb}, or {@code null}. */
        Place placeAt(Sentence sentence, List<ActorMention> actors, int verb) {
            return phraseAt(Clauses.of(sentence), phrases.find(sentence), verb, actors);
        }

        private Place phraseAt(Clauses clauses, List<PlacePhrase> found, int verb, List<ActorMention> actors) {
            PlacePhrase phrase = phraseOf(clauses, found, verb);
            if (phrase == null) {
                return null;
            }
            // The place name itself may have been read as an actor ("Tripoli" as Libya): it is no evidence.
            List<ActorMention> others = actors.stream()
                    .filter(a -> a.endToken() <= phrase.firstToken() || a.firstToken() >= phrase.endToken())
                    .toList();
            return PlaceChooser.choose(phrase.narrowed(), phrase.usual(), countries(others), seen);
        }

        private Place participantPlace(CodedEvent event, List<ActorMention> actors) {
            boolean visit = VISITS.contains(event.type().cameo());
            ActorMention where = event.type().cameo().equals(HOST) ? event.source()
                    : visit || event.type().quadClass() == MATERIAL_CONFLICT ? event.target() : null;
            if (where == null) {
                return null;
            }
            List<Place> candidates = gazetteer.named(where.text());
            List<ActorMention> others = actors.stream().filter(a -> a.disjoint(where)).toList();
            return candidates.isEmpty() ? null
                    : PlaceChooser.choose(candidates, gazetteer.preferred(where.text()), countries(others), seen);
        }

        private Set<String> countries(List<ActorMention> actors) {
            Set<String> here = new HashSet<>();
            for (ActorMention actor : actors) {
                if (gazetteer.country(actor.primaryChunk()) != null) {
                    here.add(actor.primaryChunk());
                }
            }
            return here;
        }
    }

    /** The place phrase nearest the event's verb in its clause, or in a relative clause's antecedent clause. */
    private static PlacePhrase phraseOf(Clauses clauses, List<PlacePhrase> found, int verb) {
        int clause = clauses.clauseOf(verb);
        PlacePhrase nearest = nearestIn(clauses, found, clause, verb);
        Clauses.Clause own = clauses.clause(clause);
        if (nearest == null && own.kind() == Clauses.Kind.RELATIVE) {
            nearest = nearestIn(clauses, found, own.parent(), verb);
        }
        return nearest;
    }

    private static PlacePhrase nearestIn(Clauses clauses, List<PlacePhrase> found, int clause, int verb) {
        PlacePhrase nearest = null;
        for (PlacePhrase p : found) {
            if (clauses.clauseOf(p.firstToken()) == clause && (nearest == null
                    || Math.abs(p.firstToken() - verb) < Math.abs(nearest.firstToken() - verb))) {
                nearest = p;
            }
        }
        return nearest;
    }

    private static int tokenAt(Sentence sentence, int offset) {
        for (int i = 0; i < sentence.size(); i++) {
            if (offset < sentence.token(i).end()) {
                return i;
            }
        }
        return Math.max(0, sentence.size() - 1);
    }
}
