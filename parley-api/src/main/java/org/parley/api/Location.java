package org.parley.api;

import java.util.Objects;

/**
 * Where an event happened.
 *
 * @param name      the place name as resolved, e.g. "Doha"
 * @param country   ISO 3166-1 alpha-3 code of the country
 * @param admin1    first-level region, or {@code null}
 * @param lat       latitude in degrees
 * @param lon       longitude in degrees
 * @param precision what kind of place: country, region or city
 */
public record Location(String name, String country, String admin1, double lat, double lon, Precision precision) {
    /** The granularity of a location. */
    public enum Precision { COUNTRY, ADMIN1, CITY }

    public Location {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(precision, "precision");
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + "," + lon);
        }
    }
}
