package org.gan4j.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A generator conditioned on an embedding through {@link ConditioningAugmentation}: {@code
 * NDList(z, e)} becomes {@code generator(z, ĉ)} with {@code ĉ} the augmented condition, and the
 * KL term, times its weight, is returned as the penalty the trainer adds to the generator's loss.
 * Maps {@code NDList(z (B, zDim), e (B, dim))} to {@code NDList(samples, weighted KL ())}.
 */
public final class AugmentedConditionGenerator extends AbstractBlock implements PenalizedGenerator {

    private static final byte VERSION = 1;

    private final ConditioningAugmentation augmentation;
    private final Block generator;
    private final float klWeight;

    /**
     * @param augmentation maps embeddings to augmented conditions
     * @param generator maps {@code NDList(z, ĉ)} to samples, conditioned on embeddings of the
     *     augmentation's width
     * @param klWeight the weight of the KL term in the generator's loss, ≥ 0
     */
    public AugmentedConditionGenerator(ConditioningAugmentation augmentation, Block generator, float klWeight) {
        super(VERSION);
        if (!(klWeight >= 0f)) {
            throw new IllegalArgumentException("KL weight " + klWeight + " must be ≥ 0");
        }
        this.augmentation = addChildBlock("augmentation", augmentation);
        this.generator = addChildBlock("generator", generator);
        this.klWeight = klWeight;
    }

    /** @return the conditioning augmentation */
    public ConditioningAugmentation augmentation() {
        return augmentation;
    }

    /** {@inheritDoc} */
    @Override
    protected NDList forwardInternal(
            ParameterStore parameterStore, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList augmented = augmentation.forward(parameterStore, new NDList(inputs.get(1)), training);
        NDArray samples = generator.forward(parameterStore, new NDList(inputs.get(0), augmented.get(0)), training).head();
        return new NDList(samples, Scalars.times(augmented.get(1), klWeight));
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape augmented = augmentation.getOutputShapes(new Shape[] {inputShapes[1]})[0];
        Shape samples = generator.getOutputShapes(new Shape[] {inputShapes[0], augmented})[0];
        return new Shape[] {samples, new Shape()};
    }

    /** {@inheritDoc} */
    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        augmentation.initialize(manager, dataType, inputShapes[1]);
        Shape augmented = augmentation.getOutputShapes(new Shape[] {inputShapes[1]})[0];
        generator.initialize(manager, dataType, inputShapes[0], augmented);
    }
}
