package org.gan4j.text.metrics;

import java.util.List;
import java.util.Map;

/**
 * Sentence BLEU against a fixed set of references, exactly as nltk's {@code sentence_bleu(refs,
 * hyp, weights=(1/N,)*N, smoothing_function=SmoothingFunction().method1)} computes it (the
 * Texygen convention): clipped n-gram precisions {@code p_n = m_n / max(1, h_n)} where {@code m_n}
 * counts each hypothesis n-gram at most as often as it occurs in any single reference; method 1
 * replaces a zero {@code m_n} by 0.1; the brevity penalty uses the closest reference length
 * (shorter on ties); a hypothesis without any matching unigram scores 0.
 *
 * <p>BLEU-N of a set of hypotheses is the mean of their sentence scores. With {@link
 * #selfBleu(List, int)} the set is scored against itself with each hypothesis left out of its own
 * references (peers that keep it in report inflated self-BLEU).
 */
public final class Bleu {

    /** The numerator method 1 puts in place of a zero n-gram match count. */
    public static final double EPSILON = 0.1;

    private final ReferenceSet references;
    private final int order;
    private final boolean selfReferencing;

    private Bleu(ReferenceSet references, int order, boolean selfReferencing) {
        this.references = references;
        this.order = order;
        this.selfReferencing = selfReferencing;
    }

    /**
     * Prepares BLEU-{@code order} against references.
     *
     * @param references reference token-id sequences (at least one)
     * @param order the largest n-gram order N, 1 to 5 or more
     * @return the scorer
     */
    public static Bleu against(List<int[]> references, int order) {
        check(references, 1, order);
        return new Bleu(new ReferenceSet(references, order), order, false);
    }

    /**
     * Self-BLEU-{@code order}: the mean sentence BLEU of each sequence against all the others.
     *
     * @param sequences the generated sequences (at least two)
     * @param order the largest n-gram order
     * @return the score in [0, 1]; higher means less diverse
     */
    public static double selfBleu(List<int[]> sequences, int order) {
        check(sequences, 2, order);
        Bleu bleu = new Bleu(new ReferenceSet(sequences, order), order, true);
        return bleu.mean(sequences);
    }

    /**
     * Each sequence's sentence BLEU-{@code order} against all the others (the terms whose mean is
     * {@link #selfBleu}).
     *
     * @param sequences the generated sequences (at least two)
     * @param order the largest n-gram order
     * @return one score in [0, 1] per sequence
     */
    public static double[] selfBleuScores(List<int[]> sequences, int order) {
        check(sequences, 2, order);
        Bleu bleu = new Bleu(new ReferenceSet(sequences, order), order, true);
        return sequences.stream().mapToDouble(bleu::sentence).toArray();
    }

    private static void check(List<int[]> sequences, int atLeast, int order) {
        if (order < 1) {
            throw new IllegalArgumentException("BLEU order " + order + " must be ≥ 1");
        }
        if (sequences.size() < atLeast) {
            throw new IllegalArgumentException("BLEU needs at least " + atLeast + " reference sequence(s), got "
                    + sequences.size());
        }
    }

    /**
     * Scores one hypothesis.
     *
     * @param hypothesis token ids
     * @return sentence BLEU in [0, 1]
     */
    public double sentence(int[] hypothesis) {
        int hypothesisLength = hypothesis.length;
        int excludedLength = selfReferencing ? hypothesisLength : -1;
        double logSum = 0;
        for (int n = 1; n <= order; n++) {
            Map<String, Integer> counts = NgramCounts.of(hypothesis, n);
            long matches = 0;
            long total = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                int count = e.getValue();
                total += count;
                matches += Math.min(count, references.maxCount(n, e.getKey(), selfReferencing ? count : -1));
            }
            if (n == 1 && matches == 0) {
                return 0;
            }
            double precision = (matches == 0 ? EPSILON : matches) / (double) Math.max(1, total);
            logSum += Math.log(precision) / order;
        }
        return brevityPenalty(hypothesisLength, references.closestLength(hypothesisLength, excludedLength))
                * Math.exp(logSum);
    }

    /**
     * The mean sentence BLEU of several hypotheses.
     *
     * @param hypotheses token-id sequences (at least one)
     * @return the mean score
     */
    public double mean(List<int[]> hypotheses) {
        if (hypotheses.isEmpty()) {
            throw new IllegalArgumentException("BLEU of an empty set of hypotheses is undefined");
        }
        double sum = 0;
        for (int[] h : hypotheses) {
            sum += sentence(h);
        }
        return sum / hypotheses.size();
    }

    /** nltk's brevity penalty: 1 when the hypothesis is longer, else exp(1 - r / c), 0 for c = 0. */
    static double brevityPenalty(int hypothesisLength, int referenceLength) {
        if (hypothesisLength > referenceLength) {
            return 1;
        }
        if (hypothesisLength == 0) {
            return 0;
        }
        return Math.exp(1 - (double) referenceLength / hypothesisLength);
    }
}
