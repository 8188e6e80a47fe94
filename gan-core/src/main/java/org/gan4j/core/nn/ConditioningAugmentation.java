package org.gan4j.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Conditioning augmentation (StackGAN, Zhang et al. 2017): from an embedding {@code e} (B, dim) a
 * linear layer gives a mean {@code μ} and a log-variance {@code log σ²} of width {@code width}; the
 * output is the reparameterised sample {@code ĉ = μ + σ ⊙ ε}, ε ~ N(0, I), and the KL divergence
 * of N(μ, σ²) from N(0, I) averaged over the batch. Maps {@code NDList(e)} to {@code NDList(ĉ (B,
 * width), kl ())}.
 */
public final class ConditioningAugmentation extends AbstractBlock {

    private static final byte VERSION = 1;

    private final int width;
    private final Block moments;

    /** @param width the width of the augmented condition */
    public ConditioningAugmentation(int width) {
        super(VERSION);
        if (width < 1) {
            throw new IllegalArgumentException("conditioning augmentation width must be ≥ 1, got " + width);
        }
        this.width = width;
        this.moments = addChildBlock("moments", Linear.builder().setUnits(2L * width).build());
    }

    /**
     * The KL divergence of N(μ, σ²) from N(0, I): {@code ½ Σ_j (μ_j² + σ_j² − 1 − log σ_j²)} per row,
     * averaged over the rows.
     *
     * @param mean μ (B, width)
     * @param logVariance log σ² (B, width)
     * @return a scalar
     */
    public static NDArray klDivergence(NDArray mean, NDArray logVariance) {
        return Scalars.times(mean.square().add(logVariance.exp()).sub(1f).sub(logVariance).sum(new int[] {1}), 0.5).mean();
    }

    /** {@inheritDoc} */
    @Override
    protected NDList forwardInternal(
            ParameterStore parameterStore, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray out = moments.forward(parameterStore, new NDList(inputs.head()), training).head();
        NDArray mean = out.get(":, :" + width);
        NDArray logVariance = out.get(":, " + width + ":");
        NDArray noise = out.getManager().randomNormal(mean.getShape());
        NDArray sample = mean.add(Scalars.times(logVariance, 0.5).exp().mul(noise));
        return new NDList(sample, klDivergence(mean, logVariance));
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), width), new Shape()};
    }

    /** {@inheritDoc} */
    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        moments.initialize(manager, dataType, inputShapes[0]);
    }
}
