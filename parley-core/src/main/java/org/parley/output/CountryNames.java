package org.parley.output;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/** English country names by ISO 3166-1 alpha-3 code, from the JDK's own locale data. Immutable. */
final class CountryNames {
    private static final Map<String, String> NAMES = names();

    private CountryNames() {
    }

    /** The English name of a country, or the code itself when the JDK does not know it. */
    static String of(String alpha3) {
        return NAMES.getOrDefault(alpha3, alpha3);
    }

    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            try {
                names.put(country.getISO3Country(), country.getDisplayCountry(Locale.ENGLISH));
            } catch (MissingResourceException e) {
                // a code without an alpha-3 form: nothing to name by it
            }
        }
        names.put("XKX", "Kosovo"); // user-assigned, as in CAMEO and GDELT
        return Map.copyOf(names);
    }
}
