package org.parley.event;

import java.util.ArrayList;
import java.util.List;
import org.parley.api.Sentence;
import org.parley.api.Token;

/** Sentences tagged by hand, as the tagger sometimes tags them, for tests of what reads the tags. */
final class TaggedSentences {
    private TaggedSentences() {
    }

    /** A sentence of "word/POS" or "word/POS/lemma" tokens; without a lemma, the word's lower case is its lemma. */
    static Sentence of(String... tokens) {
        List<Token> list = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String spec : tokens) {
            String[] parts = spec.split("/");
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(parts[0]);
            list.add(new Token(parts[0], start, text.length(), parts[1],
                    parts.length > 2 ? parts[2] : parts[0].toLowerCase()));
        }
        return new Sentence(0, 0, text.length(), text.toString(), list);
    }
}
