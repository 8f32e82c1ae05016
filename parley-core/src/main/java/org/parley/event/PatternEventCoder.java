package org.parley.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
import org.parley.ontology.CameoCodebook;

/**
 * Codes events by matching verb patterns at each predicate found by the {@link ClauseAnalyzer}, taking the
 * source from the predicate's subject (or a passive's "by" agent) and the target from the pattern's slot.
 * Negated and hypothetical predicates are discarded with their reason. Thread-safe.
 */
public final class PatternEventCoder implements EventCoder {

    /** Meeting codes whose "in X" names the place, not the partner. */
    private static final Set<String> MEETINGS = Set.of("040", "043", "044", "046", "036");

    private final VerbPatternDictionary patterns;
    private final CameoCodebook codebook;
    private final NonPoliticalFilter nonPolitical;
    private final VerbHeads heads;
    private final CodeDecisions decisions;
    private final ReportedDemands reportedDemands;
    private final CodingConventions conventions;
    private final ClauseAnalyzer clauses = new ClauseAnalyzer();
    private final MistaggedVerbs mistagged;

    /** A coder with Parley's conventions: the future tense is an announcement (CAMEO 03x, 13x). */
    public PatternEventCoder(VerbPatternDictionary patterns, CameoCodebook codebook, NonPoliticalFilter nonPolitical) {
        this(patterns, codebook, nonPolitical, CodingConventions.PARLEY);
    }

    /** @param conventions where CAMEO, PLOVER and PETRARCH practice differ, which to follow */
    public PatternEventCoder(VerbPatternDictionary patterns, CameoCodebook codebook, NonPoliticalFilter nonPolitical,
                             CodingConventions conventions) {
        this.conventions = Objects.requireNonNull(conventions, "conventions");
        this.patterns = Objects.requireNonNull(patterns, "patterns");
        this.codebook = Objects.requireNonNull(codebook, "codebook");
        this.nonPolitical = Objects.requireNonNull(nonPolitical, "nonPolitical");
        this.heads = new VerbHeads(patterns, conventions.matchesWordForms());
        this.mistagged = new MistaggedVerbs(patterns);
        this.decisions = new CodeDecisions(heads, new Intentions(codebook), conventions);
        this.reportedDemands = new ReportedDemands(heads, codebook);
    }

    @Override
    public List<Extraction> code(Document document, Sentence sentence, List<ActorMention> actors) {
        if (actors.isEmpty()) {
            return List.of();
        }
        List<Predicate> predicates = outsideActors(conventions.matchesWordForms()
                ? clauses.predicates(sentence, i -> mistagged.at(sentence, i, actors))
                : clauses.predicates(sentence), actors);
        int n = predicates.size();
        PatternMatcher.Match[] matches = new PatternMatcher.Match[n];
        for (int k = 0; k < n; k++) {
            Predicate predicate = predicates.get(k);
            matches[k] = PatternMatcher.bestMatch(heads.candidates(sentence.token(predicate.head())), sentence,
                    predicate.head(), predicate.groupStart(), actors, predicate.passive());
            if (!predicate.passive() && (matches[k] == null || matches[k].pattern().cameo().startsWith("01"))
                    && NominalEvents.LIGHT_VERBS.contains(heads.lemma(sentence, predicate))) {
                PatternMatcher.Match nominal = nominalMatch(sentence, predicate, actors);
                if (nominal != null) {
                    matches[k] = nominal;
                }
            }
        }
        String[] codes = decisions.decide(sentence, predicates, matches);
        List<Extraction> out = new ArrayList<>();
        String cue = null;
        SubjectFinder subjects = new SubjectFinder(sentence, predicates, actors);
        for (int k = 0; k < n; k++) {
            if (codes[k] == null) {
                continue;
            }
            if (cue == null) {
                cue = nonPolitical.cue(sentence);
                if (cue == null) {
                    cue = "";
                }
            }
            if (!cue.isEmpty()) {
                out.add(new Discard(sentence.index(), sentence.token(predicates.get(k).head()).text(), codes[k],
                        Discard.Reason.NON_POLITICAL));
                continue;
            }
            Predicate governor = predicates.get(k).infinitive() && k > 0 ? predicates.get(k - 1) : null;
            boolean reported = decisions.reportedFuture(sentence, predicates, k) != null;
            code(document, sentence, predicates.get(k), governor, k, matches[k], codebook.get(codes[k]), reported,
                    subjects, out);
        }
        if (cue == null || cue.isEmpty()) {
            reportedDemands.addTo(document, sentence, predicates, subjects, out);
        }
        return withoutRepeats(out);
    }

    /** One event per (source, code, target) in a sentence: "met in Doha, Qatar" must not count twice. */
    private static List<Extraction> withoutRepeats(List<Extraction> extractions) {
        Set<String> seen = new HashSet<>();
        List<Extraction> kept = new ArrayList<>(extractions.size());
        for (Extraction x : extractions) {
            if (x instanceof CodedEvent e) {
                String key = e.source().code() + ' ' + e.type().cameo() + ' '
                        + (e.target() == null ? "-" : e.target().code());
                if (!seen.add(key)) {
                    continue;
                }
            }
            kept.add(x);
        }
        return kept;
    }

    /** Drops "verbs" inside actor names: the tagger reads "Pyongyang" or "Ramallah" as a verb now and then. */
    private static List<Predicate> outsideActors(List<Predicate> predicates, List<ActorMention> actors) {
        List<Predicate> kept = new ArrayList<>(predicates.size());
        for (Predicate predicate : predicates) {
            boolean inside = false;
            for (ActorMention actor : actors) {
                inside |= actor.firstToken() <= predicate.head() && predicate.head() < actor.endToken();
            }
            if (!inside) {
                kept.add(predicate);
            }
        }
        return kept;
    }

    /** "met in Doha": a place, not a partner; PETRARCH codes places as actors like any other. */
    private boolean meetingPlace(EventType type, ActorMention actor, SubjectFinder subjects) {
        return MEETINGS.contains(type.cameo()) && subjects.isLocative(actor) && !conventions.placesAsActors();
    }

    /** Meeting, agreeing and cooperating are done with each other: "Turkish and Greek officials met". */
    private static boolean reciprocal(EventType type) {
        int root = Integer.parseInt(type.root());
        return root >= 3 && root <= 6;
    }

    /** "announced a suspension of air links with Serbia": the event noun's verb patterns, matched from the noun. */
    private PatternMatcher.Match nominalMatch(Sentence sentence, Predicate predicate, List<ActorMention> actors) {
        int noun = NominalEvents.objectNoun(sentence, predicate.head());
        if (noun < 0) {
            return null;
        }
        for (String verb : NominalEvents.verbsOf(sentence.token(noun))) {
            List<VerbPattern> forVerb = patterns.forHead(verb);
            if (!forVerb.isEmpty()) {
                PatternMatcher.Match match = PatternMatcher.bestMatch(forVerb, sentence, noun, actors, false);
                if (match != null) {
                    return match;
                }
            }
        }
        return null;
    }

    /**
     * Codes one predicate. An infinitive shares the negation and modality of the verb it hangs on ("did not agree
     * to meet", "could decide to strike"); subjects coordinated with no target act on each other both ways when
     * the pattern is dyadic ("Fatah and Hamas signed an agreement").
     */
    private void code(Document document, Sentence sentence, Predicate predicate, Predicate governor, int k,
                      PatternMatcher.Match match, EventType type, boolean reportedFuture, SubjectFinder subjects,
                      List<Extraction> out) {
        int verbStart = sentence.token(predicate.groupStart()).start();
        int verbEnd = sentence.token(Math.max(predicate.head(), match.end() - 1)).end();
        String verbText = sentence.text().substring(verbStart - sentence.start(), verbEnd - sentence.start());
        Discard.Reason reason = null;
        boolean negationCoded = predicate.negated()
                && type.cameo().equals(conventions.negated(match.pattern().cameo()));
        if (CodeDecisions.refusal(predicate) && !predicate.infinitive() || negationCoded) {
            reason = null; // already coded as the refusal or the negated act
        } else if (predicate.negated() || governor != null && governor.negated() && conventions.negationGoverns()) {
            reason = Discard.Reason.NEGATED;
        } else if (!conventions.codesModalActs() && (CodeDecisions.uncertain(predicate)
                && !CodeDecisions.conditional(sentence, predicate) && !reportedFuture
                || governor != null && CodeDecisions.uncertain(governor))) {
            reason = Discard.Reason.HYPOTHETICAL;
        }
        List<ActorMention> sources;
        List<ActorMention> targets;
        if (match.source() != null) {
            // "received money from X": the pattern's source slot acts on the subject.
            sources = subjects.withFollowing(match.source());
            targets = subjects.subjectsOf(k);
        } else if (predicate.passive()) {
            sources = subjects.passiveAgent(predicate);
            targets = subjects.subjectsOf(k);
            if (sources.isEmpty() && conventions.sourceAfterAgentlessPassive()) {
                ActorMention after = subjects.firstActorAfter(predicate.head() + 1, match.end(), targets);
                sources = after == null ? List.of() : List.of(after);
            } else if (sources.isEmpty() && "17".equals(type.root())) {
                // "was arrested in Lebanon": coercion with no agent named is the state's where it happened.
                ActorMention place = subjects.firstActorAfter(predicate.head() + 1, match.end(), targets);
                if (place != null && place.code().length() == 3 && subjects.isLocative(place)) {
                    sources = List.of(place);
                }
            }
        } else {
            sources = subjects.subjectsOf(k);
            // "met again in Doha": where they met, not whom.
            boolean placeOfMeeting = match.target() != null && meetingPlace(type, match.target(), subjects);
            if (match.target() != null && !placeOfMeeting) {
                ActorMention target = match.target();
                if (PatternMatcher.isPossessive(sentence, target) && sources.stream()
                        .anyMatch(s -> s.code().equals(target.code()))) {
                    // "renewed his licence in Bree": the subject owns the object; an actor further on is the target.
                    ActorMention further = subjects.firstActorAfter(target.endToken(), match.end(), sources);
                    targets = subjects.withFollowing(further == null ? target : further);
                } else {
                    targets = subjects.withFollowing(target);
                }
            } else {
                // The pattern named no slot, or its slot was empty: the actor of the object or of a following
                // prepositional phrase in the same clause is the target ("rejected a U.S. request", "imposed a
                // curfew in Algiers"), as CAMEO coders take it.
                ActorMention object = "01".equals(type.root()) ? null
                        : subjects.firstActorAfter(predicate.head() + 1, match.end(), sources);
                if (object != null && meetingPlace(type, object, subjects)) {
                    object = null;
                }
                targets = object == null ? List.of() : subjects.withFollowing(object);
            }
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
        if (targets.isEmpty() && sources.size() > 1 && (match.pattern().hasTarget() || reciprocal(type))) {
            for (ActorMention source : sources) {
                for (ActorMention other : sources) {
                    if (source != other && !source.code().equals(other.code())) {
                        add(out, new CodedEvent(document.id(), sentence.index(), source, other, type, storyDate,
                                null, verbText, verbStart, verbEnd, match.pattern().text(), sentence.text()),
                                match.pattern());
                    }
                }
            }
            return;
        }
        for (ActorMention source : sources) {
            if (targets.isEmpty() && conventions.requiresTarget()) {
                out.add(new Discard(sentence.index(), verbText, type.cameo(), Discard.Reason.NO_TARGET));
            } else if (targets.isEmpty()) {
                out.add(new CodedEvent(document.id(), sentence.index(), source, null, type, storyDate, null,
                        verbText, verbStart, verbEnd, match.pattern().text(), sentence.text()));
            }
            for (ActorMention target : targets) {
                if (target.code().equals(source.code()) || !target.disjoint(source)) {
                    out.add(new Discard(sentence.index(), verbText, type.cameo(), Discard.Reason.SAME_ACTOR));
                    continue;
                }
                add(out, new CodedEvent(document.id(), sentence.index(), source, target, type, storyDate, null,
                        verbText, verbStart, verbEnd, match.pattern().text(), sentence.text()), match.pattern());
            }
        }
    }

    /**
     * Adds an event and, under PETRARCH's conventions, the same event seen from its target when the pattern gives
     * the code for it ({@code [042:043]}: a visit is hosted) and the event kept the pattern's own code.
     */
    private void add(List<Extraction> out, CodedEvent event, VerbPattern pattern) {
        out.add(event);
        if (conventions.reciprocalContacts() && pattern.reverse() != null && event.target() != null
                && event.type().cameo().equals(pattern.cameo())) {
            out.add(new CodedEvent(event.docId(), event.sentence(), event.target(), event.source(),
                    codebook.get(pattern.reverse()), event.date(), event.location(), event.verbText(),
                    event.verbStart(), event.verbEnd(), event.pattern(), event.text()));
        }
    }
}
