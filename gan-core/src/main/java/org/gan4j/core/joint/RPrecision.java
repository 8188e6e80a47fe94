package org.gan4j.core.joint;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * R-precision with R = 1 in a joint embedding space, as text→image papers report it: a query (e.g.
 * a generated image) ranks its true partner (the caption it was made from) against {@value
 * #DISTRACTORS} partners of other classes by cosine similarity, and scores 1 when the true partner
 * ranks first. <b>Ties</b> are broken at random in expectation: a true partner tied with t
 * distractors and beaten by none scores {@code 1 / (1 + t)}, so an embedding that maps everything to
 * one point scores chance, 1/{@value #CANDIDATES}, rather than 1 or 0. A zero vector has cosine 0
 * with everything.
 */
public final class RPrecision {

    /** The candidates per query: the true partner and the distractors. */
    public static final int CANDIDATES = 100;

    /** Partners of other classes ranked against the true one. */
    public static final int DISTRACTORS = CANDIDATES - 1;

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private RPrecision() {}

    /**
     * @param query the query's embedding
     * @param truth its true partner's embedding
     * @param distractors exactly {@value #DISTRACTORS} other partners' embeddings
     * @return 1 if the true partner is strictly the most similar, {@code 1 / (1 + t)} if it ties with
     *     t distractors and none is more similar, else 0
     * @throws IllegalArgumentException if there are not {@value #DISTRACTORS} distractors, the
     *     widths differ or a value is not finite (NaN would otherwise rank first)
     */
    public static double score(float[] query, float[] truth, float[][] distractors) {
        if (distractors.length != DISTRACTORS) {
            throw new IllegalArgumentException("R-precision ranks the true partner among " + CANDIDATES
                    + " candidates (1 true + " + DISTRACTORS + " of other classes), but got 1 + " + distractors.length);
        }
        double target = cosine(query, truth);
        int ties = 0;
        for (float[] d : distractors) {
            double similarity = cosine(query, d);
            if (similarity > target) {
                return 0;
            }
            ties += similarity == target ? 1 : 0;
        }
        return 1.0 / (1 + ties);
    }

    /**
     * The seeded distractors of one partner row: {@value #DISTRACTORS} distinct rows of classes other
     * than its own, uniformly among all such rows; a pure function of (seed, row), so the generated,
     * real and shuffled passes of an evaluation rank against the same candidates.
     *
     * @param labels the class of every partner row
     * @param row the true partner's row
     * @param seed the evaluation's seed
     * @return the distractor rows
     * @throws IllegalArgumentException if fewer than {@value #DISTRACTORS} rows are of another class
     */
    public static int[] distractors(int[] labels, int row, long seed) {
        int own = labels[row];
        int others = 0;
        for (int label : labels) {
            others += label != own ? 1 : 0;
        }
        if (others < DISTRACTORS) {
            throw new IllegalArgumentException("R-precision needs " + DISTRACTORS + " candidates of classes other than"
                    + " class " + own + " (of row " + row + ") but only " + others + " of the " + labels.length
                    + " rows are; evaluate on more held-out samples");
        }
        SplittableRandom random = new SplittableRandom(seed * GOLDEN_GAMMA + row);
        Set<Integer> chosen = new HashSet<>();
        int[] out = new int[DISTRACTORS];
        int n = 0;
        while (n < DISTRACTORS) {
            int candidate = random.nextInt(labels.length);
            if (labels[candidate] != own && chosen.add(candidate)) {
                out[n++] = candidate;
            }
        }
        return out;
    }

    /**
     * The mean R-precision of queries paired row by row with partners ({@code queries[i]} with
     * {@code partners[i]}), each against its seeded distractors among the partners.
     *
     * @param queries the queries' embeddings
     * @param partners the partners' embeddings, one per query
     * @param labels each partner's class
     * @param seed the distractors' seed
     * @return the mean score in [0, 1]
     * @throws IllegalArgumentException if the counts or widths differ, or too few rows of other classes
     */
    public static double ofPairs(float[][] queries, float[][] partners, int[] labels, long seed) {
        if (queries.length != partners.length || partners.length != labels.length) {
            throw new IllegalArgumentException("R-precision pairs queries with partners row by row, but got "
                    + queries.length + " queries, " + partners.length + " partners and " + labels.length + " labels");
        }
        double sum = 0;
        for (int i = 0; i < queries.length; i++) {
            sum += score(queries[i], partners[i], rows(partners, distractors(labels, i, seed)));
        }
        return sum / queries.length;
    }

    /**
     * @param table embeddings
     * @param rows row numbers
     * @return those rows, in order
     */
    static float[][] rows(float[][] table, int[] rows) {
        float[][] out = new float[rows.length][];
        for (int k = 0; k < rows.length; k++) {
            out[k] = table[rows[k]];
        }
        return out;
    }

    /**
     * @param a a vector
     * @param b a vector of the same width
     * @return their cosine similarity, 0 if either is zero
     * @throws IllegalArgumentException if the widths differ
     */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("cannot compare embeddings of widths " + a.length + " and " + b.length
                    + ": the query and its candidates must come from one joint embedding");
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int j = 0; j < a.length; j++) {
            dot += (double) a[j] * b[j];
            na += (double) a[j] * a[j];
            nb += (double) b[j] * b[j];
        }
        if (!Double.isFinite(dot) || !Double.isFinite(na) || !Double.isFinite(nb)) {
            throw new IllegalArgumentException("cannot compare embeddings holding NaN or infinite values: the joint"
                    + " embedding that made them is broken (delete its folder under <cache>/evaluators to retrain it)");
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
