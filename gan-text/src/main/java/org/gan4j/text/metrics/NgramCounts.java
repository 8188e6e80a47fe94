package org.gan4j.text.metrics;

import java.util.HashMap;
import java.util.Map;

/** The n-grams of one token sequence with their counts, keyed compactly (one char per token id). */
final class NgramCounts {

    private NgramCounts() {}

    /**
     * Counts the n-grams of one order.
     *
     * @param tokens token ids, each in [0, 65535]
     * @param n the order
     * @return n-gram key to count; empty when the sequence is shorter than {@code n}
     */
    static Map<String, Integer> of(int[] tokens, int n) {
        Map<String, Integer> counts = new HashMap<>();
        char[] key = new char[n];
        for (int start = 0; start + n <= tokens.length; start++) {
            for (int k = 0; k < n; k++) {
                key[k] = toChar(tokens[start + k]);
            }
            counts.merge(new String(key), 1, Integer::sum);
        }
        return counts;
    }

    private static char toChar(int token) {
        if (token < 0 || token > Character.MAX_VALUE) {
            throw new IllegalArgumentException("token id " + token + " is outside [0, 65535]; BLEU keys n-grams by char");
        }
        return (char) token;
    }
}
