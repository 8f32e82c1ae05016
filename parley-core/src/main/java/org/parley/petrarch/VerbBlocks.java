package org.parley.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.parley.dictionary.InvalidDictionaryException;
import org.parley.event.VerbPattern;
import org.parley.ontology.CameoCodebook;
import org.parley.petrarch.PatternTranslator.Refused;
import org.parley.petrarch.PatternTranslator.Skip;

/**
 * Gathers the verbs and patterns of each {@code --- NAME [code] ---} block of a verb dictionary and, when the block
 * ends, makes Parley patterns of them: every verb alone with its code, then every pattern for every verb. Counts
 * what it reads and what it leaves out.
 */
final class VerbBlocks {
    private final String file;
    private final String fileName;
    private final PatternTranslator translator;
    private final CameoCodebook codebook;
    private final Map<String, Set<Key>> seen = new HashMap<>();
    private final List<VerbPattern> out = new ArrayList<>();
    private final Map<String, Integer> skipped = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, String> forms = new HashMap<>();
    private final Set<String> outside = new TreeSet<>();
    private int read;

    private String blockCode;
    private final List<PetrarchVerbFile.Verb> verbs = new ArrayList<>();
    private final List<String[]> patterns = new ArrayList<>();

    VerbBlocks(String file, Map<String, List<List<String>>> synsets, CameoCodebook codebook) {
        this.file = file;
        Path name = Path.of(file).getFileName();
        this.fileName = name == null ? file : name.toString();
        this.translator = new PatternTranslator(synsets);
        this.codebook = codebook;
    }

    /** A block header {@code --- NAME [code] ---}; a header without a code codes nothing. */
    void start(String header, int line) throws InvalidDictionaryException {
        flush();
        String code = PetrarchVerbFile.bracketed(header);
        blockCode = code == null || code.isEmpty() ? VerbPattern.NO_EVENT : code;
    }

    void verb(String text, int line) throws InvalidDictionaryException {
        requireBlock(text, line);
        read++;
        try {
            PetrarchVerbFile.Verb verb = PetrarchVerbFile.Verb.parse(text);
            if (verb.head().isEmpty()) {
                throw new InvalidDictionaryException(file, line, "verb line without a verb: '" + text + "'");
            }
            verbs.add(verb);
            for (String form : verb.forms()) {
                if (!form.equals(verb.head())) {
                    forms.putIfAbsent(form, verb.head());
                }
            }
            Codes codes = codes(verb.code() == null ? blockCode : verb.code(), line);
            if (!codes.active().equals(VerbPattern.NO_EVENT)) {
                List<String> elements = new ArrayList<>(verb.particles());
                elements.add(VerbPattern.TARGET);
                add(codes, verb.head(), List.of(), List.copyOf(elements), source(text, line));
            }
        } catch (Refused e) {
            skip(e.reason, line, e.getMessage());
        }
    }

    void pattern(String text, int line) throws InvalidDictionaryException {
        requireBlock(text, line);
        read++;
        int open = text.lastIndexOf('[');
        int close = text.lastIndexOf(']');
        int star = text.indexOf('*');
        if (open < 0 || close < open || star < 0 || star != text.lastIndexOf('*')) {
            // PETRARCH reads such a line into a pattern that never codes ("- * DIPLXMATIC [###]" loses its code
            // to the comment sign).
            skip(Skip.MALFORMED, line, "pattern without a [code] or without one '*': '-" + text + "'");
            return;
        }
        patterns.add(new String[] {text.substring(0, open), text.substring(open + 1, close).strip(),
                Integer.toString(line), source("-" + text, line)});
    }

    void skip(Skip reason, int line, String detail) {
        skipped.merge(reason.label, 1, Integer::sum);
        warnings.add(file + ":" + line + ": " + (detail.isEmpty() ? reason.label : detail) + "; skipped");
        if (reason == Skip.TRANSFORMATION) {
            read++;
        }
    }

    PetrarchVerbFile.Translation finish() throws InvalidDictionaryException {
        flush();
        return new PetrarchVerbFile.Translation(out, forms,
                new DictionaryReport(file, "verbs and patterns", read, out.size(), skipped, warnings));
    }

    /** Makes the patterns of the block that just ended. */
    private void flush() throws InvalidDictionaryException {
        for (String[] pattern : patterns) {
            int line = Integer.parseInt(pattern[2]);
            try {
                if (verbs.isEmpty()) {
                    throw new Refused(Skip.NO_VERB, "");
                }
                Codes codes = codes(pattern[1], line);
                boolean nothing = codes.active().equals(VerbPattern.NO_EVENT);
                for (PatternTranslator.Translated translated : translator.translate(pattern[0], nothing)) {
                    List<String> before = List.copyOf(translated.before());
                    List<String> elements = List.copyOf(translated.elements());
                    for (PetrarchVerbFile.Verb verb : verbs) {
                        // Verbs without particles share one element list: CAMEO 2.0 makes ~10^5 patterns.
                        List<String> withParticles = elements;
                        if (!verb.particles().isEmpty()) {
                            List<String> joined = new ArrayList<>(verb.particles());
                            joined.addAll(elements);
                            withParticles = List.copyOf(joined);
                        }
                        add(codes, verb.head(), before, withParticles, pattern[3]);
                    }
                }
            } catch (Refused e) {
                skip(e.reason, line, e.getMessage());
            }
        }
        verbs.clear();
        patterns.clear();
    }

    /**
     * A pattern's {@code [active:passive]} codes: the active one codes the event, the passive one, when given, the
     * same event seen from the target.
     */
    record Codes(String active, String reverse) {
    }

    /**
     * The codes of {@code [active:passive]}. A numeric code the codebook does not know (a CAMEO 2.0 or a local
     * code) is kept as the dictionary writes it, with a warning; other codes ("075A") are refused.
     */
    private Codes codes(String code, int line) throws Refused {
        int colon = code.indexOf(':');
        String active = colon < 0 ? code : code.substring(0, colon).strip();
        String passive = colon < 0 ? "" : code.substring(colon + 1).strip();
        if (active.isEmpty()) {
            throw new Refused(Skip.PASSIVE_ONLY_CODE, "[" + code + "]");
        }
        if (!known(active, line) || !passive.isEmpty() && !known(passive, line)) {
            throw new Refused(Skip.UNKNOWN_CODE, "[" + code + "]");
        }
        return new Codes(active, passive.isEmpty() || passive.equals(VerbPattern.NO_EVENT) ? null : passive);
    }

    private boolean known(String code, int line) {
        if (code.equals(VerbPattern.NO_EVENT) || codebook.find(code).isPresent()) {
            return true;
        }
        if (!code.matches("\\d{2,4}")) {
            return false;
        }
        if (outside.add(code)) {
            warnings.add(file + ":" + line + ": code " + code + " is not in the CAMEO codebook; kept as written");
        }
        return true;
    }

    private void add(Codes codes, String head, List<String> before, List<String> elements, String text) {
        if (seen.computeIfAbsent(head, h -> new HashSet<>()).add(new Key(before, elements, codes.active()))) {
            out.add(new VerbPattern(codes.active(), head, before, elements, text, codes.reverse()));
        }
    }

    /** What makes two patterns of one head the same. */
    private record Key(List<String> before, List<String> elements, String code) {
    }

    /** The line as written, blanks collapsed, and where it stands: every pattern says where it came from. */
    private String source(String text, int line) {
        return String.join(" ", PatternTranslator.blankSeparated(text)) + "  (" + fileName + ":" + line + ")";
    }

    private void requireBlock(String text, int line) throws InvalidDictionaryException {
        if (blockCode == null) {
            throw new InvalidDictionaryException(file, line, "verb or pattern before any '--- VERB [code] ---' block: '"
                    + text + "'");
        }
    }
}
