package org.parley.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.dictionary.InvalidDictionaryException;
import org.parley.event.VerbPattern;
import org.parley.ontology.CameoCodebook;
import org.parley.petrarch.PatternTranslator.Refused;
import org.parley.petrarch.PatternTranslator.Skip;
import org.parley.petrarch.PetrarchLines.Line;

/**
 * Reads a PETRARCH 2 verb dictionary ({@code CAMEO.2.0.txt}) into Parley {@link VerbPattern}s:
 * <pre>
 * &amp;CURRENCY                      a synset: its + lines are its members
 * +DOLLARS
 * --- GRANT [070] ---             a verb block and its code
 * GRANT                           its verbs, each with the block's code or its own [code];
 * GIVE {GAVE GIVEN GIVING}        irregular forms are not needed (Parley matches lemmas)
 * +HAND_OVER                      a multi-word verb: "hand" followed by "over"
 * - * &amp;CURRENCY [903]            patterns: words before * precede the verb, after it follow it
 * - * (TO) [042:043]              [active:passive] code: the event, and the same event from the target
 * - {DEATH TOLL} * [190]           words between the subject and the verb
 * - + * MONEY $ [071]             the source after the verb, the subject the target
 * - * AWAY [---]                  a use of the verb that is no event
 * </pre>
 * Each verb codes on its own with its target right after it ("accuse +"); each pattern is translated for every
 * verb of its block by {@link PatternTranslator}. A numeric code the codebook lacks ({@code [212]}) is kept as
 * written, with a warning. Patterns and verbs Parley cannot express, non-numeric codes and the transformations
 * section are counted by reason in the report, each with a warning naming its line. A pattern without a code or a
 * {@code *}, or a pattern or verb outside a block, is an {@link InvalidDictionaryException}.
 */
public final class PetrarchVerbFile {
    private PetrarchVerbFile() {
    }

    /**
     * What a file gave.
     *
     * @param patterns the translated patterns, in file order
     * @param forms    the verbs' inflected forms, form to lemma, for words the lemmatizer leaves as they are
     * @param report   what was read and left out
     */
    public record Translation(List<VerbPattern> patterns, Map<String, String> forms, DictionaryReport report) {
        public Translation {
            patterns = List.copyOf(patterns);
            forms = Map.copyOf(forms);
        }
    }

    /** Reads and translates a file, checking codes against the codebook. */
    public static Translation read(Path file, CameoCodebook codebook) throws InvalidDictionaryException {
        return read(file.toString(), PetrarchLines.read(file), codebook);
    }

    static Translation read(String file, List<Line> lines, CameoCodebook codebook)
            throws InvalidDictionaryException {
        VerbBlocks blocks = new VerbBlocks(file, synsets(lines), codebook);
        boolean inSynset = false;
        for (Line line : lines) {
            String text = line.text();
            if (text.startsWith("---")) {
                blocks.start(text, line.number());
                inSynset = false;
            } else if (text.startsWith("&")) {
                inSynset = true;
            } else if (text.startsWith("+") && inSynset) {
                continue;
            } else if (text.startsWith("~")) {
                blocks.skip(Skip.TRANSFORMATION, line.number(), "");
            } else if (text.startsWith("-")) {
                blocks.pattern(text.substring(1), line.number());
            } else {
                blocks.verb(text, line.number());
            }
        }
        return blocks.finish();
    }

    /** The synsets of the file: name (with its {@code &}) to members, each as its tokens. */
    static Map<String, List<List<String>>> synsets(List<Line> lines) {
        Map<String, List<List<String>>> synsets = new HashMap<>();
        List<List<String>> members = null;
        for (Line line : lines) {
            String text = line.text();
            if (text.startsWith("&")) {
                String name = PatternTranslator.tokens(text).get(0);
                members = synsets.computeIfAbsent(name, n -> new ArrayList<>());
            } else if (text.startsWith("+") && members != null) {
                members.add(PatternTranslator.tokens(text.substring(1)));
            } else {
                members = null;
            }
        }
        return synsets;
    }

    /** The text between the first '[' and the next ']', or {@code null}. */
    static String bracketed(String text) {
        int open = text.indexOf('[');
        int close = open < 0 ? -1 : text.indexOf(']', open);
        return close < 0 ? null : text.substring(open + 1, close).strip();
    }

    /**
     * The verb a line names: its lemma, the particles after it, its own code or {@code null}, and its inflected
     * forms: those given in {@code {...}}, else the regular ones PETRARCH makes (-s/-es, -ed/-d, -ing).
     */
    record Verb(String head, List<String> particles, String code, List<String> forms) {
        static Verb parse(String text) throws Refused {
            String spec = text;
            for (char end : new char[] {'[', '{'}) {
                int at = spec.indexOf(end);
                if (at >= 0) {
                    spec = spec.substring(0, at);
                }
            }
            List<String> tokens = PatternTranslator.tokens(spec);
            String[] words = tokens.isEmpty() ? new String[] {""} : tokens.get(0).split("_");
            int verb = 0;
            for (int i = 0; i < words.length; i++) {
                if (words[i].startsWith("+")) {
                    verb = i;
                }
            }
            if (verb > 0) {
                throw new Refused(Skip.VERB_AFTER_WORD, spec.strip());
            }
            List<String> particles = new ArrayList<>();
            for (int i = 1; i < words.length; i++) {
                if (!words[i].isEmpty()) {
                    particles.add(words[i].toLowerCase(Locale.ROOT));
                }
            }
            String head = (words[0].startsWith("+") ? words[0].substring(1) : words[0]).toLowerCase(Locale.ROOT);
            return new Verb(head, particles, bracketed(text), forms(text, head));
        }

        private static List<String> forms(String text, String head) {
            int open = text.indexOf('{');
            int close = text.indexOf('}', open + 1);
            List<String> forms = new ArrayList<>();
            if (open >= 0 && close > open) {
                for (String form : PatternTranslator.blankSeparated(text.substring(open + 1, close))) {
                    String word = form.split("_")[0];
                    forms.add((word.startsWith("+") ? word.substring(1) : word).toLowerCase(Locale.ROOT));
                }
                return forms;
            }
            if (head.isEmpty()) {
                return forms;
            }
            boolean sibilant = head.endsWith("s") || head.endsWith("x") || head.endsWith("z") || head.endsWith("ch")
                    || head.endsWith("sh");
            forms.add(head + (sibilant ? "es" : "s"));
            forms.add(head.endsWith("e") ? head + "d" : head + "ed");
            forms.add(head.endsWith("e") && head.length() > 2 ? head.substring(0, head.length() - 1) + "ing"
                    : head + "ing");
            return forms;
        }
    }
}
