package org.gan4j.core.joint;

import ai.djl.ndarray.NDArray;
import java.util.HashSet;
import java.util.Set;
import org.gan4j.core.condition.PartnerCheck;
import org.gan4j.core.condition.SampleTable;

/**
 * {@code r-precision} as a cross-modal check: each generated sample (a side) ranks the partner it
 * was made from (b side) against {@value RPrecision#DISTRACTORS} seeded partners of other classes in
 * the joint embedding; the score is {@link RPrecision#score} (1 when the true partner ranks first,
 * ties shared), chance 1/{@value RPrecision#CANDIDATES}.
 */
public final class RPrecisionCheck implements PartnerCheck {

    private final JointEmbedding embedding;
    private final float[][] partners;
    private final int[] labels;
    private final long seed;

    /**
     * @param embedding the joint embedding (generated samples are its a side)
     * @param partners the held-out partners, row r being the evaluator's embedding row r
     * @param seed the distractors' seed
     * @throws IllegalArgumentException if fewer than {@value RPrecision#DISTRACTORS} partners are of
     *     another class than some partner's
     */
    public RPrecisionCheck(JointEmbedding embedding, SampleTable partners, long seed) {
        this.embedding = embedding;
        this.partners = embedding.embedB(partners);
        this.labels = JointEmbeddingCache.labels(partners);
        this.seed = seed;
        Set<Integer> classes = new HashSet<>();
        for (int row = 0; row < labels.length; row++) {
            if (classes.add(labels[row])) {
                RPrecision.distractors(labels, row, seed);
            }
        }
    }

    @Override
    public String name() {
        return "r-precision";
    }

    @Override
    public double[] score(NDArray samples, int[] rows) {
        float[][] queries = embedding.embedA(samples);
        double[] scores = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            scores[i] = RPrecision.score(queries[i], partners[rows[i]],
                    RPrecision.rows(partners, RPrecision.distractors(labels, rows[i], seed)));
        }
        return scores;
    }
}
