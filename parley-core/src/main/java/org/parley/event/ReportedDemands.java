package org.parley.event;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.parley.api.ActorMention;
import org.parley.api.CodedEvent;
import org.parley.api.Document;
import org.parley.api.EventDate;
import org.parley.api.EventType;
import org.parley.api.Extraction;
import org.parley.api.Sentence;
import org.parley.ontology.CameoCodebook;

/**
 * "Russia said that Sudan must return the helicopter": a speaker saying another actor must or should act makes a
 * demand of it (CAMEO 100), whatever the act. Immutable and thread-safe.
 */
final class ReportedDemands {
    private final VerbHeads heads;
    private final CameoCodebook codebook;

    ReportedDemands(VerbHeads heads, CameoCodebook codebook) {
        this.heads = Objects.requireNonNull(heads, "heads");
        this.codebook = Objects.requireNonNull(codebook, "codebook");
    }

    /** Adds the demands reported in the sentence to {@code out}. */
    void addTo(Document document, Sentence sentence, List<Predicate> predicates,
                                 SubjectFinder subjects, List<Extraction> out) {
        for (int m = 1; m < sentence.size() - 1; m++) {
            String modal = sentence.token(m).text().toLowerCase(Locale.ROOT);
            boolean negated = "not".equalsIgnoreCase(sentence.token(m + 1).text());
            if (!"must".equals(modal) && !"should".equals(modal) || negated) {
                continue;
            }
            ActorMention addressee = subjects.actorBefore(m);
            int speech = -1;
            for (int j = predicates.size() - 1; j >= 0; j--) {
                if (predicates.get(j).head() < m && CodeDecisions.SPEECH.contains(heads.lemma(sentence, predicates.get(j)))) {
                    speech = j;
                    break;
                }
            }
            if (addressee == null || speech < 0) {
                continue;
            }
            EventType demand = codebook.get("100");
            int start = sentence.token(m).start();
            int end = sentence.token(m + 1).end();
            String verb = sentence.text().substring(start - sentence.start(), end - sentence.start());
            EventDate storyDate = EventDate.storyDate(document.date());
            for (ActorMention speaker : subjects.subjectsOf(speech)) {
                if (!speaker.code().equals(addressee.code()) && speaker.disjoint(addressee)) {
                    out.add(new CodedEvent(document.id(), sentence.index(), speaker, addressee, demand, storyDate,
                            null, verb, start, end, "SAY ... + must", sentence.text()));
                }
            }
        }
    }
}
