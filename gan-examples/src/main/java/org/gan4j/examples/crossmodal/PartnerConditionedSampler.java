package org.gan4j.examples.crossmodal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.FloatBuffer;
import java.util.SplittableRandom;
import org.gan4j.core.condition.PairedEmbeddings;
import org.gan4j.core.data.FloatBatchBuffer;
import org.gan4j.core.data.Permutations;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.train.Sampler;

/**
 * A generator conditioned on embeddings, seen as an unconditional one: each sample's condition is a
 * partner embedding of the next held-out target (targets in a seeded order, a partner drawn at
 * random), so that an evaluator of the target modality's own quality (Inception Score, FID, class
 * histogram) measures what the generator makes from held-out source samples. Stateful: use one per
 * evaluation.
 */
final class PartnerConditionedSampler implements Sampler {

    private final Sampler conditioned;
    private final PairedEmbeddings pairs;
    private final int[] order;
    private final SplittableRandom random;
    private final FloatBatchBuffer buffer = new FloatBatchBuffer();
    private int next;

    /**
     * @param conditioned the generator, conditioned on embeddings of the pairs' width
     * @param pairs held-out targets and their partners' embeddings
     * @param seed the seed of the order and the draws
     */
    PartnerConditionedSampler(Sampler conditioned, PairedEmbeddings pairs, long seed) {
        ConditionSpec expected = ConditionSpec.embedding(pairs.dim());
        if (!conditioned.condition().equals(expected)) {
            throw new IllegalArgumentException("the generator must be conditioned on an " + expected + ", not on "
                    + conditioned.condition());
        }
        this.conditioned = conditioned;
        this.pairs = pairs;
        this.order = Permutations.of(pairs.targets().size(), seed);
        this.random = new SplittableRandom(seed);
    }

    @Override
    public ConditionSpec condition() {
        return ConditionSpec.NONE;
    }

    /** @param conditions must be {@code null}: the conditions are drawn here */
    @Override
    public NDArray generate(NDManager manager, int count, NDArray conditions) {
        if (conditions != null) {
            throw new IllegalArgumentException("this sampler draws its own conditions; pass none");
        }
        FloatBuffer rows = buffer.begin(count * pairs.dim());
        for (int k = 0; k < count; k++) {
            int[] partners = pairs.partners(order[next++ % order.length]);
            rows.put(pairs.embedding(partners[random.nextInt(partners.length)]));
        }
        return conditioned.generate(manager, count, buffer.finish(manager, new Shape(count, pairs.dim())));
    }
}
