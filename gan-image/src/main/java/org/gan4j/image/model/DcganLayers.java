package org.gan4j.image.model;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.initializer.Initializer;
import ai.djl.training.initializer.NormalInitializer;
import org.gan4j.core.nn.ClassEmbedding;
import org.gan4j.core.nn.SnConvolution;
import org.gan4j.core.nn.SnLinear;
import org.gan4j.core.nn.TransposedConvolution;

/**
 * The layers of the DCGAN family, each initialised as in Radford et al. (2016): weights N(0, 0.02),
 * batch-norm scales N(1, 0.02), biases and shifts 0. Every (transposed) convolution has a 4×4
 * kernel, stride 2 and padding 1, so it halves (doubles) the side of its input.
 */
final class DcganLayers {

    /** The standard deviation of initial weights and batch-norm scales. */
    static final float INIT_STD = 0.02f;

    private static final Shape KERNEL = new Shape(4, 4);
    private static final Shape STRIDE = new Shape(2, 2);
    private static final Shape PADDING = new Shape(1, 1);
    private static final Initializer WEIGHTS = new NormalInitializer(INIT_STD);
    private static final Initializer SCALES =
            (manager, shape, dataType) -> manager.randomNormal(1f, INIT_STD, shape, dataType);

    private DcganLayers() {}

    /**
     * @param filters the output channels
     * @param bias whether to add a bias (not needed before batch normalisation)
     * @return a convolution halving the side
     */
    static Block convolution(int filters, boolean bias) {
        return weights(
                Conv2d.builder()
                        .setKernelShape(KERNEL)
                        .optStride(STRIDE)
                        .optPadding(PADDING)
                        .setFilters(filters)
                        .optBias(bias)
                        .build());
    }

    /**
     * @param filters the output channels
     * @return a spectrally normalised convolution with bias, halving the side
     */
    static Block spectralConvolution(int filters) {
        return weights(
                SnConvolution.builder()
                        .setKernelShape(KERNEL)
                        .optStride(STRIDE)
                        .optPadding(PADDING)
                        .setFilters(filters)
                        .build());
    }

    /**
     * @param filters the output channels
     * @param bias whether to add a bias (not needed before batch normalisation)
     * @return a transposed convolution doubling the side
     */
    static Block transposedConvolution(int filters, boolean bias) {
        return weights(
                TransposedConvolution.builder()
                        .setKernelShape(KERNEL)
                        .optStride(STRIDE)
                        .optPadding(PADDING)
                        .setFilters(filters)
                        .optBias(bias)
                        .build());
    }

    /**
     * @param units the output features
     * @param bias whether to add a bias
     * @return a fully connected layer
     */
    static Block linear(long units, boolean bias) {
        return weights(Linear.builder().setUnits(units).optBias(bias).build());
    }

    /**
     * @param units the output features
     * @return a spectrally normalised fully connected layer with bias
     */
    static Block spectralLinear(long units) {
        return weights(SnLinear.builder().setUnits(units).build());
    }

    /** @return batch normalisation over the channel axis */
    static Block batchNorm() {
        Block norm = BatchNorm.builder().build();
        norm.setInitializer(SCALES, Parameter.Type.GAMMA);
        return norm;
    }

    /**
     * A label embedding that acts as an extra input, next to z or the image: it starts at the scale
     * of its neighbours, N(0, 1), like PyTorch's {@code nn.Embedding}.
     *
     * @param classes the number of classes
     * @param width the embedding width
     * @return the embedding
     */
    static Block inputEmbedding(int classes, long width) {
        Block embedding = new ClassEmbedding(classes, width, false);
        embedding.setInitializer(new NormalInitializer(1f), Parameter.Type.WEIGHT);
        return embedding;
    }

    /**
     * A label embedding that weighs features (the projection discriminator's): initialised like
     * every other weight.
     *
     * @param classes the number of classes
     * @param width the embedding width, that of the features
     * @param spectralNorm whether to normalise the table by its largest singular value
     * @return the embedding
     */
    static Block weightEmbedding(int classes, long width, boolean spectralNorm) {
        return weights(new ClassEmbedding(classes, width, spectralNorm));
    }

    private static Block weights(Block block) {
        block.setInitializer(WEIGHTS, Parameter.Type.WEIGHT);
        return block;
    }
}
