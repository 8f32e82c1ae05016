package org.parley.actor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.actor.ActorEntry.Kind;
import org.parley.dictionary.InvalidDictionaryException;
import org.parley.dictionary.TsvTable;

/**
 * Loads Parley's own actor knowledge base (the TSV tables under {@code org/parley/actor/}) into a dictionary
 * builder: countries with their names, adjectives, capitals and seats of power; organisations; non-state groups;
 * office holders with term dates; and role agents.
 */
public final class BuiltInActors {
    private static final String DIR = "org/parley/actor/";
    private static final List<String> PEOPLE = List.of("people-g20.tsv", "people-regional.tsv", "people-other.tsv");

    private BuiltInActors() {
    }

    /** Adds every built-in table to the builder. */
    public static ActorDictionary.Builder addTo(ActorDictionary.Builder builder) throws InvalidDictionaryException {
        TsvTable countries = TsvTable.resource(DIR + "countries.tsv");
        addCountries(builder, countries);
        addOrganizations(builder, TsvTable.resource(DIR + "organizations.tsv"));
        addGroups(builder, TsvTable.resource(DIR + "groups.tsv"));
        List<TsvTable> people = new ArrayList<>();
        for (String file : PEOPLE) {
            people.add(TsvTable.resource(DIR + file));
            addPeople(builder, people.get(people.size() - 1));
        }
        Set<String> countryCodes = new HashSet<>();
        for (TsvTable.Row row : countries.rows()) {
            countryCodes.add(row.get("code"));
        }
        addOutOfOffice(builder, people, countryCodes);
        addAgents(builder, TsvTable.resource(DIR + "agents.tsv"));
        return builder;
    }

    /**
     * Outside all of their terms, office holders still belong to their country: "Barack Obama" is {@code USA} in
     * 2005 and in 2020, when no dated term applies. Added after the dated entries, which therefore win whenever one
     * applies. A name that people of different countries share gets no such entry, and neither does a one-word
     * alias: out of office, "Bolton" or "Kerry" is as likely a place or someone else (after a title, {@link
     * Surnames} still finds the holder: "President Obama").
     */
    static void addOutOfOffice(ActorDictionary.Builder builder, List<TsvTable> tables, Set<String> countryCodes) {
        Map<String, String> countryOf = new LinkedHashMap<>();
        Map<String, String> nameOf = new HashMap<>();
        for (TsvTable table : tables) {
            for (TsvTable.Row row : table.rows()) {
                String country = row.get("code").substring(0, 3);
                List<String> phrases = new ArrayList<>(row.list("aliases"));
                phrases.add(0, row.get("name"));
                for (String phrase : phrases) {
                    String key = phrase.toLowerCase(Locale.ROOT);
                    String before = countryOf.putIfAbsent(key, country);
                    nameOf.putIfAbsent(key, row.get("name"));
                    if (before != null && !before.equals(country)) {
                        countryOf.put(key, "");
                    }
                }
            }
        }
        for (TsvTable table : tables) {
            for (TsvTable.Row row : table.rows()) {
                List<String> phrases = new ArrayList<>(row.list("aliases"));
                phrases.add(0, row.get("name"));
                for (String phrase : phrases) {
                    String country = countryOf.get(phrase.toLowerCase(Locale.ROOT));
                    if (countryCodes.contains(country) && phrase.strip().contains(" ")) {
                        builder.add(phrase, new ActorEntry(country, nameOf.get(phrase.toLowerCase(Locale.ROOT)),
                                Kind.PERSON, null, null));
                    }
                }
            }
        }
    }

    static void addCountries(ActorDictionary.Builder builder, TsvTable table) throws InvalidDictionaryException {
        table.require("code", "name", "aliases", "adjectives", "capitals", "seats");
        for (TsvTable.Row row : table.rows()) {
            String code = checkedCode(row, row.get("code"));
            String name = row.get("name");
            builder.add(name, entry(row, code, name, Kind.COUNTRY, null, null));
            for (String alias : row.list("aliases")) {
                builder.add(alias, entry(row, code, name, Kind.COUNTRY, null, null));
            }
            for (String adjective : row.list("adjectives")) {
                builder.add(adjective, entry(row, code, name, Kind.ADJECTIVE, null, null));
            }
            for (String capital : row.list("capitals")) {
                builder.add(capital, entry(row, code, name, Kind.CAPITAL, null, null));
            }
            for (String seat : row.list("seats")) {
                builder.add(seat, entry(row, code + "GOV", name + " (government)", Kind.SEAT, null, null));
            }
        }
    }

    static void addOrganizations(ActorDictionary.Builder builder, TsvTable table) throws InvalidDictionaryException {
        table.require("code", "name", "aliases");
        addNamed(builder, table, Kind.ORGANIZATION);
    }

    static void addGroups(ActorDictionary.Builder builder, TsvTable table) throws InvalidDictionaryException {
        table.require("code", "name", "aliases");
        addNamed(builder, table, Kind.GROUP);
    }

    private static void addNamed(ActorDictionary.Builder builder, TsvTable table, Kind kind)
            throws InvalidDictionaryException {
        for (TsvTable.Row row : table.rows()) {
            String code = checkedCode(row, row.get("code"));
            String name = row.get("name");
            builder.add(name, entry(row, code, name, kind, null, null));
            for (String alias : row.list("aliases")) {
                builder.add(alias, entry(row, code, name, kind, null, null));
            }
        }
    }

    static void addPeople(ActorDictionary.Builder builder, TsvTable table) throws InvalidDictionaryException {
        table.require("name", "aliases", "code", "start", "end");
        for (TsvTable.Row row : table.rows()) {
            String code = checkedCode(row, row.get("code"));
            String name = row.get("name");
            LocalDate from = date(row, "start");
            LocalDate until = date(row, "end");
            ActorEntry person = entry(row, code, name, Kind.PERSON, from, until);
            builder.add(name, person).addSurname(name, person);
            for (String alias : row.list("aliases")) {
                builder.add(alias, person).addSurname(alias, person);
            }
        }
    }

    static void addAgents(ActorDictionary.Builder builder, TsvTable table) throws InvalidDictionaryException {
        table.require("term", "code");
        for (TsvTable.Row row : table.rows()) {
            String role = checkedCode(row, row.get("code"));
            String term = row.get("term");
            for (String form : EnglishPlurals.forms(term)) {
                builder.add(form, entry(row, role, term, Kind.AGENT, null, null));
            }
        }
    }

    private static ActorEntry entry(TsvTable.Row row, String code, String name, Kind kind, LocalDate from,
                                    LocalDate until) throws InvalidDictionaryException {
        try {
            return new ActorEntry(code, name, kind, from, until);
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }

    private static String checkedCode(TsvTable.Row row, String code) throws InvalidDictionaryException {
        if (!code.matches("([A-Z]{3})+")) {
            throw row.error("actor code must be 3-letter uppercase chunks, got '" + code + "'");
        }
        return code;
    }

    private static LocalDate date(TsvTable.Row row, String column) throws InvalidDictionaryException {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw row.error(column + " is not a YYYY-MM-DD date: '" + value + "'");
        }
    }
}
