package org.parley.geo;

import java.util.Objects;
import org.parley.api.Location;

/**
 * A gazetteer entry: a country, a first-level region or a populated place.
 *
 * @param name       its name as the gazetteer writes it, e.g. "Doha", "Gaza Strip", "Qatar"
 * @param country    ISO 3166-1 alpha-3 code of its country ({@code PSE} for Palestine, {@code XKX} for Kosovo)
 * @param admin1     the name of its first-level region, or {@code null} for a country or an unknown region
 * @param lat        latitude in degrees
 * @param lon        longitude in degrees
 * @param population inhabitants (for countries and regions, those of their places of 1,000 or more)
 * @param precision  what kind of place it is
 * @param capital    true for a national capital
 * @param seat       true for the seat of a first- or second-level region (or a national capital)
 */
public record Place(String name, String country, String admin1, double lat, double lon, long population,
                    Location.Precision precision, boolean capital, boolean seat) {
    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(precision, "precision");
        if (country.length() != 3) {
            throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-3 code, got '" + country + "'");
        }
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + "," + lon);
        }
        if (population < 0) {
            throw new IllegalArgumentException("population must be >= 0, got " + population);
        }
    }

    /** The place as an event location. */
    public Location toLocation() {
        return new Location(name, country, admin1, lat, lon, precision);
    }
}
