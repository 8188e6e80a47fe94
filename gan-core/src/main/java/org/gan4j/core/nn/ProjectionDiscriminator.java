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
 * The projection discriminator (Miyato and Koyama 2018): from the trunk's features {@code h} of an
 * image {@code x} with INT64 label {@code y}, {@code logit = head(h) + <embed(y), h>}. Maps {@code
 * NDList(x (B, C, H, W), y (B))} to logits of shape (B, 1).
 */
public final class ProjectionDiscriminator extends AbstractBlock {

    private static final byte VERSION = 1;

    private final Block trunk;
    private final Block head;
    private final Block embedding;

    /**
     * @param trunk maps images to features (B, F)
     * @param head maps features to one logit (B, 1)
     * @param embedding maps labels (B) to vectors (B, F)
     */
    public ProjectionDiscriminator(Block trunk, Block head, Block embedding) {
        super(VERSION);
        this.trunk = addChildBlock("trunk", trunk);
        this.head = addChildBlock("head", head);
        this.embedding = addChildBlock("embedding", embedding);
    }

    /** {@inheritDoc} */
    @Override
    protected NDList forwardInternal(
            ParameterStore parameterStore, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray h = trunk.forward(parameterStore, new NDList(inputs.get(0)), training).head();
        NDArray e = embedding.forward(parameterStore, new NDList(inputs.get(1)), training).head();
        NDArray logit = head.forward(parameterStore, new NDList(h), training).head();
        return new NDList(logit.add(h.mul(e).sum(new int[] {1}, true)));
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), 1)};
    }

    /** {@inheritDoc} */
    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        trunk.initialize(manager, dataType, inputShapes[0]);
        head.initialize(manager, dataType, trunk.getOutputShapes(new Shape[] {inputShapes[0]}));
        embedding.initialize(manager, dataType, inputShapes[1]);
    }
}
