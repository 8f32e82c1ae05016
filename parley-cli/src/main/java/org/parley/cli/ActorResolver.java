package org.parley.cli;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.parley.actor.ActorDictionary;
import org.parley.actor.ActorEntry;
import org.parley.actor.BuiltInActors;
import org.parley.actor.WordwiseSplitter;
import org.parley.dictionary.InvalidDictionaryException;
import org.parley.store.ActorSelection;
import org.parley.store.Dyad;
import org.parley.store.EventStore;
import org.parley.store.StoreException;

/**
 * Turns what a user types for an actor ("RUS", "HMS", "Russia", "Hamas", "Putin") into a CAMEO code through Parley's
 * built-in actor dictionary, then into the stored actors it stands for.
 */
final class ActorResolver {
    private final ActorDictionary dictionary;

    private ActorResolver(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * The resolver over the built-in actor tables. Names are split at blanks and punctuation: the argument and the
     * dictionary phrases are split alike, which is all a lookup of whole names needs (no tokenizer model to load).
     */
    static ActorResolver builtIn() throws InvalidDictionaryException {
        ActorDictionary.Builder builder = new ActorDictionary.Builder(
                new WordwiseSplitter(word -> Arrays.asList(word.split("(?<=\\p{Punct})|(?=\\p{Punct})"))));
        return new ActorResolver(BuiltInActors.addTo(builder).build());
    }

    /**
     * The CAMEO code an argument names: a code as given (capitals, 3-letter chunks), else the dictionary's first
     * stand-alone meaning of the name, preferring one valid today.
     *
     * @throws IllegalArgumentException when it is neither
     */
    String code(String argument) {
        String arg = argument.strip();
        if (arg.equals(arg.toUpperCase(Locale.ROOT)) && ActorEntry.isCode(arg)) {
            return arg;
        }
        List<ActorEntry> meanings = dictionary.meanings(Arrays.asList(arg.split("\\s+|(?<=\\p{Punct})|(?=\\p{Punct})")))
                .stream().filter(ActorEntry::standsAlone).toList();
        LocalDate today = LocalDate.now();
        return meanings.stream().filter(e -> e.validOn(today)).findFirst().or(() -> meanings.stream().findFirst())
                .map(ActorEntry::code).orElseThrow(() -> new IllegalArgumentException("unknown actor '" + argument
                        + "': neither a CAMEO code (RUS, PSEREBHMS) nor a name in the actor dictionary"));
    }

    /** The dyad of two arguments, against the actors a store holds. */
    Dyad dyad(EventStore store, String a, String b) throws StoreException {
        String codeA = code(a);
        String codeB = code(b);
        var stored = store.actors();
        return new Dyad(ActorSelection.of(codeA, stored), ActorSelection.of(codeB, stored));
    }
}
