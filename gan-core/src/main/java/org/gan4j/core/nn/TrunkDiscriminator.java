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
 * A class-conditional discriminator built on a shared trunk: the trunk maps a sample
 * to features {@code h}, a head maps {@code h} to the adversarial logit, and a third, class-aware
 * block (the subclass's concern) uses {@code h} and the label. Maps {@code NDList(x (B, C, H, W), y
 * (B))} to the subclass's outputs, whose first is always the logits (B, 1).
 */
abstract class TrunkDiscriminator extends AbstractBlock {

    private static final byte VERSION = 1;

    private final Block trunk;
    private final Block head;
    private final Block classBlock;

    /**
     * @param trunk maps images to features (B, F)
     * @param head maps features to one logit (B, 1)
     * @param className the child name of the class-aware block
     * @param classBlock the class-aware block
     */
    TrunkDiscriminator(Block trunk, Block head, String className, Block classBlock) {
        super(VERSION);
        this.trunk = addChildBlock("trunk", trunk);
        this.head = addChildBlock("head", head);
        this.classBlock = addChildBlock(className, classBlock);
    }

    /**
     * Combines the trunk's features and the adversarial logit with the class-aware block.
     *
     * @param parameterStore the parameter store of this forward pass
     * @param features the trunk's features (B, F)
     * @param logit the head's logits (B, 1)
     * @param labels the INT64 labels (B)
     * @param training whether this is a training pass
     * @return the discriminator's outputs, logits first
     */
    abstract NDList combine(ParameterStore parameterStore, NDArray features, NDArray logit, NDArray labels,
            boolean training);

    /**
     * @param features the trunk's output shape (B, F)
     * @param labels the labels' shape (B)
     * @return the shape the class-aware block is initialized with
     */
    abstract Shape classBlockInput(Shape features, Shape labels);

    /** @return the class-aware block */
    final Block classBlock() {
        return classBlock;
    }

    /** {@inheritDoc} */
    @Override
    protected final NDList forwardInternal(
            ParameterStore parameterStore, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray h = trunk.forward(parameterStore, new NDList(inputs.get(0)), training).head();
        NDArray logit = head.forward(parameterStore, new NDList(h), training).head();
        return combine(parameterStore, h, logit, inputs.get(1), training);
    }

    /** {@inheritDoc} */
    @Override
    protected final void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        trunk.initialize(manager, dataType, inputShapes[0]);
        Shape features = trunk.getOutputShapes(new Shape[] {inputShapes[0]})[0];
        head.initialize(manager, dataType, features);
        classBlock.initialize(manager, dataType, classBlockInput(features, inputShapes[1]));
    }
}
