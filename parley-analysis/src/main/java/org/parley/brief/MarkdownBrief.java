package org.parley.brief;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** Writes a {@link Brief} as Markdown: headings per question, every statement quoted with its source. */
public final class MarkdownBrief {
    private MarkdownBrief() {
    }

    public static String render(Brief brief) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(brief.a()).append(" and ").append(brief.b()).append(": what is behind the relationship\n\n");
        md.append("Sides: ").append(brief.matchA()).append("; ").append(brief.matchB()).append(". Read from ")
                .append(brief.documents()).append(" document(s) naming both.\n\n");
        md.append("## Interactions\n\n");
        if (brief.timeline().isEmpty()) {
            md.append("No coded interaction.\n");
        }
        for (TimelineEntry t : brief.timeline()) {
            md.append("- **").append(t.date()).append("** ").append(t.source())
                    .append(t.target() != null ? " → " + t.target()
                            : ", with " + (brief.a().equals(t.source()) ? brief.b() : brief.a()) + " named")
                    .append(": ").append(t.action()).append(String.format(Locale.ROOT, " (CAMEO %s, %+.1f)", t.cameo(),
                            t.goldstein()));
            if (t.place() != null) {
                md.append(", in ").append(t.place());
            }
            if (t.mentions() > 1) {
                md.append(", ").append(t.mentions()).append(" reports");
            }
            md.append(". ").append(quote(t.evidence())).append('\n');
        }
        md.append("\n## Trend\n\n");
        brief.trend().forEach(line -> md.append("- ").append(line).append('\n'));
        aims(md, brief.a(), brief.b(), brief.aimsA());
        aims(md, brief.b(), brief.a(), brief.aimsB());
        issues(md, "Where they differ", brief.issues(), i -> !i.agreement());
        issues(md, "Where they agree", brief.issues(), Issue::agreement);
        if (!brief.positions().isEmpty()) {
            md.append("\n## Other stated positions\n\n");
            for (Position p : brief.positions()) {
                md.append("- ").append(position(p)).append('\n');
            }
        }
        md.append("\n## Third parties\n\n");
        if (brief.thirdParties().isEmpty()) {
            md.append("None named with them.\n");
        }
        for (ThirdParty t : brief.thirdParties()) {
            md.append("- **").append(t.name()).append("** (").append(t.code()).append("): named with both in ")
                    .append(t.together()).append(" sentence(s)")
                    .append(t.alongside() > 0 ? ", with one of them in " + t.alongside() + " more" : "")
                    .append(". ").append(quote(t.example())).append('\n');
        }
        return md.toString();
    }

    private static void aims(StringBuilder md, String side, String other, List<Statement> aims) {
        md.append("\n## What ").append(side).append(" wants from or through ").append(other).append("\n\n");
        if (aims.isEmpty()) {
            md.append("No stated aim found.\n");
        }
        for (Statement s : aims) {
            md.append("- ").append(s.holder().equals(side) ? "" : "(" + s.holder() + ") ").append("*").append(s.cue())
                    .append("* ").append(s.content()).append(" — ").append(quote(s.evidence())).append('\n');
        }
    }

    private static void issues(StringBuilder md, String title, List<Issue> issues, Predicate<Issue> which) {
        List<Issue> chosen = issues.stream().filter(which).toList();
        md.append("\n## ").append(title).append("\n\n");
        if (chosen.isEmpty()) {
            md.append("Nothing stated.\n");
        }
        for (Issue i : chosen) {
            md.append("- **").append(i.issue()).append("** (").append(i.basis()).append(")\n");
            for (Position p : i.positions()) {
                md.append("  - ").append(position(p)).append('\n');
            }
        }
    }

    private static String position(Position p) {
        return p.side() + (p.holder().isEmpty() || p.holder().equals(p.side()) ? "" : " (" + p.holder() + ")")
                + ": *" + p.stance() + "* " + p.issue() + (p.contrast() == null ? "" : ", unlike " + p.contrast())
                + " — " + quote(p.evidence());
    }

    static String quote(Evidence e) {
        String cite = e.cite();
        return "“" + e.text() + "” " + (e.url() == null ? "[" + cite + "]" : "[" + cite + "](" + e.url() + ")");
    }
}
