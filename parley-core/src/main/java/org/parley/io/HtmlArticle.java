package org.parley.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.parley.api.Document;

/**
 * The main text of a news web page, with jsoup: the paragraphs of the {@code <article>} (or {@code <main>}, or the
 * body), skipping navigation, scripts and footers; the date from the usual publication meta tags.
 */
final class HtmlArticle {
    private static final List<String> DATE_META = List.of("article:published_time", "og:published_time", "date",
            "pubdate", "publishdate", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date");

    private HtmlArticle() {
    }

    static Document read(Path path, LocalDate defaultDate) throws InputException {
        String html = DocumentReader.decode(path);
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        page.select("script, style, nav, header, footer, aside, form, noscript, figure").remove();
        Element root = page.selectFirst("article");
        if (root == null) {
            root = page.selectFirst("main");
        }
        if (root == null) {
            root = page.body();
        }
        StringBuilder text = new StringBuilder();
        Elements blocks = root.select("h1, h2, h3, p, li, blockquote");
        for (Element block : blocks) {
            String line = block.text().strip();
            if (!line.isEmpty()) {
                text.append(line).append("\n\n");
            }
        }
        if (blocks.isEmpty()) {
            text.append(root.text());
        }
        String problem = DocumentText.problem(text.toString());
        if (problem != null) {
            throw new InputException(path.toString(), 0, "no article text found (" + problem + ")");
        }
        LocalDate date = metaDate(page, path);
        if (date == null) {
            date = defaultDate;
        }
        if (date == null) {
            throw new InputException(path.toString(), 0, "no publication date in the page's meta tags: give one with --date YYYY-MM-DD");
        }
        String title = page.title().isBlank() ? null : page.title().strip();
        Element canonical = page.selectFirst("link[rel=canonical]");
        String url = canonical == null ? null : canonical.attr("href");
        String id = path.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return new Document(id, date, text.toString().strip(), title, url, null);
    }

    private static LocalDate metaDate(org.jsoup.nodes.Document page, Path path) throws InputException {
        for (String name : DATE_META) {
            Element meta = page.selectFirst("meta[property=\"" + name + "\"], meta[name=\"" + name
                    + "\"], meta[itemprop=\"" + name + "\"]");
            if (meta != null && !meta.attr("content").isBlank()) {
                return DocumentReader.parseDate(path.toString(), 0, meta.attr("content").strip());
            }
        }
        Element time = page.selectFirst("time[datetime]");
        if (time != null) {
            return DocumentReader.parseDate(path.toString(), 0, time.attr("datetime").strip());
        }
        return null;
    }
}
