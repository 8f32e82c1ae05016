package org.parley.brief;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Groups positions by issue and says where the sides agree or differ. Two issues are the same when most of the
 * shorter one's content words occur in the other ("a two-state solution" and "the two-state solution"; "deal of the
 * century" and "the “deal of the century”").
 */
final class IssueMatcher {
    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "by", "all", "any", "to", "for", "that",
            "would", "with", "in", "on", "its", "their", "it", "this", "and", "or", "so", "called", "so-called");

    private IssueMatcher() {
    }

    /**
     * Agreements and disagreements; positions that neither agree nor disagree with the other side are added to
     * {@code unmatched}.
     */
    static List<Issue> issues(List<Position> positions, List<Position> unmatched) {
        List<List<Position>> groups = new ArrayList<>();
        for (Position p : positions) {
            List<Position> home = groups.stream().filter(g -> same(g.get(0).issue(), p.issue())).findFirst()
                    .orElse(null);
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(p);
        }
        List<Issue> out = new ArrayList<>();
        for (List<Position> g : groups) {
            Set<String> sides = g.stream().map(Position::side).collect(Collectors.toSet());
            Set<Boolean> stances = g.stream().map(Position::favours).collect(Collectors.toSet());
            boolean both = sides.size() > 1 || sides.iterator().next().contains(" and ");
            if (sides.size() > 1 && stances.size() == 1) {
                out.add(new Issue(g.get(0).issue(), true, stances.contains(true) ? "both favour" : "both oppose", g));
            } else if (sides.size() > 1) {
                out.add(new Issue(g.get(0).issue(), false, "opposite stances", g));
            } else if (both) {
                boolean accord = g.get(0).favours();
                out.add(new Issue(g.get(0).issue(), accord, accord ? "stated accord" : "stated difference", g));
            } else if (g.stream().anyMatch(p -> p.contrast() != null)) {
                Position p = g.stream().filter(x -> x.contrast() != null).findFirst().orElseThrow();
                out.add(new Issue(g.get(0).issue(), false, p.side() + " set against " + p.contrast(), g));
            } else {
                unmatched.addAll(g);
            }
        }
        return out;
    }

    static boolean same(String x, String y) {
        Set<String> a = words(x);
        Set<String> b = words(y);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> common = new LinkedHashSet<>(a);
        common.retainAll(b);
        return common.size() >= Math.max(1, Math.ceil(0.6 * Math.min(a.size(), b.size())));
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+"))
                .filter(w -> !w.isBlank() && !STOP.contains(w)).map(w -> w.endsWith("s") && w.length() > 3
                        ? w.substring(0, w.length() - 1) : w)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
