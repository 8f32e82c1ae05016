package org.parley.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.actor.ActorEntry.Kind;
import org.parley.api.ActorMention;
import org.parley.api.ActorRecognizer;
import org.parley.api.Document;
import org.parley.api.Sentence;

/**
 * Recognises actors by matching the dictionary phrase trie over each sentence, then composing neighbouring pieces
 * into one actor the way CAMEO does: "Russian" + "Deputy Foreign Minister" + an unknown name is {@code RUSGOV};
 * "Hamas's chief, Ismail Haniya" is Hamas; "Palestinian militants" is {@code PSEREB}. A person introduced with a
 * title or affiliation is remembered for the rest of the document, so that "Bogdanov said" resolves later.
 * People of a place the dictionary does not know ("residents of Aleppo") take the country a {@link PlaceLookup}
 * gives ({@link PlaceRoles}).
 */
public final class DictionaryActorRecognizer implements ActorRecognizer {
    private final ActorDictionary dictionary;
    private final ActorNames names;
    private final PlaceRoles placeRoles;

    public DictionaryActorRecognizer(ActorDictionary dictionary, ActorNames names) {
        this(dictionary, names, PlaceLookup.NONE);
    }

    public DictionaryActorRecognizer(ActorDictionary dictionary, ActorNames names, PlaceLookup places) {
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
        this.names = Objects.requireNonNull(names, "names");
        this.placeRoles = new PlaceRoles(places);
    }

    @Override
    public Reading open(Document document) {
        return new DocumentReading(document.date());
    }

    /** The recognizer's state for one document: the names it has learned so far. */
    private final class DocumentReading implements Reading {
        private final LocalDate date;
        private final Map<String, ActorEntry> learned = new HashMap<>();
        private final Coreference coreference = new Coreference();
        /**
         * What {@link #mayMention} computed for the sentence it read last (its words, their keys, and the dictionary
         * match at each start it looked at), for {@link #recognize} to reuse when it gets the same sentence tagged.
         */
        private String[] readWords;
        private String[] readKeys;
        private ActorDictionary.Match[] readMatches;
        private boolean[] readLooked;

        DocumentReading(LocalDate date) {
            this.date = date;
        }

        /**
         * Yes when a dictionary phrase or a learned name occurs, or a word that may refer back (a pronoun, a
         * description's head). Otherwise {@link #findPieces} finds nothing, so nothing is composed or learned, and
         * {@link Coreference#resolve} finds no anaphor, so it remembers nothing: none of this needs the tags.
         */
        @Override
        public boolean mayMention(Sentence untagged) {
            read(untagged);
            String[] keys = readKeys;
            String[] words = readWords;
            for (int i = 0; i < keys.length; i++) {
                if (learned.containsKey(keys[i]) || Coreference.mayRefer(words[i])) {
                    return true;
                }
            }
            for (int i = 0; i < keys.length; i++) {
                readLooked[i] = true;
                readMatches[i] = dictionary.longestAt(keys, words, i);
                if (readMatches[i] != null) {
                    return true;
                }
            }
            return false;
        }

        /** Keys the sentence's words and forgets the dictionary matches of the sentence read before. */
        private void read(Sentence sentence) {
            int n = sentence.size();
            readWords = new String[n];
            readKeys = new String[n];
            readMatches = new ActorDictionary.Match[n];
            readLooked = new boolean[n];
            for (int i = 0; i < n; i++) {
                readWords[i] = sentence.token(i).text();
                readKeys[i] = PhraseKey.of(readWords[i]);
            }
        }

        /** Whether the sentence has exactly the words (the same strings) of the sentence read last. */
        private boolean readBefore(Sentence sentence) {
            if (readWords == null || readWords.length != sentence.size()) {
                return false;
            }
            for (int i = 0; i < readWords.length; i++) {
                if (readWords[i] != sentence.token(i).text()) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public List<ActorMention> recognize(Sentence sentence) {
            // Tagging keeps the token strings, so the keys and matches of mayMention on the untagged sentence hold.
            if (!readBefore(sentence)) {
                read(sentence);
            }
            List<Piece> pieces = findPieces(sentence, readKeys, readWords, readMatches, readLooked);
            readWords = null;
            return coreference.resolve(sentence, distributeRoles(sentence, compose(sentence, pieces)));
        }

        private List<Piece> findPieces(Sentence sentence, String[] keys, String[] words,
                                       ActorDictionary.Match[] matches, boolean[] looked) {
            List<Piece> pieces = new ArrayList<>();
            int i = 0;
            while (i < keys.length) {
                ActorDictionary.Match match = looked[i] ? matches[i] : dictionary.longestAt(keys, words, i);
                ActorEntry best = match == null ? null : preferred(match.entries());
                if (best != null && outOfOffice(best) && !Character.isUpperCase(words[i].charAt(0))) {
                    best = null; // an office holder's name out of office must look like a name: not "rice", "moi"
                }
                if (best != null) {
                    if (best.kind() != Kind.EXCLUDED) {
                        pieces.add(new Piece(match.start(), match.end(), best));
                    }
                    i = match.end();
                    continue;
                }
                ActorEntry known = learned.get(keys[i]);
                if (known != null && "PROPN".equals(sentence.token(i).pos())) {
                    pieces.add(new Piece(i, i + 1, known));
                }
                i++;
            }
            return pieces;
        }

        /** A person's undated entry, which stands for their country when none of their terms applies. */
        private boolean outOfOffice(ActorEntry entry) {
            return entry.kind() == Kind.PERSON && entry.from() == null && entry.until() == null;
        }

        /** The most specific meaning valid on the story date: a person over a group over a country over a role. */
        private ActorEntry preferred(List<ActorEntry> entries) {
            ActorEntry best = null;
            for (ActorEntry entry : entries) {
                if (!entry.validOn(date)) {
                    continue;
                }
                if (best == null || priority(entry.kind()) > priority(best.kind())) {
                    best = entry;
                }
            }
            return best;
        }

        private List<Coreference.Antecedent> compose(Sentence sentence, List<Piece> pieces) {
            List<Coreference.Antecedent> mentions = new ArrayList<>();
            int p = 0;
            while (p < pieces.size()) {
                int q = p;
                while (q + 1 < pieces.size() && PhraseGlue.joins(sentence, pieces.get(q), pieces.get(q + 1))) {
                    q++;
                }
                List<Piece> phrase = pieces.subList(p, q + 1);
                ActorEntry actor = names.compose(phrase);
                if (actor == null && q + 1 < pieces.size() && PhraseGlue.placeOfRole(sentence, phrase, pieces.get(q + 1))) {
                    // "opposition parties in Nepal", "demonstrators in Baghdad": a bare role takes the place after it.
                    q++;
                    phrase = pieces.subList(p, q + 1);
                    actor = names.compose(phrase);
                }
                if (actor == null) {
                    // "President Bush", "Prime Minister Chaudhry": a title before a listed office holder's surname.
                    List<Piece> titled = titledSurname(sentence, phrase);
                    if (titled != null) {
                        phrase = titled;
                        actor = names.compose(phrase);
                        Piece name = titled.get(titled.size() - 1);
                        learn(sentence, name.start(), name.end(), actor);
                    }
                }
                if (actor == null) {
                    // "residents of Aleppo": a place the dictionary does not know, after a role of its people.
                    List<Piece> placed = placeRoles.withPlace(sentence, phrase,
                            q + 1 < pieces.size() ? pieces.get(q + 1) : null);
                    if (placed != null) {
                        phrase = placed;
                        actor = names.compose(phrase);
                    }
                }
                if (actor == null) {
                    // "Protesters rallied in Basra": a crowd is of the place where it acts.
                    List<Piece> placed = placeRoles.actingAt(sentence, phrase, pieces.subList(q + 1, pieces.size()));
                    if (placed != null) {
                        phrase = placed;
                        actor = names.compose(phrase);
                    }
                }
                int end = PhraseGlue.trailingName(sentence, phrase.get(phrase.size() - 1).end());
                if (actor != null) {
                    int start = phrase.get(0).start();
                    boolean named = end > phrase.get(phrase.size() - 1).end() && hasTitle(phrase);
                    if (named) {
                        learn(sentence, phrase.get(phrase.size() - 1).end(), end, actor);
                    } else {
                        end = phrase.get(phrase.size() - 1).end();
                    }
                    mentions.add(new Coreference.Antecedent(mention(sentence, actor, start, end),
                            named ? Coreference.Sort.PERSON : sortOf(sentence, phrase)));
                }
                p = q + 1;
            }
            return mentions;
        }

        /**
         * The phrase of titles only extended by the office holder whose surname ends the unknown name after it, or
         * {@code null}. Out of office, the holder's country takes the title's role: "President Bush" is
         * {@code USAGOV} whichever Bush is meant.
         */
        private List<Piece> titledSurname(Sentence sentence, List<Piece> phrase) {
            for (Piece piece : phrase) {
                if (piece.entry().kind() != Kind.AGENT) {
                    return null;
                }
            }
            int from = phrase.get(phrase.size() - 1).end();
            int end = PhraseGlue.trailingName(sentence, from);
            if (end == from) {
                return null;
            }
            List<String> name = new ArrayList<>(end - from);
            for (int i = from; i < end; i++) {
                name.add(sentence.token(i).text());
            }
            ActorEntry holder = dictionary.surnames().resolve(name, date);
            if (holder == null) {
                return null;
            }
            List<Piece> extended = new ArrayList<>(phrase);
            extended.add(new Piece(from, end, holder));
            return extended;
        }

        /**
         * "Hungarian and Romanian officials": the role of the last conjunct belongs to every bare country adjective
         * coordinated with it, so both are government actors.
         */
        private List<Coreference.Antecedent> distributeRoles(Sentence sentence, List<Coreference.Antecedent> found) {
            List<Coreference.Antecedent> out = new ArrayList<>(found);
            for (int i = out.size() - 2; i >= 0; i--) {
                ActorMention bare = out.get(i).mention();
                ActorMention next = out.get(i + 1).mention();
                // The tagger calls a demonym ADJ or PROPN; either way a one-word country mention before "and".
                boolean adjective = isModifier(sentence.token(bare.firstToken()).pos())
                        && bare.endToken() - bare.firstToken() == 1;
                boolean joined = next.firstToken() == bare.endToken() + 1
                        && ("and".equalsIgnoreCase(sentence.token(bare.endToken()).text())
                        || ",".equals(sentence.token(bare.endToken()).text()));
                if (adjective && joined && bare.code().length() == 3 && next.code().length() == 6
                        && isModifier(sentence.token(next.firstToken()).pos())) {
                    String code = bare.code() + next.code().substring(3);
                    out.set(i, new Coreference.Antecedent(new ActorMention(code, names.describe(code), bare.text(),
                            bare.firstToken(), bare.endToken(), bare.start(), bare.end()), out.get(i + 1).sort()));
                }
            }
            // "the ambassadors of France, Germany and Italy", "lawmakers in Chile and Peru": a role before its
            // country applies to the countries coordinated after it.
            for (int i = 0; i + 1 < out.size(); i++) {
                ActorMention lead = out.get(i).mention();
                if (lead.code().length() != 6 || !(lead.text().contains(" of ") || lead.text().contains(" in "))) {
                    continue;
                }
                String role = lead.code().substring(3);
                for (int j = i + 1; j < out.size(); j++) {
                    ActorMention previous = out.get(j - 1).mention();
                    ActorMention next = out.get(j).mention();
                    String joiner = previous.endToken() < sentence.size()
                            ? sentence.token(previous.endToken()).text() : "";
                    boolean joined = next.firstToken() == previous.endToken() + 1
                            && (",".equals(joiner) || "and".equalsIgnoreCase(joiner));
                    if (!joined || next.code().length() != 3) {
                        break;
                    }
                    String code = next.code() + role;
                    out.set(j, new Coreference.Antecedent(new ActorMention(code, names.describe(code), next.text(),
                            next.firstToken(), next.endToken(), next.start(), next.end()), out.get(i).sort()));
                }
            }
            return out;
        }

        private boolean isModifier(String pos) {
            return "ADJ".equals(pos) || "PROPN".equals(pos);
        }

        private boolean hasTitle(List<Piece> phrase) {
            for (Piece piece : phrase) {
                Kind kind = piece.entry().kind();
                if (kind == Kind.AGENT || kind == Kind.GROUP || kind == Kind.ORGANIZATION) {
                    return true;
                }
            }
            return false;
        }

        /** Remembers a newly introduced name: the whole name and its last word (the surname). */
        private void learn(Sentence sentence, int start, int end, ActorEntry actor) {
            ActorEntry person = new ActorEntry(actor.code(), actor.name(), Kind.PERSON, null, null);
            learned.putIfAbsent(PhraseKey.of(sentence.token(end - 1).text()), person);
        }
    }

    /** Role nouns that name an institution, which "it" refers to, rather than a person. */
    private static final java.util.Set<String> INSTITUTIONS = java.util.Set.of("government", "ministry", "administration",
            "cabinet", "regime", "army", "military", "police", "parliament", "council", "court", "party", "navy",
            "authorities", "forces", "force", "embassy", "office", "department", "agency", "legislature", "assembly",
            "junta", "coalition", "opposition", "media", "press", "judiciary", "leadership", "command", "service");

    /** The sort of a composed phrase, for pronoun agreement. */
    static Coreference.Sort sortOf(Sentence sentence, List<Piece> phrase) {
        for (Kind kind : new Kind[] {Kind.PERSON, Kind.GROUP, Kind.ORGANIZATION}) {
            for (Piece piece : phrase) {
                if (piece.entry().kind() == kind) {
                    return kind == Kind.PERSON ? Coreference.Sort.PERSON
                            : kind == Kind.GROUP ? Coreference.Sort.GROUP : Coreference.Sort.ORGANIZATION;
                }
            }
        }
        for (Piece piece : phrase) {
            if (piece.entry().kind() == Kind.AGENT) {
                String[] termWords = piece.entry().name().split(" ");
                if (INSTITUTIONS.contains(termWords[termWords.length - 1])) {
                    return Coreference.Sort.COUNTRY;
                }
                // The phrase's head is its last word: "Radical French farmers" is plural whatever "Radical" is.
                org.parley.api.Token last = sentence.token(phrase.get(phrase.size() - 1).end() - 1);
                String word = last.text().toLowerCase();
                boolean plural = word.endsWith("s") && !word.equals(last.lemma());
                return plural ? Coreference.Sort.PLURAL : Coreference.Sort.PERSON;
            }
        }
        return Coreference.Sort.COUNTRY;
    }

    private static int priority(Kind kind) {
        switch (kind) {
            case PERSON: return 7;
            case GROUP: return 6;
            case ORGANIZATION: return 5;
            case SEAT: return 4;
            case COUNTRY: return 3;
            case CAPITAL: return 2;
            case ADJECTIVE: return 1;
            default: return 0;
        }
    }

    static ActorMention mention(Sentence sentence, ActorEntry actor, int first, int end) {
        int start = sentence.token(first).start();
        int stop = sentence.token(end - 1).end();
        String text = sentence.text().substring(start - sentence.start(), stop - sentence.start());
        return new ActorMention(actor.code(), actor.name(), text, first, end, start, stop);
    }

    /** A dictionary phrase found in a sentence, with its chosen meaning. */
    record Piece(int start, int end, ActorEntry entry) {
    }
}
