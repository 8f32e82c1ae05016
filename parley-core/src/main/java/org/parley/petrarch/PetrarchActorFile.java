package org.parley.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.actor.ActorDictionary;
import org.parley.actor.ActorEntry;
import org.parley.actor.ActorEntry.Kind;
import org.parley.dictionary.InvalidDictionaryException;
import org.parley.petrarch.PetrarchLines.Line;

/**
 * Reads a PETRARCH/TABARI actor dictionary ({@code Phoenix.Countries.actors.txt} and the like) into an
 * {@link ActorDictionary.Builder}.
 *
 * <p>An entry is a name line, then any {@code +SYNONYM} lines and code lines, in any order:
 * <pre>
 * KOFI_ANNAN_
 * +SECRETARY-GENERAL_KOFI_ANNAN
 *     [IGOUNO 970101-061231]
 *     [ELI]
 * </pre>
 * Codes may also follow the name on its line ({@code AFGHANISTAN_ [AFG]}); their dates are read by
 * {@link DatedCode} and made disjoint by {@link CodeSchedule}. Underscores and blanks both separate words, and as in
 * PETRARCH 2 names match whole words, so a trailing {@code _} (TABARI's "word ends here") changes nothing. Name lines
 * that follow each other with no code in between share the codes that follow them (PETRARCH would leave all but
 * the last uncoded, which the dictionaries' authors plainly did not mean); a name line that carries its own codes
 * always starts a new entry.
 *
 * <p>Each code becomes an {@link ActorEntry}: the null code {@code ---} an {@link Kind#EXCLUDED} phrase, a
 * three-character code a {@link Kind#COUNTRY} (so that it composes with agents: "Arnorian troops"), a longer code
 * of an entry with dated codes a {@link Kind#PERSON}, an {@code IGO}/{@code NGO}/{@code MNC} code an
 * {@link Kind#ORGANIZATION}, any other a {@link Kind#GROUP}. One-word names of up to three letters ({@code US},
 * {@code UN}) match only in capitals; other names in any case.
 */
public final class PetrarchActorFile {
    private PetrarchActorFile() {
    }

    /** Reads a file into the builder. */
    public static DictionaryReport read(Path file, ActorDictionary.Builder builder) throws InvalidDictionaryException {
        return read(file.toString(), PetrarchLines.read(file), builder);
    }

    static DictionaryReport read(String file, List<Line> lines, ActorDictionary.Builder builder)
            throws InvalidDictionaryException {
        List<String> warnings = new ArrayList<>();
        int[] counts = new int[2];
        Entry entry = null;
        for (Line line : lines) {
            String text = line.text();
            char first = text.charAt(0);
            if (first == '[' || first == '+') {
                if (entry == null) {
                    throw new InvalidDictionaryException(file, line.number(),
                            (first == '[' ? "code" : "synonym") + " line before any actor name: '" + text + "'");
                }
                if (first == '[') {
                    entry.addCodes(text, file, line.number(), warnings);
                } else {
                    entry.addName(text.substring(1), file, line.number(), warnings);
                }
                continue;
            }
            int bracket = text.indexOf('[');
            if (entry == null || !entry.codes.isEmpty() || bracket >= 0) {
                if (entry != null) {
                    entry.addTo(builder, file, warnings, counts);
                }
                entry = new Entry(line.number());
            }
            entry.addName(bracket < 0 ? text : text.substring(0, bracket), file, line.number(), warnings);
            if (bracket >= 0) {
                entry.addCodes(text.substring(bracket), file, line.number(), warnings);
            }
        }
        if (entry != null) {
            entry.addTo(builder, file, warnings, counts);
        }
        return new DictionaryReport(file, "actor names", counts[0], counts[1], warnings);
    }

    /** One entry being read: its names and codes. */
    private static final class Entry {
        private final int line;
        private final List<String> names = new ArrayList<>();
        private final List<DatedCode> codes = new ArrayList<>();

        Entry(int line) {
            this.line = line;
        }

        void addName(String raw, String file, int number, List<String> warnings) {
            if (raw.indexOf(']') >= 0) {
                warnings.add(file + ":" + number + ": stray ']' in name '" + raw.strip() + "'; name skipped");
                return;
            }
            String name = PetrarchNames.words(raw);
            if (name.isEmpty()) {
                warnings.add(file + ":" + number + ": empty name; skipped");
                return;
            }
            names.add(name);
        }

        /** Reads {@code [..] [..]} groups; text after them is reported and ignored. */
        void addCodes(String text, String file, int number, List<String> warnings) throws InvalidDictionaryException {
            int at = 0;
            while (at < text.length()) {
                char c = text.charAt(at);
                if (Character.isWhitespace(c)) {
                    at++;
                    continue;
                }
                if (c != '[') {
                    // PETRARCH would glue these words to the name; they are a comment whose '#' was forgotten.
                    warnings.add(file + ":" + number + ": text after the codes ignored: '" + text.substring(at) + "'");
                    return;
                }
                int close = text.indexOf(']', at);
                if (close < 0) {
                    throw new InvalidDictionaryException(file, number,
                            "code '" + text.substring(at) + "' has no closing ']'");
                }
                DatedCode code = DatedCode.parse(text.substring(at + 1, close), file, number, warnings);
                if (code != null && !code.code().equals(ActorEntry.NULL_CODE) && !ActorEntry.isCode(code.code())) {
                    warnings.add(file + ":" + number + ": '" + code.code()
                            + "' is not a CAMEO actor code (3-character chunks of capitals and digits); code skipped");
                } else if (code != null) {
                    codes.add(code);
                }
                at = close + 1;
            }
        }

        void addTo(ActorDictionary.Builder builder, String file, List<String> warnings, int[] counts) {
            if (names.isEmpty()) {
                return;
            }
            if (codes.isEmpty()) {
                warnings.add(file + ":" + line + ": no usable code for " + names + "; skipped");
                return;
            }
            boolean dated = codes.stream().anyMatch(DatedCode::dated);
            if (codes.stream().filter(c -> !c.dated()).count() > 1) {
                warnings.add(file + ":" + line + ": more than one undated code for '" + names.get(0)
                        + "'; only the first is used");
            }
            String display = PetrarchNames.display(names.get(0));
            List<ActorEntry> entries = new ArrayList<>();
            for (DatedCode code : CodeSchedule.disjoint(codes)) {
                Kind kind = kindOf(code.code(), dated);
                entries.add(new ActorEntry(code.code(), display, kind, code.from(), code.until()));
            }
            for (String name : names) {
                builder.add(PetrarchNames.phrase(name), entries);
            }
            counts[0] += names.size();
            counts[1] += names.size() * entries.size();
        }
    }

    static Kind kindOf(String code, boolean datedEntry) {
        if (code.equals(ActorEntry.NULL_CODE)) {
            return Kind.EXCLUDED;
        }
        if (code.length() == 3) {
            return Kind.COUNTRY;
        }
        if (datedEntry) {
            return Kind.PERSON;
        }
        boolean international = code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("MNC");
        return international ? Kind.ORGANIZATION : Kind.GROUP;
    }
}
