package org.parley.cli.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.api.Document;

/**
 * A realistic benchmark corpus of any size, made from the bundled demo corpus and the project's test sentences:
 * sentences are drawn at random (seeded), mixed across documents into new documents, and varied — country names
 * and adjectives swapped for others, numbers changed — so that no document, and few sentences, repeat and caches
 * keyed on text cannot make the run look faster than real news would. Documents come dated in publication order, a
 * few hundred a day, as a news feed delivers them. Documents are generated one at a time and
 * never all held in memory; only the pool of some six hundred source sentences is.
 */
public final class SyntheticCorpus {
    private static final String DEMO = "org/parley/demo/demo-corpus.jsonl";
    private static final String TESTS = "org/parley/bench/test-sentences.txt";
    private static final String COUNTRIES = "org/parley/actor/countries.tsv";
    /** A sentence ends at . ! or ? (optionally closed by a quote) followed by a capitalised word. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’]?)\\s+(?=[\"“]?[A-Z])");
    private static final Pattern WORD_OR_NUMBER = Pattern.compile("\\b(?:[A-Z][a-z]+|\\d+)\\b");
    private static final LocalDate FIRST_DAY = LocalDate.of(2001, 1, 1);
    /** Stories a day: one news service's output, not the world's. */
    private static final int DOCUMENTS_PER_DAY = 500;

    private final List<String> sentences;
    private final Map<String, List<String>> swaps;
    private final long seed;

    private SyntheticCorpus(List<String> sentences, Map<String, List<String>> swaps, long seed) {
        this.sentences = List.copyOf(sentences);
        this.swaps = Map.copyOf(swaps);
        this.seed = seed;
    }

    /** The corpus drawn with this seed from the bundled sources; the same seed gives the same documents. */
    public static SyntheticCorpus bundled(long seed) {
        List<String> pool = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader demo = open(DEMO)) {
            for (String line = demo.readLine(); line != null; line = demo.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode record = json.readTree(line);
                for (String paragraph : record.get("text").asText().split("\n+")) {
                    for (String sentence : SENTENCE_END.split(paragraph.trim())) {
                        if (sentence.length() > 20) {
                            pool.add(sentence);
                        }
                    }
                }
            }
            try (BufferedReader tests = open(TESTS)) {
                tests.lines().filter(s -> !s.isBlank()).forEach(pool::add);
            }
            return new SyntheticCorpus(pool, countryWords(), seed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled corpus sources", e);
        }
    }

    /** The number of distinct source sentences. */
    public int poolSize() {
        return sentences.size();
    }

    /**
     * Generates documents until they hold at least {@code sentenceCount} sentences (as drawn; the analyser may split
     * a few differently), handing each to {@code sink} as it is made.
     */
    public void generate(long sentenceCount, Consumer<Document> sink) {
        Random random = new Random(seed);
        long made = 0;
        for (long n = 0; made < sentenceCount; n++) {
            StringBuilder text = new StringBuilder();
            int paragraphs = 1 + random.nextInt(5);
            for (int p = 0; p < paragraphs && made < sentenceCount; p++) {
                if (p > 0) {
                    text.append("\n\n");
                }
                int inParagraph = 1 + random.nextInt(4);
                for (int s = 0; s < inParagraph && made < sentenceCount; s++) {
                    if (s > 0) {
                        text.append(' ');
                    }
                    text.append(vary(sentences.get(random.nextInt(sentences.size())), random));
                    made++;
                }
            }
            // A feed in publication order, as news arrives: a day's stories, then the next day's.
            LocalDate date = FIRST_DAY.plusDays(n / DOCUMENTS_PER_DAY);
            sink.accept(new Document("bench-" + seed + "-" + n, date, text.toString(), null, null, "parley bench"));
        }
    }

    /** Writes the generated documents as JSONL, one per line, as {@code parley ingest} reads them. */
    public void writeJsonl(long sentenceCount, Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.setRootValueSeparator(null);
            try {
                generate(sentenceCount, document -> {
                    try {
                        json.writeStartObject();
                        json.writeStringField("id", document.id());
                        json.writeStringField("date", document.date().toString());
                        json.writeStringField("source", document.source());
                        json.writeStringField("text", document.text());
                        json.writeEndObject();
                        json.writeRaw('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    /** Swaps country names and adjectives for others of the same kind and changes numbers (keeping their length). */
    private String vary(String sentence, Random random) {
        Matcher m = WORD_OR_NUMBER.matcher(sentence);
        StringBuilder out = new StringBuilder(sentence.length() + 16);
        while (m.find()) {
            String word = m.group();
            String replacement = word;
            if (Character.isDigit(word.charAt(0))) {
                replacement = number(word, random);
            } else {
                List<String> others = swaps.get(word);
                // Half the mentions keep their country so that the demo's real dyads stay common, as in news.
                if (others != null && random.nextBoolean()) {
                    replacement = others.get(random.nextInt(others.size()));
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String number(String digits, Random random) {
        if (digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"))) {
            return Integer.toString(1990 + random.nextInt(35));
        }
        StringBuilder out = new StringBuilder(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            out.append((char) ('0' + (i == 0 && digits.length() > 1 ? 1 + random.nextInt(9) : random.nextInt(10))));
        }
        return out.toString();
    }

    /** One-word country names map to all one-word names, adjectives to all adjectives. */
    private static Map<String, List<String>> countryWords() throws IOException {
        List<String> names = new ArrayList<>();
        List<String> adjectives = new ArrayList<>();
        try (BufferedReader in = open(COUNTRIES)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split("\t", -1);
                if (line.startsWith("#") || cells.length < 4 || "code".equals(cells[0])) {
                    continue;
                }
                if (cells[1].matches("[A-Z][a-z]+")) {
                    names.add(cells[1]);
                }
                String adjective = cells[3].split("\\|")[0];
                if (adjective.matches("[A-Z][a-z]+")) {
                    adjectives.add(adjective);
                }
            }
        }
        List<String> allNames = List.copyOf(names);
        List<String> allAdjectives = List.copyOf(adjectives);
        Map<String, List<String>> swaps = new HashMap<>();
        allNames.forEach(name -> swaps.put(name, allNames));
        allAdjectives.forEach(adjective -> swaps.put(adjective, allAdjectives));
        return swaps;
    }

    private static BufferedReader open(String resource) {
        InputStream in = SyntheticCorpus.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("bundled resource missing from the jar: " + resource);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
