package org.parley.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.api.Document;

class DocumentReaderTest {
    @TempDir
    Path dir;

    private List<Document> read(DocumentReader reader, Path... paths) throws InputException {
        List<Document> docs = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        for (Path p : paths) {
            inputs.add(p.toString());
        }
        reader.read(inputs, docs::add);
        return docs;
    }

    @Test
    void readsJsonlWithOptionalFields() throws Exception {
        Path file = dir.resolve("news.jsonl");
        Files.writeString(file, "{\"id\": \"a\", \"date\": \"2019-11-30\", \"text\": \"Russia met Hamas.\", \"title\": \"T\"}\n\n"
                + "{\"id\": 7, \"date\": \"2020-01-02T10:00:00Z\", \"text\": \"Iran warned Israel.\"}\n");
        List<Document> docs = read(new DocumentReader(null, false), file);
        assertThat(docs).extracting(Document::id).containsExactly("a", "7");
        assertThat(docs.get(0).title()).isEqualTo("T");
        assertThat(docs.get(1).date()).isEqualTo(LocalDate.of(2020, 1, 2));
    }

    @Test
    void malformedLineNamesFileAndLine() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"id\": \"a\", \"date\": \"2019-11-30\", \"text\": \"ok\"}\n{\"id\": \"b\", \"date\": \n");
        assertThatThrownBy(() -> read(new DocumentReader(null, false), file))
                .isInstanceOf(InputException.class).hasMessageStartingWith(file + ":2: malformed JSON");
    }

    @Test
    void impossibleOrMissingDatesAreErrors() throws Exception {
        Path file = dir.resolve("dates.jsonl");
        Files.writeString(file, "{\"id\": \"a\", \"date\": \"2019-02-30\", \"text\": \"Russia met Hamas.\"}\n");
        assertThatThrownBy(() -> read(new DocumentReader(null, false), file))
                .hasMessage(file + ":1: field 'date': '2019-02-30' is not a valid YYYY-MM-DD date");
        Files.writeString(file, "{\"id\": \"a\", \"text\": \"Russia met Hamas.\"}\n");
        assertThatThrownBy(() -> read(new DocumentReader(null, false), file)).hasMessageContaining(":1: missing field 'date'");
    }

    @Test
    void skipBadCountsAndKeepsGoing() throws Exception {
        Path file = dir.resolve("mixed.jsonl");
        Files.writeString(file, "{\"id\": \"a\", \"date\": \"2019-11-30\", \"text\": \"Russia met Hamas.\"}\n"
                + "not json\n{\"id\": \"c\", \"date\": \"2019-11-30\", \"text\": \"\"}\n"
                + "{\"id\": \"d\", \"date\": \"2019-11-30\", \"text\": \"Iran warned Israel.\"}\n");
        List<Document> docs = new ArrayList<>();
        ReadReport report = new DocumentReader(null, true).read(List.of(file.toString()), docs::add);
        assertThat(docs).extracting(Document::id).containsExactly("a", "d");
        assertThat(report.skipped()).isEqualTo(2);
        assertThat(report.problems().get(1)).contains(":3: field 'text': empty text");
    }

    @Test
    void textFilesNeedADateAndBinaryIsRefused() throws Exception {
        Path txt = dir.resolve("story.txt");
        Files.writeString(txt, "Russia met Hamas in Moscow.");
        assertThatThrownBy(() -> read(new DocumentReader(null, false), txt)).hasMessageContaining("--date");
        assertThat(read(new DocumentReader(LocalDate.of(2019, 7, 1), false), txt)).extracting(Document::id)
                .containsExactly("story");
        Path bin = dir.resolve("blob.txt");
        Files.write(bin, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, 3});
        assertThatThrownBy(() -> read(new DocumentReader(LocalDate.of(2019, 7, 1), false), bin))
                .hasMessageContaining("binary");
    }

    @Test
    void htmlArticleTextAndMetaDate() throws Exception {
        Path html = dir.resolve("page.html");
        Files.writeString(html, "<html><head><title>Talks</title>"
                + "<meta property=\"article:published_time\" content=\"2019-11-30T08:00:00Z\"></head>"
                + "<body><nav><p>Home | World</p></nav><article><h1>Talks in Doha</h1>"
                + "<p>Russian envoy Mikhail Bogdanov met Hamas leaders in Doha.</p></article>"
                + "<footer><p>Copyright</p></footer></body></html>");
        List<Document> docs = read(new DocumentReader(null, false), html);
        assertThat(docs.get(0).date()).isEqualTo(LocalDate.of(2019, 11, 30));
        assertThat(docs.get(0).text()).contains("Bogdanov met Hamas").doesNotContain("Home").doesNotContain("Copyright");
        assertThat(docs.get(0).title()).isEqualTo("Talks");
    }

    @Test
    void directoriesAreReadInNameOrderAndMissingFilesAreErrors() throws Exception {
        Files.writeString(dir.resolve("b.jsonl"), "{\"id\": \"b\", \"date\": \"2019-11-30\", \"text\": \"x y\"}\n");
        Files.writeString(dir.resolve("a.jsonl"), "{\"id\": \"a\", \"date\": \"2019-11-30\", \"text\": \"x y\"}\n");
        Files.writeString(dir.resolve("notes.md"), "ignored");
        assertThat(read(new DocumentReader(null, false), dir)).extracting(Document::id).containsExactly("a", "b");
        assertThatThrownBy(() -> read(new DocumentReader(null, false), dir.resolve("nope.jsonl")))
                .hasMessageEndingWith("nope.jsonl: no such file");
    }
}
