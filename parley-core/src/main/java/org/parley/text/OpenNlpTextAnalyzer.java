package org.parley.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.util.Span;
import org.parley.api.Document;
import org.parley.api.Sentence;
import org.parley.api.TextAnalyzer;
import org.parley.api.Token;

/**
 * Sentence splitting, tokenisation, part-of-speech tagging (Universal Dependencies tags) and lemmatisation with
 * Apache OpenNLP. Thread-safe: the OpenNLP components keep their per-thread state in thread locals.
 *
 * <p>Line breaks are hard sentence boundaries, because headlines, captions and bylines in scraped news rarely end
 * with a full stop.
 */
public final class OpenNlpTextAnalyzer implements TextAnalyzer {
    /** Longer runs of tokens are split: they are tables or lists, and tagging cost grows with length. */
    static final int MAX_SENTENCE_TOKENS = 120;

    private final ThreadSafeSentenceDetectorME sentenceDetector;
    private final ChunkTokenizer tokenizer;
    private final UnaryOperator<String[]> tagger;
    private final LemmaCache lemmas;

    public OpenNlpTextAnalyzer(OpenNlpModels models) {
        Objects.requireNonNull(models, "models");
        this.sentenceDetector = new ThreadSafeSentenceDetectorME(models.sentences());
        this.tokenizer = new ChunkTokenizer(models.tokens());
        this.tagger = tagger(models.pos());
        this.lemmas = new LemmaCache(models.lemmas());
    }

    /** The fast exact tagger where the model allows it (the bundled one does), else OpenNLP's own. */
    private static UnaryOperator<String[]> tagger(POSModel model) {
        try {
            return new BeamPosTagger(model)::tag;
        } catch (IllegalArgumentException e) {
            return new ThreadSafePOSTaggerME(model)::tag;
        }
    }

    @Override
    public List<Sentence> analyze(Document document) {
        List<Sentence> sentences = tokenize(document);
        List<Sentence> tagged = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            tagged.add(tag(sentence));
        }
        return tagged;
    }

    @Override
    public Sentence tag(Sentence sentence) {
        int n = sentence.size();
        if (n == 0 || !sentence.token(0).pos().isEmpty()) {
            return sentence;
        }
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
            words[i] = sentence.token(i).text();
        }
        String[] tags = tagger.apply(words);
        List<Token> tokens = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String tag = tags[i];
            int plus = tag.indexOf('+');
            if (plus > 0) {
                tag = tag.substring(0, plus);
            }
            Token token = sentence.token(i);
            tokens.add(new Token(words[i], token.start(), token.end(), tag, lemmas.lemma(words[i], tag)));
        }
        return new Sentence(sentence.index(), sentence.start(), sentence.end(), sentence.text(), tokens);
    }

    /** Sentences and tokens without tags or lemmas: the cheap part of the analysis. */
    @Override
    public List<Sentence> tokenize(Document document) {
        String text = document.text();
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (lineEnd > lineStart) {
                analyzeLine(text, lineStart, lineEnd, sentences);
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    /** Splits a dictionary phrase into tokens exactly as sentences are split, so that phrases and text align. */
    public List<String> splitPhrase(String phrase) {
        List<int[]> offsets = new ArrayList<>();
        Span[] spans = tokenizer.tokenizePos(phrase);
        for (Span span : spans) {
            Clitics.split(phrase, span.getStart(), span.getEnd(), false, offsets);
        }
        List<String> words = new ArrayList<>(offsets.size());
        for (int[] offset : offsets) {
            words.add(phrase.substring(offset[0], offset[1]));
        }
        return words;
    }

    private void analyzeLine(String text, int lineStart, int lineEnd, List<Sentence> out) {
        String line = text.substring(lineStart, lineEnd);
        if (line.isBlank()) {
            return;
        }
        for (Span span : sentenceDetector.sentPosDetect(line)) {
            int start = lineStart + span.getStart();
            int end = lineStart + span.getEnd();
            List<int[]> offsets = tokenOffsets(text, start, end);
            for (int from = 0; from < offsets.size(); from += MAX_SENTENCE_TOKENS) {
                List<int[]> chunk = offsets.subList(from, Math.min(offsets.size(), from + MAX_SENTENCE_TOKENS));
                out.add(untagged(text, out.size(), chunk));
            }
        }
    }

    /** Token offsets in the document, with clitics split off as the tagger and the dictionaries expect. */
    private List<int[]> tokenOffsets(String text, int start, int end) {
        String sentence = text.substring(start, end);
        Span[] spans = tokenizer.tokenizePos(sentence);
        List<int[]> offsets = new ArrayList<>(spans.length + 4);
        for (int i = 0; i < spans.length; i++) {
            int s = start + spans[i].getStart();
            int e = start + spans[i].getEnd();
            Clitics.split(text, s, e, i == spans.length - 1, offsets);
        }
        return offsets;
    }

    private static Sentence untagged(String text, int index, List<int[]> offsets) {
        List<Token> tokens = new ArrayList<>(offsets.size());
        for (int[] offset : offsets) {
            tokens.add(new Token(text.substring(offset[0], offset[1]), offset[0], offset[1], "", ""));
        }
        int start = offsets.get(0)[0];
        int end = offsets.get(offsets.size() - 1)[1];
        return new Sentence(index, start, end, text.substring(start, end), tokens);
    }
}
