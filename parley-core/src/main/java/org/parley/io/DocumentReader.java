package org.parley.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.parley.api.Document;

/**
 * Reads documents from JSONL files (one {@code {id, date, text, title?, url?, source?}} per line), plain-text
 * files (dated by the caller), HTML files (article text via jsoup, date from meta tags), directories of those, and
 * standard input ("-", JSONL). Documents are streamed to a consumer one at a time, so input of any size fits.
 */
public final class DocumentReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalDate defaultDate;
    private final boolean skipBad;

    /**
     * @param defaultDate the date of .txt (and undated .html) documents, or {@code null} to require one
     * @param skipBad     record bad records and go on, instead of stopping at the first
     */
    public DocumentReader(LocalDate defaultDate, boolean skipBad) {
        this.defaultDate = defaultDate;
        this.skipBad = skipBad;
    }

    /** Reads every input in order, handing each document to {@code sink}. */
    public ReadReport read(List<String> inputs, Consumer<Document> sink) throws InputException {
        List<String> problems = new ArrayList<>();
        int[] count = {0};
        Consumer<Document> counting = d -> {
            count[0]++;
            sink.accept(d);
        };
        for (String input : inputs) {
            if ("-".equals(input)) {
                try {
                    readJsonl("<stdin>", System.in, counting, problems);
                } catch (IOException e) {
                    throw new InputException("<stdin>", 0, "cannot read: " + e.getMessage(), e);
                }
            } else {
                readPath(Path.of(input), counting, problems);
            }
        }
        return new ReadReport(count[0], problems);
    }

    /**
     * Reads JSONL records from a stream named {@code where} in messages (records that arrive over the network):
     * the same fields and checks as a JSONL file.
     */
    public ReadReport readJsonl(String where, InputStream in, Consumer<Document> sink) throws InputException {
        List<String> problems = new ArrayList<>();
        int[] count = {0};
        try {
            readJsonl(where, in, d -> {
                count[0]++;
                sink.accept(d);
            }, problems);
        } catch (IOException e) {
            throw new InputException(where, 0, "cannot read: " + e.getMessage(), e);
        }
        return new ReadReport(count[0], problems);
    }

    private void readPath(Path path, Consumer<Document> sink, List<String> problems) throws InputException {
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile).filter(DocumentReader::isSupported).sorted().toList();
            } catch (IOException e) {
                throw new InputException(path.toString(), 0, "cannot list directory: " + e.getMessage(), e);
            }
            for (Path file : files) {
                readPath(file, sink, problems);
            }
            return;
        }
        if (!Files.isReadable(path)) {
            throw new InputException(path.toString(), 0, Files.exists(path) ? "not readable" : "no such file");
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
                try (InputStream in = Files.newInputStream(path)) {
                    readJsonl(path.toString(), in, sink, problems);
                }
            } else if (name.endsWith(".html") || name.endsWith(".htm")) {
                handle(() -> HtmlArticle.read(path, defaultDate), sink, problems);
            } else if (name.endsWith(".txt")) {
                handle(() -> readText(path), sink, problems);
            } else {
                throw new InputException(path.toString(), 0, "unsupported file type (use .jsonl, .txt, .html or a directory)");
            }
        } catch (IOException e) {
            throw new InputException(path.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
    }

    private Document readText(Path path) throws InputException {
        if (defaultDate == null) {
            throw new InputException(path.toString(), 0, "a .txt file has no date: give one with --date YYYY-MM-DD");
        }
        String text = decode(path);
        String problem = DocumentText.problem(text);
        if (problem != null) {
            throw new InputException(path.toString(), 0, problem);
        }
        String id = path.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return new Document(id, defaultDate, text, null, null, null);
    }

    static String decode(Path path) throws InputException {
        try {
            byte[] bytes = Files.readAllBytes(path);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(path.toString(), 0, "not UTF-8 text (binary file?)");
        } catch (IOException e) {
            throw new InputException(path.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
    }

    private void readJsonl(String where, InputStream in, Consumer<Document> sink, List<String> problems)
            throws InputException, IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder));
        int lineNo = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String record = line;
            int at = lineNo;
            handle(() -> parseJsonLine(where, at, record), sink, problems);
        }
    }

    private Document parseJsonLine(String where, int line, String record) throws InputException {
        JsonNode node;
        try {
            node = JSON.readTree(record);
        } catch (JsonProcessingException e) {
            throw new InputException(where, line, "malformed JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InputException(where, line, "expected a JSON object");
        }
        String id = text(node, "id");
        if (id == null || id.isBlank()) {
            throw new InputException(where, line, "missing field 'id'");
        }
        String dateText = text(node, "date");
        LocalDate date;
        if (dateText == null || dateText.isBlank()) {
            if (defaultDate == null) {
                throw new InputException(where, line, "missing field 'date' (YYYY-MM-DD)");
            }
            date = defaultDate;
        } else {
            date = parseDate(where, line, dateText);
        }
        String body = text(node, "text");
        String problem = DocumentText.problem(body);
        if (problem != null) {
            throw new InputException(where, line, "field 'text': " + problem);
        }
        return new Document(id, date, body, text(node, "title"), text(node, "url"), text(node, "source"));
    }

    static LocalDate parseDate(String where, int line, String value) throws InputException {
        String day = value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value;
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new InputException(where, line, "field 'date': '" + value + "' is not a valid YYYY-MM-DD date");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private void handle(DocumentSupplier supplier, Consumer<Document> sink, List<String> problems)
            throws InputException {
        Document document;
        try {
            document = supplier.get();
        } catch (InputException e) {
            if (!skipBad) {
                throw e;
            }
            problems.add(e.getMessage());
            return;
        }
        sink.accept(document);
    }

    private static boolean isSupported(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".txt")
                || name.endsWith(".html") || name.endsWith(".htm");
    }

    @FunctionalInterface
    private interface DocumentSupplier {
        Document get() throws InputException;
    }
}
