package org.parley.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.api.CodedDocument;
import org.parley.api.CodedEvent;
import org.parley.api.Document;
import org.parley.dictionary.InvalidDictionaryException;
import org.parley.io.DocumentReader;
import org.parley.io.InputException;
import org.parley.pipeline.Parley;

/** The standard pipeline loaded once per test JVM (loading models takes a second), and shared test helpers. */
public final class TestPipeline {
    private static Parley parley;

    private TestPipeline() {
    }

    /** The assembled standard pipeline. */
    public static synchronized Parley parley() {
        if (parley == null) {
            try {
                parley = Parley.load();
            } catch (InvalidDictionaryException e) {
                throw new IllegalStateException(e);
            }
        }
        return parley;
    }

    /** Codes one text as a document of the given date. */
    public static CodedDocument code(String text, LocalDate date) {
        return parley().pipeline().code(Document.of("test", date, text));
    }

    /** The events of one text dated 2019-11-30, the seed article's date. */
    public static List<CodedEvent> events(String text) {
        return code(text, LocalDate.of(2019, 11, 30)).events();
    }

    /** The shared reference data folder ({@code ../shared/data}) when present. */
    public static Path sharedData() {
        String root = System.getProperty("parley.repo.root", ".");
        Path candidate = Path.of(root).toAbsolutePath().resolve("../shared/data").normalize();
        return Files.isDirectory(candidate) ? candidate : null;
    }

    /** The seed article coded by the standard pipeline, or {@code null} when {@code ../shared/data} is absent. */
    public static CodedDocument seedArticle() throws InputException {
        Path shared = sharedData();
        if (shared == null) {
            return null;
        }
        List<Document> docs = new ArrayList<>();
        new DocumentReader(null, false).read(
                List.of(shared.resolve("seed/russia-hamas-rapprochement.jsonl").toString()), docs::add);
        return parley().pipeline().code(docs.get(0));
    }
}
