package org.gan4j.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;

/**
 * The AC-GAN discriminator (Odena et al. 2017): the label is not an input to the real/fake
 * decision; instead a second head classifies the image. Maps {@code NDList(x (B, C, H, W), y (B))}
 * to {@code NDList(logits (B, 1), class logits (B, K))}; the trainer adds the weighted
 * cross-entropy of the class logits against {@code y} (see {@code GanModel#auxiliaryClassifierWeight}).
 */
public final class AuxiliaryClassifierDiscriminator extends TrunkDiscriminator {

    private final int classes;

    /**
     * @param trunk maps images to features (B, F)
     * @param head maps features to one logit (B, 1)
     * @param classifier maps features to class logits (B, classes)
     * @param classes the number of classes
     */
    public AuxiliaryClassifierDiscriminator(Block trunk, Block head, Block classifier, int classes) {
        super(trunk, head, "classifier", classifier);
        this.classes = classes;
    }

    /** {@inheritDoc} */
    @Override
    NDList combine(ParameterStore parameterStore, NDArray features, NDArray logit, NDArray labels, boolean training) {
        return new NDList(logit, classBlock().forward(parameterStore, new NDList(features), training).head());
    }

    /** {@inheritDoc} */
    @Override
    Shape classBlockInput(Shape features, Shape labels) {
        return features;
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        long batch = inputShapes[0].get(0);
        return new Shape[] {new Shape(batch, 1), new Shape(batch, classes)};
    }
}
