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
 * not locate it: in "the envoy, who met them in Doha, later called Haniya" the call is not in Doha. A destination
 * ("flew to Sharm el-Sheikh") locates only a visit. Failing a phrase, a visit is where it goes ("visited Moscow"),
 * a hosted visit where the host is, and an attack where its target is when the target is a place ("bombed
 * Beirut", "captured the town of Shusha"); an attack with no victim named strikes the country of the place it is
 * located at ("fired shells at targets in Jericho"). Failing that, the events of the lead sentence are at its dateline
 * ("VIENNA - Iran and six world powers reached an agreement"): a lead reports what happened where the story was
 * filed. Later sentences do not inherit the dateline, and an event with none of these has no location.
 * Thread-safe.
 */
public final class GazetteerLocationResolver implements LocationResolver {
    private static final Set<String> VISITS = Set.of("042", "043");
    private static final String HOST = "043";
    /** A telephone call happens in two places at once: it has no location. */
    private static final String TELEPHONE = "041";
    /** Assaults, fights and mass violence: where they strike is where they happen. */
    private static final Set<String> VIOLENCE = Set.of("18", "19", "20");
    private static final String CEASEFIRE_VIOLATION = "196";

    private static final String DESTINATION = "to";
    private static final int VERBAL_COOPERATION = 1;
    private static final int VERBAL_CONFLICT = 3;

    private final Gazetteer gazetteer;
    private final PlacePhrases phrases;
    private final Dateline datelines;

    public GazetteerLocationResolver(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.phrases = new PlacePhrases(gazetteer);
        this.datelines = new Dateline(gazetteer, phrases);
    }

    @Override
    public Reading open(Document document) {
        return new DocumentPlaces();
    }

    /** The places of one document: remembers which countries its actors belong to. */
    final class DocumentPlaces implements Reading {
        private final Map<String, Integer> seen = new HashMap<>();
        private boolean lead = true;

        @Override
        public List<CodedEvent> locate(Sentence sentence, List<ActorMention> actors, List<CodedEvent> events) {
            List<PlacePhrase> found = phrases.find(sentence);
            Clauses clauses = found.isEmpty() || events.isEmpty() ? null : Clauses.of(sentence);
            PlacePhrase dateline = lead && !events.isEmpty() ? datelines.find(sentence) : null;
            lead = false;
            List<CodedEvent> located = new ArrayList<>(events.size());
            for (CodedEvent event : events) {
                Place place = event.type().cameo().equals(TELEPHONE) ? null
                        : place(sentence, actors, event, clauses, found, dateline);
                located.add(struckPlace(sentence, actors, event, clauses, found, place)
                        .withLocation(place == null ? null : place.toLocation()));
            }
            // What the document is about: its actors' countries, not counting place names read as actors.
            List<ActorMention> notPlaces = actors.stream()
                    .filter(a -> found.stream().allMatch(p -> a.endToken() <= p.firstToken()
                            || a.firstToken() >= p.endToken()))
                    .toList();
            countries(notPlaces).forEach(country -> seen.merge(country, 1, Integer::sum));
            return located;
        }

        private Place place(Sentence sentence, List<ActorMention> actors, CodedEvent event, Clauses clauses,
                            List<PlacePhrase> found, PlacePhrase dateline) {
            int verb = tokenAt(sentence, event.verbStart());
            boolean visit = VISITS.contains(event.type().cameo());
            // Words are said somewhere, but "welcomed efforts to end the war in Yemen" was not said in Yemen.
            boolean verbal = event.type().quadClass() == VERBAL_COOPERATION
                    || event.type().quadClass() == VERBAL_CONFLICT;
            List<PlacePhrase> usable = found.stream()
                    .filter(p -> visit || !p.preposition().equals(DESTINATION))
                    .filter(p -> !verbal || !p.topical())
                    .toList();
            Place said = clauses == null ? null : phraseAt(clauses, usable, verb, actors);
            Place participant = participantPlace(sentence, event, verb, actors);
            if (participant != null && (said == null || !finerWithin(said, participant))) {
                return participant; // "pounded the Gaza Strip and fired rockets into Israel": the target
            }
            if (said != null) {
                return said;
            }
            return dateline == null ? null : choose(dateline, actors);
        }

        /**
         * "fired shells at targets in Jericho", "killed 46 civilians in an attack on a village in Herat": an attack
         * with no named victim strikes the country of the place it hit, when that place is named after the verb in
         * its own clause and is where the event is located.
         */
        private CodedEvent struckPlace(Sentence sentence, List<ActorMention> actors, CodedEvent event,
                                       Clauses clauses, List<PlacePhrase> found, Place place) {
            // A ceasefire is broken against the other side, not against the place where it is broken.
            if (place == null || event.target() != null || clauses == null
                    || !VIOLENCE.contains(event.type().cameo().substring(0, 2))
                    || event.type().cameo().equals(CEASEFIRE_VIOLATION)) {
                return event;
            }
            int verb = tokenAt(sentence, event.verbStart());
            PlacePhrase phrase = phraseOf(clauses, found, verb);
            if (phrase == null || phrase.firstToken() <= verb || phrase.topical()
                    || phrase.preposition().equals(DESTINATION) || !place.equals(choose(phrase, actors))) {
                return event;
            }
            Place country = gazetteer.country(place.country());
            int start = sentence.token(phrase.firstToken()).start();
            int end = sentence.token(phrase.endToken() - 1).end();
            ActorMention struck = new ActorMention(place.country(), country == null ? place.country() : country.name(),
                    sentence.text().substring(start - sentence.start(), end - sentence.start()), phrase.firstToken(),
                    phrase.endToken(), start, end);
            return new CodedEvent(event.docId(), event.sentence(), event.source(), struck, event.type(), event.date(),
                    event.location(), event.verbText(), event.verbStart(), event.verbEnd(), event.pattern(),
                    event.text());
        }

        /** The place a sentence's phrases give the predicate at token {@code verb}, or {@code null}. */
        Place placeAt(Sentence sentence, List<ActorMention> actors, int verb) {
            List<PlacePhrase> found = phrases.find(sentence).stream()
                    .filter(p -> !p.preposition().equals(DESTINATION)).toList();
            return phraseAt(Clauses.of(sentence), found, verb, actors);
        }

        private Place phraseAt(Clauses clauses, List<PlacePhrase> found, int verb, List<ActorMention> actors) {
            PlacePhrase phrase = phraseOf(clauses, found, verb);
            return phrase == null ? null : choose(phrase, actors);
        }

        /** A visit's destination, a host's seat, an attack's target: when the participant is named as a place. */
        private Place participantPlace(Sentence sentence, CodedEvent event, int verb, List<ActorMention> actors) {
            boolean visit = VISITS.contains(event.type().cameo());
            boolean attack = VIOLENCE.contains(event.type().cameo().substring(0, 2));
            ActorMention where = event.type().cameo().equals(HOST) ? event.source()
                    : visit || attack ? event.target() : null;
            if (where != null && !gazetteer.named(where.text()).isEmpty()) {
                PlacePhrase named = new PlacePhrase("", where.firstToken(), where.endToken(),
                        gazetteer.named(where.text()), gazetteer.preferred(where.text()), null, null, false);
                return choose(named, actors);
            }
            PlacePhrase object = visit || attack ? phrases.startingAt(sentence, verb + 1) : null;
            return object == null ? null : choose(object, actors);
        }

        private Place choose(PlacePhrase phrase, List<ActorMention> actors) {
            // The place name itself may have been read as an actor ("Tripoli" as Libya): it is no evidence.
            List<ActorMention> others = actors.stream()
                    .filter(a -> a.endToken() <= phrase.firstToken() || a.firstToken() >= phrase.endToken())
                    .toList();
            return PlaceChooser.choose(phrase.narrowed(), phrase.usual(), countries(others), seen);
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

    /** True when {@code place} lies in {@code other}'s country and is more precise: "near Damascus" in Syria. */
    private static boolean finerWithin(Place place, Place other) {
        return place.country().equals(other.country()) && place.precision().compareTo(other.precision()) > 0;
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
