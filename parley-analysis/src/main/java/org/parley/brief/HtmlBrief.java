package org.parley.brief;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a {@link Brief} as a standalone HTML page. It is made from the Markdown rendering, whose few constructs
 * (headings, bullet lists, emphasis, links) translate line by line, so that both formats always say the same.
 */
public final class HtmlBrief {
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]+)\\)");
    private static final Pattern STRONG = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern EM = Pattern.compile("\\*(.+?)\\*");

    private HtmlBrief() {
    }

    public static String render(Brief brief) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(brief.a() + " and " + brief.b())).append("</title>\n<style>body{font-family:sans-serif;"
                        + "max-width:60em;margin:auto;line-height:1.4}li{margin:.3em 0}</style></head><body>\n");
        int depth = 0;
        for (String line : MarkdownBrief.render(brief).split("\n")) {
            int level = line.startsWith("  - ") ? 2 : line.startsWith("- ") ? 1 : 0;
            while (depth < level) {
                html.append("<ul>\n");
                depth++;
            }
            while (depth > level) {
                html.append("</ul>\n");
                depth--;
            }
            if (line.startsWith("# ")) {
                html.append("<h1>").append(inline(line.substring(2))).append("</h1>\n");
            } else if (line.startsWith("## ")) {
                html.append("<h2>").append(inline(line.substring(3))).append("</h2>\n");
            } else if (level > 0) {
                html.append("<li>").append(inline(line.substring(level * 2))).append("</li>\n");
            } else if (!line.isBlank()) {
                html.append("<p>").append(inline(line)).append("</p>\n");
            }
        }
        while (depth-- > 0) {
            html.append("</ul>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static String inline(String markdown) {
        String s = escape(markdown);
        s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement("<a href=\"" + m.group(2) + "\">" + m.group(1)
                + "</a>"));
        s = STRONG.matcher(s).replaceAll("<strong>$1</strong>");
        return EM.matcher(s).replaceAll("<em>$1</em>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
