package org.parley.server;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads query parameters; a value that cannot be read is a 400 naming the parameter and what it takes. */
final class Params {
    private Params() {
    }

    /** A trimmed parameter, or {@code null} when absent or blank. */
    static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    static LocalDate date(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse(name + " must be a date YYYY-MM-DD, got '" + value + "'");
        }
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String value = text(ctx, name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        throw new BadRequestResponse(name + " must be a whole number from " + min + " to " + max + ", got '" + value
                + "'");
    }

    static double decimal(Context ctx, String name, double fallback) {
        String value = text(ctx, name);
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + " must be a number, got '" + value + "'");
        }
    }

    /** Checks that a range does not end before it starts. */
    static void range(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadRequestResponse("to " + to + " is before from " + from);
        }
    }

    /** One of a few lower-case words. */
    static String choice(Context ctx, String name, String fallback, String... allowed) {
        String value = text(ctx, name);
        if (value == null) {
            return fallback;
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(value)) {
                return a;
            }
        }
        throw new BadRequestResponse(name + " must be one of " + String.join(", ", allowed) + ", got '" + value + "'");
    }
}
