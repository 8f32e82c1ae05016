package org.parley.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import org.parley.api.ActorMention;
import org.parley.api.CodedDocument;
import org.parley.api.CodedEvent;
import org.parley.api.Document;
import org.parley.api.Location;
import org.parley.dictionary.InvalidDictionaryException;
import org.parley.geo.FipsCountryCodes;

/**
 * The 61 tab-separated columns of the GDELT 2.0 event table, without a header as GDELT publishes it, filled where
 * Parley has the data. The ActionGeo columns come from the event's location: type (1 country, 2 US state, 3 US
 * city, 4 world city, 5 world region), full name ("Doha, Baladiyat ad Dawhah, Qatar"), country, latitude and
 * longitude. The geography country columns carry FIPS 10-4 codes as in GDELT ("SY", "GM", "RS"; see
 * {@link FipsCountryCodes}), while the actors' country columns keep CAMEO's three-letter codes ("SYR"); a country
 * with no FIPS code leaves its geography country and ADM1 columns empty. ADM2 and the GNS feature id stay empty,
 * as do tone and the actors' geography, which Parley does not resolve.
 */
public final class GdeltEventWriter implements EventWriter {
    private static final DateTimeFormatter SQLDATE = DateTimeFormatter.BASIC_ISO_DATE;
    private final Writer out;

    GdeltEventWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(CodedDocument document) throws IOException {
        int index = 0;
        for (CodedEvent event : document.events()) {
            out.write(String.join("\t", row(document, event, index++)));
            out.write('\n');
        }
    }

    static List<String> row(CodedDocument document, CodedEvent e, int index) {
        return row(document.document(), e, eventId(e, index), 1, 1, 1);
    }

    /**
     * One event as the 61 GDELT 2.0 columns, for stores that merge reports of the same event: the caller gives the
     * event's id and its counts of mentions, sources and articles (GDELT's NumMentions, NumSources, NumArticles).
     */
    public static List<String> row(Document document, CodedEvent e, long globalEventId, int numMentions,
                                   int numSources, int numArticles) {
        List<String> cells = new ArrayList<>(61);
        LocalDate day = e.date().date();
        cells.add(String.valueOf(globalEventId));
        cells.add(day.format(SQLDATE));
        cells.add(String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
        cells.add(String.valueOf(day.getYear()));
        cells.add(String.format(Locale.ROOT, "%.4f", day.getYear() + (day.getDayOfYear() - 1) / 365.0));
        actor(cells, e.source());
        actor(cells, e.target());
        cells.add("1");
        String code = e.type().cameo();
        cells.add(code);
        cells.add(code.substring(0, Math.min(3, code.length())));
        cells.add(code.substring(0, 2));
        cells.add(String.valueOf(e.type().quadClass()));
        cells.add(String.valueOf(e.type().goldstein()));
        cells.add(String.valueOf(numMentions));
        cells.add(String.valueOf(numSources));
        cells.add(String.valueOf(numArticles));
        cells.add("");
        geo(cells, null);
        geo(cells, null);
        geo(cells, e.location());
        cells.add(document.date().format(SQLDATE) + "000000");
        String url = document.url();
        cells.add(url == null ? document.id() : url);
        return cells;
    }

    private static void actor(List<String> cells, ActorMention actor) {
        if (actor == null) {
            for (int i = 0; i < 10; i++) {
                cells.add("");
            }
            return;
        }
        String code = actor.code();
        String first = code.substring(0, 3);
        boolean international = first.equals("IGO") || first.equals("NGO") || first.equals("IMG");
        cells.add(code);
        cells.add(actor.name().toUpperCase(Locale.ROOT));
        cells.add(international ? "" : first);
        cells.add(international && code.length() >= 9 ? code.substring(code.length() - 3) : "");
        cells.add("");
        cells.add("");
        cells.add("");
        for (int i = 0; i < 3; i++) {
            int at = 3 + 3 * i;
            cells.add(code.length() >= at + 3 ? code.substring(at, at + 3) : "");
        }
    }

    private static void geo(List<String> cells, Location location) {
        if (location == null) {
            for (int i = 0; i < 8; i++) {
                cells.add("");
            }
            return;
        }
        boolean us = location.country().equals("USA");
        cells.add(switch (location.precision()) {
            case COUNTRY -> "1";
            case ADMIN1 -> us ? "2" : "5";
            case CITY -> us ? "3" : "4";
        });
        cells.add(fullName(location));
        String fips = Fips.TABLE.of(location);
        cells.add(fips == null ? "" : fips);
        // GDELT's ADM1 code is FIPS country + FIPS admin1 ("SY13"). Parley's regions are GeoNames regions without
        // FIPS admin1 codes, so the column holds the country's FIPS code alone, as GDELT writes it for a place it
        // resolved only to its country.
        cells.add(fips == null ? "" : fips);
        cells.add("");
        cells.add(String.valueOf(location.lat()));
        cells.add(String.valueOf(location.lon()));
        cells.add("");
    }

    /** "City, Region, Country" as GDELT writes it, without repeating a part ("Gaza Strip, Palestine"). */
    static String fullName(Location location) {
        List<String> parts = new ArrayList<>(3);
        parts.add(location.name());
        if (location.admin1() != null && !location.admin1().equals(location.name())) {
            parts.add(location.admin1());
        }
        String country = CountryNames.of(location.country());
        if (!parts.contains(country)) {
            parts.add(country);
        }
        return String.join(", ", parts);
    }

    /** The built-in FIPS table, loaded on first use; it is part of the jar, so failing to load it is a build bug. */
    private static final class Fips {
        static final FipsCountryCodes TABLE = load();

        private static FipsCountryCodes load() {
            try {
                return FipsCountryCodes.builtIn();
            } catch (InvalidDictionaryException e) {
                throw new IllegalStateException("the built-in FIPS country table is broken: " + e.getMessage(), e);
            }
        }
    }

    /** A stable id: the same event of the same document gets the same id on every run. */
    private static long eventId(CodedEvent e, int index) {
        CRC32 crc = new CRC32();
        crc.update((e.docId() + '\u0000' + e.sentence() + '\u0000' + index).getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
