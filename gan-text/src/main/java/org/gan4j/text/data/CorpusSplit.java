package org.gan4j.text.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gan4j.core.data.Permutations;

/**
 * A tokenized corpus turned into model data: a joint vocabulary, sentences with too many unknown
 * tokens dropped, a seeded train/held-out split, and fixed-length id sequences (tokens, {@code
 * </s>}, then {@code <pad>} up to {@code maxTokens + 1}).
 *
 * @param vocabulary the vocabulary
 * @param tokenization how the text was tokenized (for decoding)
 * @param train the training sequences
 * @param heldOut the held-out sequences (evaluation references, NLL-gen)
 */
public record CorpusSplit(Vocabulary vocabulary, Tokenization tokenization, TokenSequences train, TokenSequences heldOut) {

    /**
     * Splits a corpus.
     *
     * @param sentences tokenized sentences of at most {@code options.maxTokens()} tokens
     * @param tokenization how they were tokenized
     * @param options sizes, limits and the split seed
     * @param source the corpus's name, for messages
     * @return the split
     * @throws CorpusException if fewer than two sentences remain
     */
    public static CorpusSplit of(List<List<String>> sentences, Tokenization tokenization, CorpusOptions options, String source)
            throws CorpusException {
        Vocabulary vocabulary = Vocabulary.build(sentences, options.vocabularySize());
        int unknown = vocabulary.id(Vocabulary.UNKNOWN);
        int end = vocabulary.id(Vocabulary.END);
        int length = options.maxTokens() + 1;
        List<int[]> kept = new ArrayList<>();
        for (List<String> sentence : sentences) {
            int[] ids = vocabulary.encode(sentence);
            long unknowns = Arrays.stream(ids).filter(id -> id == unknown).count();
            if (unknowns <= options.maxUnknown()) {
                int[] row = new int[length]; // <pad> is id 0
                System.arraycopy(ids, 0, row, 0, ids.length);
                row[ids.length] = end;
                kept.add(row);
            }
        }
        if (kept.size() < 2) {
            throw new CorpusException(source + " keeps " + kept.size() + " sentence(s) after dropping those with more than "
                    + options.maxUnknown() + " unknown tokens; it needs at least 2 (one to train on, one held out)");
        }
        int wanted = options.trainSize() + options.heldOutSize();
        int trainSize = kept.size() >= wanted ? options.trainSize()
                : Math.max(1, (int) ((long) kept.size() * options.trainSize() / wanted));
        int heldOutSize = Math.min(options.heldOutSize(), kept.size() - trainSize);
        int[] order = Permutations.of(kept.size(), options.splitSeed());
        List<int[]> train = new ArrayList<>(trainSize);
        List<int[]> heldOut = new ArrayList<>(heldOutSize);
        for (int i = 0; i < trainSize + heldOutSize; i++) {
            (i < trainSize ? train : heldOut).add(kept.get(order[i]));
        }
        int size = (int) vocabulary.size();
        return new CorpusSplit(vocabulary, tokenization, new TokenSequences(train, size), new TokenSequences(heldOut, size));
    }

    /**
     * @param sequence token ids
     * @return the sentence as text, up to its end token
     */
    public String decode(int[] sequence) {
        return tokenization.join(vocabulary.decode(sequence));
    }
}
