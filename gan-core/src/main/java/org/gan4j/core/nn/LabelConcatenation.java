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
 * Appends a learned embedding of the class label to an input along axis 1: {@code NDList(x, y)},
 * x of shape (B, C, ...) and INT64 labels y of shape (B), becomes {@code NDList(x')} of shape (B, C
 * + L, ...), where each class has an embedding of shape (L, ...). With an embedding of shape (e) it
 * extends a latent code (B, z) to (B, z + e); with shape (1, H, W) it adds a label channel to
 * images. With a linear map as the embedding block, the condition is an embedding (B, dim) from
 * another modality's encoder instead of a label.
 */
public final class LabelConcatenation extends AbstractBlock {

    private static final byte VERSION = 1;

    private final Shape labelShape;
    private final Block embedding;

    /**
     * @param embedding maps INT64 labels (B) to vectors (B, labelShape.size()), e.g. a {@link
     *     ClassEmbedding}
     * @param labelShape the shape of one label's embedding, without the batch axis; its first axis
     *     is appended to the input's axis 1, the others must match the input's
     */
    public LabelConcatenation(Block embedding, Shape labelShape) {
        super(VERSION);
        this.labelShape = labelShape;
        this.embedding = addChildBlock("embedding", embedding);
    }

    /** {@inheritDoc} */
    @Override
    protected NDList forwardInternal(
            ParameterStore parameterStore, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.get(0);
        NDArray labels = embedding.forward(parameterStore, new NDList(inputs.get(1)), training).head();
        return new NDList(x.concat(labels.reshape(new Shape(-1).addAll(labelShape)), 1));
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape x = inputShapes[0];
        return new Shape[] {new Shape(x.get(0), x.get(1) + labelShape.get(0)).addAll(x.slice(2))};
    }

    /** {@inheritDoc} */
    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        embedding.initialize(manager, dataType, inputShapes[1]);
    }
}
