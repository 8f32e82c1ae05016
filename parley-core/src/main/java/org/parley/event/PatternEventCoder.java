package org.parley.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.parley.api.ActorMention;
import org.parley.api.CodedEvent;
import org.parley.api.Discard;
import org.parley.api.Document;
import org.parley.api.EventCoder;
import org.parley.api.EventDate;
import org.parley.api.EventType;
import org.parley.api.Extraction;
import org.parley.api.Sentence;
import org.parley.api.Token;
import org.parley.ontology.CameoCodebook;

/**
 * Codes events by matching verb patterns at each predicate found by the {@link ClauseAnalyzer}, taking the
 * source from the predicate's subject (or a passive's "by" agent) and the target from the pattern's slot.
 * Negated and hypothetical predicates are discarded with their reason. Thread-safe.
 */
public final class PatternEventCoder implements EventCoder {
    private final VerbPatternDictionary patterns;
    private final CameoCodebook codebook;
    private final ClauseAnalyzer clauses = new ClauseAnalyzer();

    public PatternEventCoder(VerbPatternDictionary patterns, CameoCodebook codebook) {
        this.patterns = Objects.requireNonNull(patterns, "patterns");
        this.codebook = Objects.requireNonNull(codebook, "codebook");
    }

    @Override
    public List<Extraction> code(Document document, Sentence sentence, List<ActorMention> actors) {
        if (actors.isEmpty()) {
            return List.of();
        }
        List<Predicate> predicates = clauses.predicates(sentence);
        SubjectFinder subjects = new SubjectFinder(sentence, predicates, actors);
        List<Extraction> out = new ArrayList<>();
        Set<Integer> coded = new HashSet<>();
        for (int k = 0; k < predicates.size(); k++) {
            Predicate predicate = predicates.get(k);
            PatternMatcher.Match match = PatternMatcher.bestMatch(candidates(sentence.token(predicate.head())),
                    sentence, predicate.head(), actors, predicate.passive());
            if (match == null) {
                continue;
            }
            coded.add(k);
            if (match.pattern().codesNothing()) {
                continue;
            }
            if (predicate.infinitive() && coded.contains(k - 1)) {
                // "agreed to meet": the governing verb already coded the event.
                continue;
            }
            code(document, sentence, predicate, k, match, subjects, out);
        }
        return out;
    }

    /**
     * The patterns for a verb: by its lemma, else by the word itself, because the statistical lemmatizer now and then
     * returns a non-word ("abandon" gives "aband"); a dictionary that knows inflected forms maps "abandoned" too.
     */
    private List<VerbPattern> candidates(Token verb) {
        List<VerbPattern> byLemma = patterns.forHead(verb.lemma());
        return byLemma.isEmpty() ? patterns.forHead(verb.text().toLowerCase(Locale.ROOT)) : byLemma;
    }

    private void code(Document document, Sentence sentence, Predicate predicate, int k, PatternMatcher.Match match,
                      SubjectFinder subjects, List<Extraction> out) {
        EventType type = codebook.get(match.pattern().cameo());
        int verbStart = sentence.token(predicate.groupStart()).start();
        int verbEnd = sentence.token(Math.max(predicate.head(), match.end() - 1)).end();
        String verbText = sentence.text().substring(verbStart - sentence.start(), verbEnd - sentence.start());
        Discard.Reason reason = null;
        if (predicate.negated()) {
            reason = Discard.Reason.NEGATED;
        } else if (predicate.modality() == Predicate.Modality.HYPOTHETICAL) {
            reason = Discard.Reason.HYPOTHETICAL;
        }
        List<ActorMention> sources;
        List<ActorMention> targets;
        if (predicate.passive()) {
            sources = subjects.passiveAgent(predicate);
            targets = subjects.subjectsOf(k);
        } else {
            sources = subjects.subjectsOf(k);
            targets = match.target() == null ? List.of() : subjects.withFollowing(match.target());
        }
        if (reason == null && sources.isEmpty()) {
            reason = Discard.Reason.NO_SOURCE;
        }
        if (reason == null && targets.isEmpty() && "01".equals(type.root())) {
            reason = Discard.Reason.STATEMENT_WITHOUT_TARGET;
        }
        if (reason != null) {
            out.add(new Discard(sentence.index(), verbText, type.cameo(), reason));
            return;
        }
        EventDate storyDate = EventDate.storyDate(document.date());
        for (ActorMention source : sources) {
            if (targets.isEmpty()) {
                out.add(new CodedEvent(document.id(), sentence.index(), source, null, type, storyDate, null,
                        verbText, verbStart, verbEnd, match.pattern().text(), sentence.text()));
            }
            for (ActorMention target : targets) {
                if (target.code().equals(source.code()) || !target.disjoint(source)) {
                    out.add(new Discard(sentence.index(), verbText, type.cameo(), Discard.Reason.SAME_ACTOR));
                    continue;
                }
                out.add(new CodedEvent(document.id(), sentence.index(), source, target, type, storyDate, null,
                        verbText, verbStart, verbEnd, match.pattern().text(), sentence.text()));
            }
        }
    }
}
