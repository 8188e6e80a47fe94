package org.gan4j.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;

/**
 * The projection discriminator (Miyato and Koyama 2018): from the trunk's features {@code h} of an
 * image {@code x} with INT64 label {@code y}, {@code logit = head(h) + <embed(y), h>}. Maps {@code
 * NDList(x (B, C, H, W), y (B))} to logits of shape (B, 1). With a linear map as {@code embed}, the
 * condition is an embedding (B, dim) from another modality's encoder: {@code <W e, h>}.
 */
public final class ProjectionDiscriminator extends TrunkDiscriminator {

    /**
     * @param trunk maps images to features (B, F)
     * @param head maps features to one logit (B, 1)
     * @param embedding maps labels (B), or embeddings (B, dim), to vectors (B, F)
     */
    public ProjectionDiscriminator(Block trunk, Block head, Block embedding) {
        super(trunk, head, "embedding", embedding);
    }

    /** {@inheritDoc} */
    @Override
    NDList combine(ParameterStore parameterStore, NDArray features, NDArray logit, NDArray labels, boolean training) {
        NDArray e = classBlock().forward(parameterStore, new NDList(labels), training).head();
        return new NDList(logit.add(features.mul(e).sum(new int[] {1}, true)));
    }

    /** {@inheritDoc} */
    @Override
    Shape classBlockInput(Shape features, Shape labels) {
        return labels;
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), 1)};
    }
}
