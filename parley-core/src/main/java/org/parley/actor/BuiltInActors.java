package org.parley.actor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
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
    private static final List<String> PEOPLE = List.of("people-g20.tsv", "people-regional.tsv");

    private BuiltInActors() {
    }

    /** Adds every built-in table to the builder. */
    public static ActorDictionary.Builder addTo(ActorDictionary.Builder builder) throws InvalidDictionaryException {
        addCountries(builder, TsvTable.resource(DIR + "countries.tsv"));
        addOrganizations(builder, TsvTable.resource(DIR + "organizations.tsv"));
        addGroups(builder, TsvTable.resource(DIR + "groups.tsv"));
        for (String file : PEOPLE) {
            addPeople(builder, TsvTable.resource(DIR + file));
        }
        addAgents(builder, TsvTable.resource(DIR + "agents.tsv"));
        return builder;
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
            builder.add(name, entry(row, code, name, Kind.PERSON, from, until));
            for (String alias : row.list("aliases")) {
                builder.add(alias, entry(row, code, name, Kind.PERSON, from, until));
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
