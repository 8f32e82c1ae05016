package org.parley.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.parley.api.Location.Precision;
import org.parley.api.Sentence;
import org.parley.api.Token;

/**
 * Finds the places a sentence puts things in: a locative preposition, then a name the gazetteer knows, with what
 * news prose wraps around it. "in Doha, Qatar", "in southern Lebanon", "near Bakhmut", "at the Elysee Palace", "in
 * the Syrian city of Aleppo", "in the West Bank city of Jenin", "in eastern Ukraine's Donetsk region", "in Idlib
 * province", "on the outskirts of Kyiv". Only names after a preposition count, so that the actor "Moscow" in
 * "Moscow said" is not a place, and a name running on into another capitalised word ("the Geneva Conventions") is
 * not one either.
 */
final class PlacePhrases {
    /** Locative prepositions; "to" names a destination, which only a visit takes as its place. */
    private static final Set<String> TRIGGERS = Set.of("in", "at", "near", "outside", "inside", "around", "across",
            "throughout", "into", "within", "to");
    private static final Set<String> MODIFIERS = Set.of("northern", "southern", "eastern", "western", "central",
            "north", "south", "east", "west", "northeastern", "northwestern", "southeastern", "southwestern",
            "north-eastern", "north-western", "south-eastern", "south-western", "northeast", "northwest", "southeast",
            "southwest", "occupied", "besieged", "embattled", "war-torn", "rebel-held", "government-held",
            "annexed", "neighbouring", "neighboring", "coastal", "nearby", "downtown", "greater", "mainland",
            "israeli-occupied", "russian-occupied", "rural");
    private static final Set<String> TYPES = Set.of("city", "town", "village", "port", "capital", "province",
            "region", "district", "governorate", "oblast", "area", "state", "county", "enclave", "territory",
            "neighbourhood", "neighborhood", "suburb", "municipality", "island", "emirate", "resort");
    /** Words before "of" that make it locative: "the outskirts of Kyiv", "40 km north of Baghdad". */
    private static final Set<String> AREAS = Set.of("outskirts", "suburbs", "suburb", "edge", "centre", "center",
            "heart", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
            "north-east", "north-west", "south-east", "south-west");
    private static final Set<String> REGION_TYPES = Set.of("province", "region", "governorate", "oblast", "state");
    /** Capitalised words that name times, not places ("in March" is not March, Cambridgeshire). */
    private static final Set<String> NOT_PLACES = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "christmas", "easter", "ramadan", "parliament", "congress",
            "asia", "europe", "africa", "oceania", "antarctica", "red sea");
    /**
     * Nouns whose "in X" says what they are about, not where the event is: "the humanitarian situation in Gaza",
     * "the war in Yemen".
     */
    private static final Set<String> TOPICS = Set.of("situation", "crisis", "war", "conflict", "violence",
            "fighting", "peace", "ceasefire", "truce", "tensions", "unrest", "process", "policy", "presence",
            "interests", "role", "influence", "involvement", "intervention", "operations", "stability", "security");

    /** Punctuation no name runs across. */
    private static final String BREAKS = ",;:()[]\"“”.!?";

    private final Gazetteer gazetteer;

    PlacePhrases(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** The place phrases of a sentence, in order. */
    List<PlacePhrase> find(Sentence sentence) {
        List<PlacePhrase> phrases = new ArrayList<>();
        int i = 0;
        while (i < sentence.size()) {
            PlacePhrase phrase = trigger(sentence, i) ? after(sentence, i + 1) : null;
            if (phrase != null) {
                boolean topical = i > 0 && TOPICS.contains(lower(sentence, i - 1));
                phrases.add(phrase.introducedBy(lower(sentence, i), topical));
                i = phrase.endToken();
            } else {
                i++;
            }
        }
        return phrases;
    }

    /** A locative preposition: "in", "near", or "of" after "the outskirts", "north", "30 km west". */
    private static boolean trigger(Sentence sentence, int i) {
        String word = lower(sentence, i);
        return TRIGGERS.contains(word) || word.equals("of") && i > 0 && AREAS.contains(lower(sentence, i - 1));
    }

    /**
     * The place phrase starting at token {@code j} with no preposition before it, as a verb's object ("captured
     * the town of Shusha") or a dateline's city, or {@code null}.
     */
    PlacePhrase startingAt(Sentence sentence, int j) {
        return after(sentence, j);
    }

    /** The place phrase starting right after a preposition, or {@code null}. */
    private PlacePhrase after(Sentence sentence, int j) {
        if (is(sentence, j, "the") || is(sentence, j, "a") || is(sentence, j, "an")) {
            j++; // "in the Gaza Strip", "in a Berlin park"
        }
        String country = null;
        while (j < sentence.size() && name(sentence, j) == null) { // "West Bank" is a name, "west Mosul" is not
            String adjectiveOf = gazetteer.countryOfAdjective(sentence.token(j).text());
            if (MODIFIERS.contains(lower(sentence, j))) {
                j++;
            } else if (adjectiveOf != null && capitalised(sentence.token(j))) {
                country = adjectiveOf; // "the Syrian city of Aleppo"
                j++;
            } else {
                break;
            }
        }
        Name first = name(sentence, j);
        if (first == null) {
            // "the city of Aleppo", "the Syrian capital Damascus", "the province of Idlib"
            return typed(sentence, j, country, null);
        }
        int next = first.end;
        if (is(sentence, next, "'s") || is(sentence, next, "’s") || is(sentence, next, "'")) {
            PlacePhrase inner = typedOrNamed(sentence, next + 1, first.regionOrCountry());
            return inner != null ? inner : phrase(sentence, first, false, country, null);
        }
        if (next < sentence.size() && TYPES.contains(lower(sentence, next))) {
            if (is(sentence, next + 1, "of") || next + 1 < sentence.size()
                    && capitalised(sentence.token(next + 1)) && name(sentence, next + 1) != null) {
                // "the West Bank city of Jenin", "the Gaza Strip town Rafah"
                PlacePhrase inner = typed(sentence, next, country, first.regionOrCountry());
                if (inner != null) {
                    return inner;
                }
            }
            return phrase(sentence, first, REGION_TYPES.contains(lower(sentence, next)), country, null);
        }
        if (next < sentence.size() && capitalised(sentence.token(next)) && "PROPN".equals(sentence.token(next).pos())) {
            return null; // "the Geneva Conventions", "the Paris Peace Forum": a longer name, not a place
        }
        return phrase(sentence, first, false, country, null);
    }

    /** "city of Aleppo", "capital Damascus", "province of Idlib" starting at a type word. */
    private PlacePhrase typed(Sentence sentence, int j, String country, Place within) {
        if (j >= sentence.size() || !TYPES.contains(lower(sentence, j))) {
            return null;
        }
        boolean region = REGION_TYPES.contains(lower(sentence, j));
        int k = is(sentence, j + 1, "of") || is(sentence, j + 1, ",") ? j + 2 : j + 1;
        Name name = name(sentence, k);
        if (name == null) {
            return null;
        }
        return phrase(sentence, name, region, within != null ? within.country() : country,
                within != null && within.precision() == Precision.ADMIN1 ? within.name() : null);
    }

    private PlacePhrase typedOrNamed(Sentence sentence, int j, Place within) {
        Name name = name(sentence, j);
        if (name == null) {
            return null;
        }
        boolean region = name.end < sentence.size() && REGION_TYPES.contains(lower(sentence, name.end));
        return phrase(sentence, name, region, within == null ? null : within.country(), null);
    }

    private PlacePhrase phrase(Sentence sentence, Name name, boolean region, String country, String admin1) {
        List<Place> candidates = region ? gazetteer.regionsNamed(name.text) : name.places;
        if (candidates.isEmpty()) {
            candidates = name.places;
        }
        String regionName = admin1;
        // "Doha, Qatar", "Kramatorsk, Donetsk region": a following country or region places the name.
        if (is(sentence, name.end, ",")) {
            int q = name.end + 1;
            while (q < sentence.size() && MODIFIERS.contains(lower(sentence, q))) {
                q++; // "Kano, northern Nigeria"
            }
            Name qualifier = name(sentence, q);
            Place within = qualifier == null ? null : qualifier.regionOrCountry();
            if (within != null && candidates.stream().anyMatch(p -> p.country().equals(within.country()))) {
                country = within.country();
                regionName = within.precision() == Precision.ADMIN1 ? within.name() : regionName;
            }
        }
        return new PlacePhrase("", name.start, name.end, candidates, gazetteer.preferred(name.text), country,
                regionName, false);
    }

    /** The longest gazetteer name starting at token {@code j}, or {@code null}. */
    private Name name(Sentence sentence, int j) {
        if (j >= sentence.size() || !capitalised(sentence.token(j)) || NOT_PLACES.contains(lower(sentence, j))) {
            return null;
        }
        Token first = sentence.token(j);
        boolean runsOn = j + 1 < sentence.size() && sentence.token(j + 1).start() == first.end();
        if (!runsOn && !gazetteer.mayStartName(first.text())) {
            return null; // most capitalised words start no place name
        }
        Name longest = null;
        for (int k = j + 1; k <= Math.min(sentence.size(), j + gazetteer.maxWords()); k++) {
            String last = sentence.token(k - 1).text();
            if (BREAKS.indexOf(last.charAt(0)) >= 0) {
                break; // "Doha, Qatar" is two names, not "Doha,"
            }
            if (!Character.isLetterOrDigit(last.codePointAt(last.length() - 1))) {
                continue;
            }
            String text = sentence.text().substring(sentence.token(j).start() - sentence.start(),
                    sentence.token(k - 1).end() - sentence.start());
            List<Place> places = gazetteer.named(text);
            if (!places.isEmpty() && !NOT_PLACES.contains(PlaceNames.key(text))) {
                longest = new Name(j, k, text, places);
            }
        }
        return longest;
    }

    /** A name found in the sentence and the places it may mean. */
    private record Name(int start, int end, String text, List<Place> places) {
        /** The country or region this name means when it qualifies another, or {@code null}. */
        Place regionOrCountry() {
            return places.stream().filter(p -> p.precision() != Precision.CITY).findFirst().orElse(null);
        }
    }

    private static boolean capitalised(Token token) {
        return Character.isUpperCase(token.text().codePointAt(0));
    }

    private static boolean is(Sentence sentence, int i, String word) {
        return i < sentence.size() && sentence.token(i).text().equalsIgnoreCase(word);
    }

    private static String lower(Sentence sentence, int i) {
        return sentence.token(i).text().toLowerCase(Locale.ROOT);
    }
}
