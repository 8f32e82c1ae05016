package org.parley.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.actor.ActorDictionary;
import org.parley.actor.ActorEntry;
import org.parley.actor.ActorEntry.Kind;
import org.parley.dictionary.InvalidDictionaryException;
import org.parley.petrarch.PetrarchLines.Line;

/**
 * Reads a PETRARCH agent dictionary ({@code Phoenix.agents.txt}) into an {@link ActorDictionary.Builder}. Lines are
 * <pre>
 * !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON      a substitution set, defined before use
 * FOREIGN_MINISTER [~GOVFRM]                     a term and its plural (FOREIGN MINISTERS), role GOVFRM
 * ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]    an irregular plural
 * POLICE {} [~COP]                               no plural
 * CONGRESS!PERSON! [~LEG]                        one term per member of the set, no plurals
 * HUMAN_RIGHTS_BODY [NGO~]                       a code that goes before the actor's
 * </pre>
 * A {@code ~CODE} term becomes an {@link Kind#AGENT} entry with role {@code CODE}, which Parley appends to the
 * country it goes with ("Arnorian foreign minister" is {@code ARNGOVFRM}). Parley's composition has no place for a
 * code that goes before the actor's, so a {@code CODE~} term becomes an {@link Kind#ORGANIZATION} coded
 * {@code CODE}. Regular plurals follow the last word: {@code -ies} after a consonant and {@code y}, {@code -es}
 * after s, x, z, ch and sh, else {@code -s}.
 *
 * <p>A line without a code, or with an unclosed one, is skipped and reported, as PETRARCH skips it; a line that
 * cannot be read at all (a malformed code, an undefined substitution set, an unclosed {@code !} or {@code {}) is an
 * {@link InvalidDictionaryException}.
 */
public final class PetrarchAgentFile {
    private PetrarchAgentFile() {
    }

    /** Reads a file into the builder. */
    public static DictionaryReport read(Path file, ActorDictionary.Builder builder) throws InvalidDictionaryException {
        return read(file.toString(), PetrarchLines.read(file), builder);
    }

    static DictionaryReport read(String file, List<Line> lines, ActorDictionary.Builder builder)
            throws InvalidDictionaryException {
        Map<String, List<String>> sets = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        int terms = 0;
        int loaded = 0;
        for (Line line : lines) {
            String text = line.text();
            int open = text.indexOf('[');
            if (open < 0 && text.indexOf('=') > 0 && text.startsWith("!")) {
                define(text, sets, file, line.number());
                continue;
            }
            int close = text.indexOf(']', open + 1);
            if (open < 0 || close < 0) {
                // PETRARCH skips a term without a code, and reads an unclosed one into a code nothing matches.
                warnings.add(file + ":" + line.number() + ": " + (open < 0 ? "no [code]" : "code without ']'")
                        + " in '" + text + "'; line skipped");
                continue;
            }
            if (!text.substring(close + 1).isBlank()) {
                throw new InvalidDictionaryException(file, line.number(), "text after the code: '" + text + "'");
            }
            List<String> forms = forms(text.substring(0, open), sets, file, line.number());
            if (forms.isEmpty()) {
                throw new InvalidDictionaryException(file, line.number(), "code without a term: '" + text + "'");
            }
            ActorEntry entry = entry(text.substring(open + 1, close), forms.get(0), file, line.number());
            for (String form : forms) {
                builder.add(PetrarchNames.phrase(form), entry);
            }
            terms++;
            loaded += forms.size();
        }
        return new DictionaryReport(file, "agent terms", terms, loaded, warnings);
    }

    private static void define(String text, Map<String, List<String>> sets, String file, int line)
            throws InvalidDictionaryException {
        int end = text.indexOf('!', 1);
        int equals = text.indexOf('=');
        if (end < 0 || end > equals) {
            throw new InvalidDictionaryException(file, line, "substitution set must read '!NAME! = A, B, ...'");
        }
        List<String> members = new ArrayList<>();
        for (String member : text.substring(equals + 1).split(",")) {
            if (!member.isBlank()) {
                members.add(member.strip());
            }
        }
        if (members.isEmpty()) {
            throw new InvalidDictionaryException(file, line, "substitution set " + text.substring(0, end + 1)
                    + " has no members");
        }
        sets.put(text.substring(1, end), members);
    }

    private static ActorEntry entry(String rawCode, String singular, String file, int line)
            throws InvalidDictionaryException {
        String code = rawCode.strip();
        boolean role = code.startsWith("~");
        boolean prefix = !role && code.endsWith("~");
        String bare = role ? code.substring(1).strip() : prefix ? code.substring(0, code.length() - 1).strip() : code;
        if (!(role || prefix) || !ActorEntry.isCode(bare)) {
            throw new InvalidDictionaryException(file, line, "agent code must be '~CODE' or 'CODE~' with CODE in "
                    + "3-character chunks of capitals and digits, got '[" + rawCode + "]'");
        }
        Kind kind = role ? Kind.AGENT : Kind.ORGANIZATION;
        return new ActorEntry(bare, singular.toLowerCase(Locale.ROOT), kind, null, null);
    }

    /** The term's forms: substitutions, or the singular and its given or regular plural. */
    static List<String> forms(String term, Map<String, List<String>> sets, String file, int line)
            throws InvalidDictionaryException {
        int mark = term.indexOf('!');
        if (mark >= 0) {
            int end = term.indexOf('!', mark + 1);
            if (end < 0) {
                throw new InvalidDictionaryException(file, line, "substitution marker in '" + term.strip()
                        + "' is not closed with '!'");
            }
            List<String> members = sets.get(term.substring(mark + 1, end));
            if (members == null) {
                throw new InvalidDictionaryException(file, line, "substitution set " + term.substring(mark, end + 1)
                        + " is not defined above");
            }
            List<String> out = new ArrayList<>();
            for (String member : members) {
                out.addAll(forms(term.substring(0, mark) + member + withoutBraces(term.substring(end + 1)) + " {}",
                        sets, file, line));
            }
            return out;
        }
        int brace = term.indexOf('{');
        if (brace < 0) {
            String singular = PetrarchNames.words(term);
            return singular.isEmpty() ? List.of() : List.of(singular, plural(singular));
        }
        int closing = term.indexOf('}', brace);
        if (closing < 0) {
            throw new InvalidDictionaryException(file, line, "plural in '" + term.strip() + "' has no closing '}'");
        }
        String singular = PetrarchNames.words(term.substring(0, brace));
        String plural = PetrarchNames.words(term.substring(brace + 1, closing));
        return plural.isEmpty() ? List.of(singular) : List.of(singular, plural);
    }

    private static String withoutBraces(String text) {
        int brace = text.indexOf('{');
        return brace < 0 ? text : text.substring(0, brace);
    }

    /** The regular plural of a capitalised term's last word. */
    static String plural(String term) {
        String upper = term.toUpperCase(Locale.ROOT);
        int n = upper.length();
        if (n > 1 && upper.endsWith("Y") && "AEIOU".indexOf(upper.charAt(n - 2)) < 0) {
            return term.substring(0, n - 1) + "IES";
        }
        if (upper.endsWith("S") || upper.endsWith("X") || upper.endsWith("Z") || upper.endsWith("CH")
                || upper.endsWith("SH")) {
            return term + "ES";
        }
        return term + "S";
    }
}
