package org.parley.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's maximum-entropy tokenizer with its decisions memoised per whitespace-separated chunk.
 *
 * <p>Why this is exact: {@code TokenizerME} first splits at whitespace, then decides every split inside a chunk from
 * features of that chunk alone (its characters, prefix, suffix, the abbreviation list), so a chunk always splits the
 * same way wherever it occurs. Running the model once per distinct chunk saves a model evaluation per character:
 * the tokenizer was a fifth of all coding time. The memo is bounded like {@link LemmaCache}: once full it stops
 * growing and rare chunks are tokenised each time.
 */
final class ChunkTokenizer {
    private static final int MAX_ENTRIES = 100_000;
    private static final int[] WHOLE = new int[0];

    private final ThreadSafeTokenizerME tokenizer;
    private final Map<String, int[]> cuts = new ConcurrentHashMap<>();

    ChunkTokenizer(TokenizerModel model) {
        this.tokenizer = new ThreadSafeTokenizerME(model);
    }

    /** The token spans of {@code text}, exactly as {@code TokenizerME.tokenizePos} gives them. */
    Span[] tokenizePos(String text) {
        List<Span> spans = new ArrayList<>(text.length() / 4 + 4);
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && StringUtil.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            int start = i;
            while (i < n && !StringUtil.isWhitespace(text.charAt(i))) {
                i++;
            }
            addChunk(text, start, i, spans);
        }
        return spans.toArray(new Span[0]);
    }

    private void addChunk(String text, int start, int end, List<Span> out) {
        if (end - start < 2) {
            out.add(new Span(start, end));
            return;
        }
        String chunk = text.substring(start, end);
        int[] parts = cuts.get(chunk);
        if (parts == null) {
            parts = split(chunk);
            if (cuts.size() < MAX_ENTRIES) {
                cuts.put(chunk, parts);
            }
        }
        if (parts == WHOLE) {
            out.add(new Span(start, end));
            return;
        }
        for (int k = 0; k < parts.length; k += 2) {
            out.add(new Span(start + parts[k], start + parts[k + 1]));
        }
    }

    /** The model's token spans inside the chunk as (start, end) pairs, or {@link #WHOLE} for the chunk itself. */
    private int[] split(String chunk) {
        Span[] parts = tokenizer.tokenizePos(chunk);
        if (parts.length == 1 && parts[0].getStart() == 0 && parts[0].getEnd() == chunk.length()) {
            return WHOLE;
        }
        int[] pairs = new int[parts.length * 2];
        for (int k = 0; k < parts.length; k++) {
            pairs[2 * k] = parts[k].getStart();
            pairs[2 * k + 1] = parts[k].getEnd();
        }
        return pairs;
    }
}
