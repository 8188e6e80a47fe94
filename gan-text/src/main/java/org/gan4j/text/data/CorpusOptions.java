package org.gan4j.text.data;

import java.util.List;
import org.gan4j.core.options.Options;

/**
 * How a text corpus becomes training data.
 *
 * @param tokenization word or character tokens
 * @param minTokens shorter sentences are skipped
 * @param maxTokens longer sentences are an error (user files) or skipped (the default corpus)
 * @param vocabularySize the vocabulary size, special tokens included
 * @param maxUnknown sentences with more {@code <unk>} tokens are dropped
 * @param trainSize the training sentences wanted
 * @param heldOutSize the held-out sentences wanted
 * @param splitSeed the seed of the train/held-out split (fixed across runs, unlike the run seed)
 */
public record CorpusOptions(Tokenization tokenization, int minTokens, int maxTokens, int vocabularySize, int maxUnknown,
        int trainSize, int heldOutSize, long splitSeed) {

    /** The option keys. */
    public static final List<String> KEYS =
            List.of("path", "tokenization", "minTokens", "maxTokens", "vocabularySize", "maxUnknown", "trainSize", "heldOutSize",
                    "splitSeed");

    /**
     * Reads the options with the default corpus's defaults (Texygen's setting): words, 4–20
     * tokens, 5,000 tokens, no unknown word, 10k/10k split.
     *
     * @param options the data options
     * @return the validated options
     */
    public static CorpusOptions from(Options options) {
        options.requireOnly(KEYS);
        int minTokens = options.getInt("minTokens", 4, 1, 1000);
        return new CorpusOptions(Tokenization.of(options.getString("tokenization", "word")), minTokens,
                options.getInt("maxTokens", 20, minTokens, 1000), options.getInt("vocabularySize", 5000, 5, 65535),
                options.getInt("maxUnknown", 0, 0, 1000), options.getInt("trainSize", 10_000, 1, Integer.MAX_VALUE / 2),
                options.getInt("heldOutSize", 10_000, 1, Integer.MAX_VALUE / 2), options.getInt("splitSeed", 1, 0, Integer.MAX_VALUE));
    }
}
