package org.gan4j.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.core.Embedding;

/**
 * A learned vector per class: maps INT64 class indices of shape (B) to rows of a (classes, width)
 * table, shape (B, width), optionally spectrally normalised. As a {@link WeightLayer} it keeps
 * every per-step array off the parameters' manager.
 */
public final class ClassEmbedding extends WeightLayer {

    private static final byte VERSION = 1;

    private final int classes;
    private final long width;

    /**
     * @param classes the number of classes (table rows)
     * @param width the embedding width
     * @param spectralNorm whether to divide the table by its largest singular value
     */
    public ClassEmbedding(int classes, long width, boolean spectralNorm) {
        super(VERSION, 0, false, spectralNorm);
        this.classes = classes;
        this.width = width;
    }

    /** {@inheritDoc} */
    @Override
    protected Shape weightShape(Shape inputShape) {
        return new Shape(classes, width);
    }

    /** {@inheritDoc} */
    @Override
    protected NDArray apply(NDArray input, NDArray weight, NDArray bias) {
        return Embedding.embedding(input, weight, SparseFormat.DENSE).singletonOrThrow();
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0].add(width)};
    }
}
