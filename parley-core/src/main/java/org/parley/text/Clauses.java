package org.parley.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.api.Sentence;
import org.parley.api.Token;

/**
 * A shallow clause segmentation of an analysed sentence: which tokens belong to the main clause, to clauses
 * coordinated with it (", and then ...", "; ..."), and to the relative, adverbial and complement clauses below it
 * ("..., which broke down in 2012", "since it won elections", "said that ..."). The time and place stages use it to
 * tell which predicate a time or place phrase modifies: "in 2012" inside a relative clause does not date the main
 * verb.
 *
 * <p>Built from words and punctuation in one left-to-right pass, like the event stage's clause analysis: a
 * relative or adverbial clause closes at the next comma, a complement clause at a coordinating ", and/but". Immutable.
 */
public final class Clauses {
    /** The role of a clause in its sentence. */
    public enum Kind { MAIN, COORDINATE, RELATIVE, ADVERBIAL, COMPLEMENT }

    /**
     * One clause.
     *
     * @param kind   its role
     * @param parent the clause it hangs from (for a coordinate clause, the one before it), or -1 for none
     */
    public record Clause(Kind kind, int parent) {
    }

    private static final Set<String> RELATIVE = Set.of("which", "who", "whom", "whose");
    private static final Set<String> ADVERBIAL = Set.of("when", "because", "while", "although", "though", "whereas",
            "unless", "if", "once", "whenever");
    /** Words that are prepositions before a noun phrase and subordinators before a clause. */
    private static final Set<String> PREPOSITIONAL = Set.of("after", "before", "since", "until", "till");
    private static final Set<String> COORDINATORS = Set.of("and", "but", "yet");
    private static final Set<String> NOUNS = Set.of("NOUN", "PROPN", "NUM", "PRON");

    private final List<Clause> clauses;
    private final int[] clauseOf;

    private Clauses(List<Clause> clauses, int[] clauseOf) {
        this.clauses = List.copyOf(clauses);
        this.clauseOf = clauseOf;
    }

    /** Segments a sentence. */
    public static Clauses of(Sentence sentence) {
        int n = sentence.size();
        List<Clause> clauses = new ArrayList<>();
        int[] clauseOf = new int[n];
        clauses.add(new Clause(Kind.MAIN, -1));
        Deque<Integer> open = new ArrayDeque<>();
        open.push(0);
        String[] lower = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = lower(sentence.token(i));
        }
        for (int i = 0; i < n; i++) {
            String word = lower[i];
            if (word.equals(";")) {
                clauses.add(new Clause(Kind.MAIN, -1));
                open.clear();
                open.push(clauses.size() - 1);
            } else if (word.equals(",")) {
                // A relative or adverbial clause ends at the next comma: "Hamas, which won in 2006, said ...".
                while (open.size() > 1 && closesAtComma(clauses.get(open.peek()).kind())) {
                    open.pop();
                }
            } else if (startsCoordinate(sentence, lower, i)) {
                int top = open.peekLast();
                clauses.add(new Clause(Kind.COORDINATE, top));
                open.clear();
                open.push(clauses.size() - 1);
            } else {
                Kind kind = subordinate(sentence, lower, i);
                if (kind != null) {
                    clauses.add(new Clause(kind, open.peek()));
                    open.push(clauses.size() - 1);
                }
            }
            clauseOf[i] = open.peek();
        }
        return new Clauses(clauses, clauseOf);
    }

    /** The clause a token belongs to. */
    public int clauseOf(int token) {
        return clauseOf[token];
    }

    /** A clause by its index. */
    public Clause clause(int index) {
        return clauses.get(index);
    }

    /** The number of clauses. */
    public int size() {
        return clauses.size();
    }

    /** The clause of a token, then the clauses it hangs from, innermost first. */
    public List<Integer> scope(int token) {
        List<Integer> chain = new ArrayList<>(4);
        for (int c = clauseOf[token]; c >= 0; c = clauses.get(c).parent()) {
            chain.add(c);
        }
        return chain;
    }

    private static boolean closesAtComma(Kind kind) {
        return kind == Kind.RELATIVE || kind == Kind.ADVERBIAL;
    }

    /** ", and then ...", ", but called ...", "and then": a new clause at the level of the main one. */
    private static boolean startsCoordinate(Sentence sentence, String[] lower, int i) {
        String word = lower[i];
        if (!COORDINATORS.contains(word)) {
            return false;
        }
        boolean afterComma = i > 0 && lower[i - 1].equals(",");
        boolean then = i + 1 < sentence.size() && lower[i + 1].equals("then");
        // ", and Jordan." joins noun phrases; a clause has a verb of its own before the next comma.
        return (afterComma || then) && verbAhead(sentence, i + 1);
    }

    private static Kind subordinate(Sentence sentence, String[] lower, int i) {
        Token token = sentence.token(i);
        String word = lower[i];
        if (RELATIVE.contains(word)) {
            return Kind.RELATIVE;
        }
        if (word.equals("where") && i > 0 && (lower[i - 1].equals(",")
                || NOUNS.contains(sentence.token(i - 1).pos()))) {
            return Kind.RELATIVE;
        }
        if (word.equals("that") && !"DET".equals(token.pos()) && i > 0) {
            return NOUNS.contains(sentence.token(i - 1).pos()) ? Kind.RELATIVE : Kind.COMPLEMENT;
        }
        if (word.equals("whether")) {
            return Kind.COMPLEMENT;
        }
        if (ADVERBIAL.contains(word)) {
            return Kind.ADVERBIAL;
        }
        if (PREPOSITIONAL.contains(word) && verbAhead(sentence, i + 1)) {
            return Kind.ADVERBIAL;
        }
        return null;
    }

    /** True when a verb comes before the next punctuation: "after the talks in Geneva collapsed". */
    private static boolean verbAhead(Sentence sentence, int from) {
        for (int j = from; j < sentence.size(); j++) {
            Token t = sentence.token(j);
            if ("PUNCT".equals(t.pos())) {
                return false;
            }
            if ("VERB".equals(t.pos()) || "AUX".equals(t.pos())) {
                return true;
            }
        }
        return false;
    }

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
