package org.parley.brief;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.parley.api.ActorMention;
import org.parley.store.StoredSentence;

/** The actors that appear with both sides: named in the same sentences, most involved first. */
final class ThirdParties {
    private static final Pattern PRONOUN = Pattern.compile("(?i)(it|its|they|their|them|he|his|she|her|"
            + "the former|the latter)");

    private ThirdParties() {
    }

    private static final class Tally {
        String name;
        int together;
        int alongside;
        Evidence example;
        boolean exampleTogether;
    }

    static List<ThirdParty> find(Sides sides, List<StoredSentence> sentences, int limit) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (StoredSentence s : sentences) {
            boolean a = sides.names(s, sides.nameA);
            boolean b = sides.names(s, sides.nameB);
            if (!a && !b) {
                continue;
            }
            for (String code : s.actors().stream().filter(m -> sides.sideOf(m) == null)
                    .map(ActorMention::code).distinct().toList()) {
                Tally t = tallies.computeIfAbsent(code, c -> new Tally());
                ActorMention named = s.actors().stream().filter(m -> m.code().equals(code)
                        && !PRONOUN.matcher(m.text()).matches()).findFirst().orElse(null);
                if (t.name == null && named != null) {
                    t.name = named.name();
                }
                if (a && b) {
                    t.together++;
                } else {
                    t.alongside++;
                }
                if (named != null && (t.example == null || a && b && !t.exampleTogether)) {
                    t.example = Evidence.of(s);
                    t.exampleTogether = a && b;
                }
            }
        }
        return tallies.entrySet().stream().filter(e -> e.getValue().example != null && e.getValue().name != null)
                .map(e -> new ThirdParty(e.getKey(), e.getValue().name, e.getValue().together,
                        e.getValue().alongside, e.getValue().example))
                .sorted(Comparator.comparingInt(ThirdParty::together).reversed()
                        .thenComparing(Comparator.comparingInt(ThirdParty::alongside).reversed()))
                .limit(limit).toList();
    }
}
