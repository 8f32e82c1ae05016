package org.parley.geo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parley.dictionary.InvalidDictionaryException;

/**
 * An immutable gazetteer: countries, first-level regions and populated places by name, with coordinates, country,
 * region and population. Loaded once ({@link #builtIn()} takes a few hundred milliseconds) and shared; thread-safe.
 *
 * <p>Names are looked up by {@link PlaceNames#key key}, so spelling variants with and without diacritics meet.
 * A name has every place it may mean; choosing one is the caller's business ({@link PlaceChooser}).
 */
public final class Gazetteer {
    private final Map<String, List<Place>> byKey;
    private final Map<String, List<Place>> byVariant;
    private final Map<String, List<Place>> regions;
    private final Map<String, Place> countries;
    private final Map<String, String> adjectives;
    private final Map<String, Place> preferred;
    private final int maxWords;
    private final int places;
    /** The first words of every key and every loose key: a name can only start with one of them. */
    private final Set<String> firstWords;

    Gazetteer(Map<String, List<Place>> byKey, Map<String, List<Place>> byVariant, Map<String, List<Place>> regions,
              Map<String, Place> countries, Map<String, String> adjectives, Map<String, Place> preferred, int places) {
        this.byKey = frozen(byKey);
        this.byVariant = frozen(byVariant);
        this.regions = frozen(regions);
        this.countries = Map.copyOf(countries);
        this.adjectives = Map.copyOf(adjectives);
        this.preferred = Map.copyOf(preferred);
        this.maxWords = byKey.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
        this.places = places;
        Set<String> first = new HashSet<>();
        for (String key : this.byKey.keySet()) {
            first.add(firstWord(key));
        }
        for (String key : this.byVariant.keySet()) {
            first.add(firstWord(key));
        }
        this.firstWords = Set.copyOf(first);
    }

    /**
     * False when no name {@link #named} knows can start with a token of this text: the key of a name's text starts
     * with the first word of its first token's key, and after an Arabic article or with a final "-ah" its loose key
     * may start otherwise, which the check allows for. Callers must not ask when the token runs on into the next one
     * without a space ("Hamas's"), where the name's first word may be longer than the token's.
     */
    public boolean mayStartName(String token) {
        String first = firstWord(PlaceNames.key(token));
        if (first.isEmpty() || PlaceNames.isArticle(first) || firstWords.contains(first)) {
            return true;
        }
        return first.endsWith("ah") && first.length() > 3
                && firstWords.contains(first.substring(0, first.length() - 1));
    }

    private static String firstWord(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }

    /** The built-in gazetteer: GeoNames places and regions, Parley's country table and aliases. */
    public static Gazetteer builtIn() throws InvalidDictionaryException {
        return GazetteerTables.builtIn();
    }

    /**
     * Every place a name may mean: populated places, regions, countries (by name or alias) and seats of power
     * ("the Kremlin" is in Moscow). Empty when the name is unknown.
     */
    public List<Place> named(String name) {
        String key = PlaceNames.key(name);
        List<Place> exact = byKey.getOrDefault(key, List.of());
        List<Place> loose = byVariant.getOrDefault(PlaceNames.arabicVariant(key), List.of());
        if (loose.isEmpty()) {
            return exact;
        }
        // "Hama" is the region exactly and the city Ḩamāh loosely: both are candidates.
        List<Place> all = new ArrayList<>(exact);
        for (Place p : loose) {
            if (!all.contains(p)) {
                all.add(p);
            }
        }
        return List.copyOf(all);
    }

    /**
     * What a name usually means when nothing in the text says otherwise, or {@code null}: a capital known by a
     * shorter name ("Washington") or one of Parley's aliases ("Kiev").
     */
    public Place preferred(String name) {
        return preferred.get(PlaceNames.key(name));
    }

    /** The regions a name may mean, also without a suffix such as "Oblast" or "Governorate" ("Kharkiv region"). */
    public List<Place> regionsNamed(String name) {
        return regions.getOrDefault(PlaceNames.key(name), List.of());
    }

    /** The country with this ISO 3166-1 alpha-3 code, or {@code null}. */
    public Place country(String code) {
        return countries.get(Objects.requireNonNull(code, "code"));
    }

    /** The alpha-3 code of the country a word is the adjective of ("Syrian" is {@code SYR}), or {@code null}. */
    public String countryOfAdjective(String word) {
        return adjectives.get(PlaceNames.key(word));
    }

    /** The most words a name has, so that phrase matching knows how far to look. */
    public int maxWords() {
        return maxWords;
    }

    /** The number of populated places (countries and regions not counted). */
    public int places() {
        return places;
    }

    /** The number of first-level regions. */
    public int regionCount() {
        return (int) regions.values().stream().flatMap(List::stream).distinct().count();
    }

    private static Map<String, List<Place>> frozen(Map<String, List<Place>> index) {
        Map<String, List<Place>> copy = new java.util.HashMap<>(index.size() * 2);
        index.forEach((key, list) -> copy.put(key, List.copyOf(list)));
        return Map.copyOf(copy);
    }

    /** The number of countries. */
    public int countryCount() {
        return countries.size();
    }
}
