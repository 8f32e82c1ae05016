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
    /** Verbs whose gerund complement is what they report, not an event: "accused Israel of attacking". */
    private static final Set<String> REPORTING = Set.of("accuse", "blame", "charge", "deny", "suspect", "condemn",
            "criticize", "criticise", "praise", "thank", "commend", "credit", "fault", "denounce", "admit", "allege",
            "convict", "sentence", "arrest", "punish", "apologize", "apologise", "forgive");

    /** Meeting codes whose "in X" names the place, not the partner. */
    private static final Set<String> MEETINGS = Set.of("040", "043", "044", "046", "036");

    /** Verbs after which "would" reports a decision taken: "announced it would prohibit aid". */
    private static final Set<String> DECISIONS = Set.of("announce", "decide", "declare", "confirm", "order", "rule");

    /** Nouns whose infinitive complement is agreed or promised. */
    private static final Set<String> AGREEMENT_NOUNS = Set.of("consensus", "agreement", "accord", "deal", "pledge",
            "promise", "commitment", "undertaking", "understanding");

    /** Adjectives that announce the infinitive after them. */
    private static final Set<String> READINESS = Set.of("willing", "ready", "prepared", "determined", "eager", "keen",
            "poised");

    /** Time adverbs the tagger often calls nouns: "threatened today to strike". */
    private static final Set<String> TIME_WORDS = Set.of("today", "yesterday", "tonight", "tomorrow", "again", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on");

    /** Verbs that report speech, whose "X must" complement is a demand. */
    private static final Set<String> SPEECH = Set.of("say", "tell", "insist", "state", "declare", "stress", "add",
            "argue", "maintain", "reiterate", "write", "announce", "assert", "emphasize", "emphasise", "urge");

    private final VerbPatternDictionary patterns;
    private final CameoCodebook codebook;
    private final NonPoliticalFilter nonPolitical;
    private final Intentions intentions;
    private final CodingConventions conventions;
    private final ClauseAnalyzer clauses = new ClauseAnalyzer();

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
        this.intentions = new Intentions(codebook);
    }

    @Override
    public List<Extraction> code(Document document, Sentence sentence, List<ActorMention> actors) {
        if (actors.isEmpty()) {
            return List.of();
        }
        List<Predicate> predicates = outsideActors(clauses.predicates(sentence), actors);
        int n = predicates.size();
        PatternMatcher.Match[] matches = new PatternMatcher.Match[n];
        for (int k = 0; k < n; k++) {
            Predicate predicate = predicates.get(k);
            matches[k] = PatternMatcher.bestMatch(candidates(sentence.token(predicate.head())), sentence,
                    predicate.head(), actors, predicate.passive());
            if (!predicate.passive() && (matches[k] == null || matches[k].pattern().cameo().startsWith("01"))
                    && NominalEvents.LIGHT_VERBS.contains(lemma(sentence, predicate))) {
                PatternMatcher.Match nominal = nominalMatch(sentence, predicate, actors);
                if (nominal != null) {
                    matches[k] = nominal;
                }
            }
        }
        String[] codes = decideCodes(sentence, predicates, matches);
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
            boolean reported = reportedFuture(sentence, predicates, k) != null;
            code(document, sentence, predicates.get(k), governor, k, matches[k], codebook.get(codes[k]), reported,
                    subjects, out);
        }
        if (cue == null || cue.isEmpty()) {
            reportedDemands(document, sentence, predicates, subjects, out);
        }
        if (conventions.reciprocalContacts()) {
            out = withReciprocalContacts(out);
        }
        return withoutRepeats(out);
    }

    /**
     * The code each predicate is coded with, or {@code null}: an infinitive after "pledged"/"agreed" becomes an
     * intent and one after "threatened" a threat, replacing the governing verb's own generic code; the future tense
     * announces; the gerund after "accused ... of" is the content of a report, not an event.
     */
    private String[] decideCodes(Sentence sentence, List<Predicate> predicates, PatternMatcher.Match[] matches) {
        int n = predicates.size();
        String[] codes = new String[n];
        for (int k = 0; k < n; k++) {
            // A pattern that codes nothing ("pass away") matched: the predicate is no event.
            if (matches[k] != null && !matches[k].pattern().codesNothing()) {
                codes[k] = matches[k].pattern().cameo();
            }
        }
        for (int k = 0; k < n; k++) {
            Predicate predicate = predicates.get(k);
            if (codes[k] == null) {
                continue;
            }
            if (reportedContent(sentence, predicates, k) || demandedContent(sentence, predicates, codes, k)) {
                codes[k] = null;
                continue;
            }
            if (predicate.infinitive() && k > 0) {
                // Only an infinitive right after the verb is its complement ("refused to meet"); after an object
                // it completes a noun ("rejected a U.S. request to interrogate") and the verb's own event stands.
                String governor = adjacent(sentence, predicates.get(k - 1), predicate)
                        ? lemma(sentence, predicates.get(k - 1)) : "";
                if (governor.isEmpty() && afterAgreementNoun(sentence, predicate)) {
                    governor = "agree"; // "reached a consensus to exchange information", "signed a pledge to help"
                }
                if (Intentions.REFUSAL_VERBS.contains(governor)) {
                    codes[k] = intentions.refused(codes[k]);
                    codes[k - 1] = null;
                } else if (Intentions.THREAT_VERBS.contains(governor)) {
                    codes[k] = intentions.threatened(codes[k]);
                    codes[k - 1] = null;
                } else if (Intentions.TRANSPARENT_VERBS.contains(governor)) {
                    codes[k - 1] = null; // "decided to allow": the act itself
                } else if (Intentions.INTENT_VERBS.contains(governor)) {
                    codes[k] = intentions.announced(codes[k]);
                    codes[k - 1] = null;
                } else if (codes[k - 1] != null) {
                    codes[k] = null; // "urged Israel to halt": the governing verb already coded the event
                }
            } else if (predicate.infinitive() && conventions.futureAsIntent() && ready(sentence, predicate)) {
                codes[k] = intentions.announced(codes[k]); // "is willing to send", "stands ready to help"
            } else if (conditional(sentence, predicate)) {
                codes[k] = intentions.threatened(codes[k]); // "will boycott the elections unless ..."
            } else if (refusal(predicate)) {
                codes[k] = intentions.refused(codes[k]); // "will not meet", "would not meet their demands"
            } else if (conventions.futureAsIntent() && (predicate.modality() == Predicate.Modality.FUTURE
                    || reportedFuture(sentence, predicates, k) == Predicate.Modality.FUTURE)) {
                codes[k] = intentions.announced(codes[k]);
            }
        }
        return codes;
    }

    private static boolean adjacent(Sentence sentence, Predicate governor, Predicate infinitive) {
        for (int i = governor.head() + 1; i < infinitive.groupStart(); i++) {
            Token token = sentence.token(i);
            if (!"ADV".equals(token.pos()) && !TIME_WORDS.contains(token.text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean uncertain(Predicate predicate) {
        return predicate.modality() == Predicate.Modality.HYPOTHETICAL
                || predicate.modality() == Predicate.Modality.OBLIGATION;
    }

    /**
     * "Russia said that Sudan must return the helicopter": a speaker saying another actor must or should act makes
     * a demand of it (CAMEO 10), whatever the act.
     */
    private void reportedDemands(Document document, Sentence sentence, List<Predicate> predicates,
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
                if (predicates.get(j).head() < m && SPEECH.contains(lemma(sentence, predicates.get(j)))) {
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

    /** "will boycott unless", "may halt mediation if": an announced act on a condition is a threat. */
    private static boolean conditional(Sentence sentence, Predicate predicate) {
        if (predicate.negated() || predicate.modality() != Predicate.Modality.FUTURE
                && predicate.modality() != Predicate.Modality.HYPOTHETICAL) {
            return false;
        }
        for (int i = predicate.head() + 1; i < sentence.size(); i++) {
            String word = sentence.token(i).text().toLowerCase(Locale.ROOT);
            if ("unless".equals(word) || "if".equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** "demanded that its partners refuse to recognize X": what is demanded is not itself an event. */
    private static boolean demandedContent(Sentence sentence, List<Predicate> predicates, String[] codes, int k) {
        for (int j = k - 1; j >= 0; j--) {
            if (codes[j] == null || !(codes[j].startsWith("02") || codes[j].startsWith("10"))) {
                continue;
            }
            for (int i = predicates.get(j).head() + 1; i < predicates.get(k).groupStart(); i++) {
                if ("that".equalsIgnoreCase(sentence.token(i).text())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** PETRARCH's practice: a visit is also hosted (043) and a meeting is met back (040). */
    private List<Extraction> withReciprocalContacts(List<Extraction> extractions) {
        List<Extraction> all = new ArrayList<>(extractions);
        for (Extraction x : extractions) {
            if (x instanceof CodedEvent e && e.target() != null
                    && ("042".equals(e.type().cameo()) || "040".equals(e.type().cameo()))) {
                EventType back = codebook.get("042".equals(e.type().cameo()) ? "043" : "040");
                all.add(new CodedEvent(e.docId(), e.sentence(), e.target(), e.source(), back, e.date(), e.location(),
                        e.verbText(), e.verbStart(), e.verbEnd(), e.pattern(), e.text()));
            }
        }
        return all;
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

    /** A negated modal, "will not", "would not", "cannot": a refusal rather than a mere absence of the act. */
    private static boolean refusal(Predicate predicate) {
        return predicate.negated() && (predicate.modality() == Predicate.Modality.FUTURE
                || predicate.modality() == Predicate.Modality.HYPOTHETICAL);
    }

    /** "accused Israel of attacking", "denied attacking": a gerund after a reporting verb. */
    private boolean reportedContent(Sentence sentence, List<Predicate> predicates, int k) {
        Predicate predicate = predicates.get(k);
        if (k == 0 || !sentence.token(predicate.head()).text().toLowerCase().endsWith("ing")) {
            return false;
        }
        String governor = lemma(sentence, predicates.get(k - 1));
        if (!REPORTING.contains(governor)) {
            return false;
        }
        int before = predicate.groupStart() - 1;
        if (before < 0) {
            return false;
        }
        String word = sentence.token(before).text().toLowerCase();
        return "of".equals(word) || "for".equals(word) || before == predicates.get(k - 1).head();
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

    /**
     * "said they would blockade Paris": "would" after a speech verb is the future seen from the past, an
     * announcement; after "announced" or "decided" it reports the decision itself, so the act is coded. Returns the
     * modality to code with, or {@code null} when the rule does not apply.
     */
    private Predicate.Modality reportedFuture(Sentence sentence, List<Predicate> predicates, int k) {
        Predicate predicate = predicates.get(k);
        if (predicate.modality() != Predicate.Modality.HYPOTHETICAL || predicate.negated()) {
            return null;
        }
        boolean would = false;
        for (int i = predicate.groupStart(); i < predicate.head(); i++) {
            String word = sentence.token(i).text().toLowerCase(Locale.ROOT);
            would |= "would".equals(word) || "'d".equals(word);
        }
        if (!would) {
            return null;
        }
        for (int j = k - 1; j >= 0; j--) {
            String verb = lemma(sentence, predicates.get(j));
            if (DECISIONS.contains(verb)) {
                return Predicate.Modality.FACTUAL;
            }
            if (SPEECH.contains(verb) || Intentions.THREAT_VERBS.contains(verb)) {
                return Predicate.Modality.FUTURE;
            }
        }
        return null;
    }

    /** The infinitive completes a noun of agreement or promise: "a consensus to", "an agreement to". */
    private static boolean afterAgreementNoun(Sentence sentence, Predicate infinitive) {
        int before = infinitive.groupStart() - 1;
        return before >= 0 && AGREEMENT_NOUNS.contains(sentence.token(before).lemma());
    }

    /** "willing to", "ready to", "prepared to": an adjective that announces the infinitive after it. */
    private static boolean ready(Sentence sentence, Predicate infinitive) {
        int before = infinitive.groupStart() - 1;
        return before >= 0 && READINESS.contains(sentence.token(before).text().toLowerCase(Locale.ROOT));
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
     * The patterns for a verb: by its lemma, else by the word itself, because the statistical lemmatizer now and then
     * returns a non-word ("abandon" gives "aband"); a dictionary that knows inflected forms maps "abandoned" too.
     */
    private List<VerbPattern> candidates(Token verb) {
        return patterns.forHead(head(verb));
    }

    /** The verb's dictionary head: its lemma when known, else the word, else a regular base form of it. */
    private String head(Token verb) {
        if (!patterns.forHead(verb.lemma()).isEmpty()) {
            return verb.lemma();
        }
        String word = verb.text().toLowerCase(Locale.ROOT);
        if (!patterns.forHead(word).isEmpty()) {
            return word;
        }
        for (String base : VerbForms.baseForms(word)) {
            if (!patterns.forHead(base).isEmpty()) {
                return base;
            }
        }
        return verb.lemma();
    }

    private String lemma(Sentence sentence, Predicate predicate) {
        Token verb = sentence.token(predicate.head());
        String head = head(verb);
        if (!head.equals(verb.lemma()) || verb.lemma().length() < verb.text().length()) {
            return head;
        }
        // Governing verbs such as "vowed" need not head a pattern themselves.
        List<String> bases = VerbForms.baseForms(verb.text());
        for (String base : bases) {
            if (Intentions.INTENT_VERBS.contains(base) || Intentions.THREAT_VERBS.contains(base)
                    || Intentions.REFUSAL_VERBS.contains(base) || REPORTING.contains(base)) {
                return base;
            }
        }
        return head;
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
        if (refusal(predicate) && !predicate.infinitive()) {
            reason = null; // already coded as the refusal
        } else if (predicate.negated() || governor != null && governor.negated()) {
            reason = Discard.Reason.NEGATED;
        } else if (uncertain(predicate) && !conditional(sentence, predicate) && !reportedFuture
                || governor != null && uncertain(governor)) {
            reason = Discard.Reason.HYPOTHETICAL;
        }
        List<ActorMention> sources;
        List<ActorMention> targets;
        if (predicate.passive()) {
            sources = subjects.passiveAgent(predicate);
            targets = subjects.subjectsOf(k);
            if (sources.isEmpty() && "17".equals(type.root())) {
                // "was arrested in Lebanon": coercion with no agent named is the state's where it happened.
                ActorMention place = subjects.firstActorAfter(predicate.head() + 1, match.end(), targets);
                if (place != null && place.code().length() == 3 && subjects.isLocative(place)) {
                    sources = List.of(place);
                }
            }
        } else {
            sources = subjects.subjectsOf(k);
            // "met again in Doha": where they met, not whom.
            boolean placeOfMeeting = match.target() != null && MEETINGS.contains(type.cameo())
                    && subjects.isLocative(match.target());
            if (match.target() != null && !placeOfMeeting) {
                targets = subjects.withFollowing(match.target());
            } else {
                // The pattern named no slot, or its slot was empty: the actor of the object or of a following
                // prepositional phrase in the same clause is the target ("rejected a U.S. request", "imposed a
                // curfew in Algiers"), as CAMEO coders take it.
                ActorMention object = "01".equals(type.root()) ? null
                        : subjects.firstActorAfter(predicate.head() + 1, match.end(), sources);
                if (object != null && MEETINGS.contains(type.cameo()) && subjects.isLocative(object)) {
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
                        out.add(new CodedEvent(document.id(), sentence.index(), source, other, type, storyDate, null,
                                verbText, verbStart, verbEnd, match.pattern().text(), sentence.text()));
                    }
                }
            }
            return;
        }
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
