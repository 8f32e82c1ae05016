package org.parley.geo;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.parley.api.Location;
import org.parley.dictionary.InvalidDictionaryException;
import org.parley.dictionary.TsvTable;

/**
 * FIPS 10-4 country codes by ISO 3166-1 alpha-3 code, from {@code org/parley/geo/iso3-fips.tsv}: what GDELT writes
 * in its geography columns. Where FIPS cuts an ISO country in two (Palestine: Gaza Strip GZ, West Bank WE), a
 * row naming a first-level region wins over the country's own row. Immutable and thread-safe; a code the table
 * does not know has no FIPS code, never a guessed one.
 */
public final class FipsCountryCodes {
    private static final String BUILT_IN = "org/parley/geo/iso3-fips.tsv";

    private final Map<String, String> byCountry;
    private final Map<String, String> byRegion;

    private FipsCountryCodes(Map<String, String> byCountry, Map<String, String> byRegion) {
        this.byCountry = Map.copyOf(byCountry);
        this.byRegion = Map.copyOf(byRegion);
    }

    /** The built-in table. */
    public static FipsCountryCodes builtIn() throws InvalidDictionaryException {
        TsvTable table = TsvTable.resource(BUILT_IN).require("iso3", "admin1", "fips");
        Map<String, String> byCountry = new HashMap<>();
        Map<String, String> byRegion = new HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String iso3 = row.get("iso3");
            String fips = row.get("fips");
            if (!iso3.matches("[A-Z]{3}")) {
                throw row.error("not an ISO 3166-1 alpha-3 code: '" + iso3 + "'");
            }
            if (!fips.matches("[A-Z]{2}")) {
                throw row.error("not a FIPS 10-4 country code: '" + fips + "'");
            }
            String admin1 = row.get("admin1");
            Map<String, String> target = admin1.isEmpty() ? byCountry : byRegion;
            String key = admin1.isEmpty() ? iso3 : iso3 + '\u0000' + admin1;
            if (target.putIfAbsent(key, fips) != null) {
                throw row.error("a second row for " + (admin1.isEmpty() ? iso3 : iso3 + " " + admin1));
            }
        }
        return new FipsCountryCodes(byCountry, byRegion);
    }

    /** The FIPS code of a country, or {@code null} when it has none in the table. */
    public String of(String iso3) {
        return byCountry.get(Objects.requireNonNull(iso3, "iso3"));
    }

    /**
     * The FIPS code of a place in a country and, when known, a first-level region ({@code null} for none): the
     * region's own code where FIPS has one, else the country's, else {@code null}.
     */
    public String of(String iso3, String admin1) {
        if (admin1 != null) {
            String region = byRegion.get(Objects.requireNonNull(iso3, "iso3") + '\u0000' + admin1);
            if (region != null) {
                return region;
            }
        }
        return of(iso3);
    }

    /** The FIPS code of a location, or {@code null} when its country has none in the table. */
    public String of(Location location) {
        return of(location.country(), location.admin1());
    }
}
