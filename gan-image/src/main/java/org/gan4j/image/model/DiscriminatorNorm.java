package org.gan4j.image.model;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import java.util.List;

/**
 * How a discriminator (and the encoder built from its trunk) keeps its layers in check: the DCGAN's
 * batch normalisation with leaky ReLU 0.2 (Radford et al. 2016), or SNGAN's spectral normalisation
 * of every weight with leaky ReLU 0.1 and no batch normalisation (Miyato et al. 2018).
 */
public enum DiscriminatorNorm {
    /** Batch normalisation after every convolution but the first; leaky ReLU 0.2. */
    BATCH(0.2f),
    /** Spectrally normalised weights, no batch normalisation; leaky ReLU 0.1. */
    SPECTRAL(0.1f);

    private final float slope;

    DiscriminatorNorm(float slope) {
        this.slope = slope;
    }

    /** @return the negative slope of the leaky ReLUs */
    public float slope() {
        return slope;
    }

    /**
     * One downsampling stage: convolution (k4, s2, p1), batch normalisation where this style uses
     * it, leaky ReLU.
     *
     * @param filters the output channels
     * @param first whether the stage sees the image itself (never batch-normalised)
     * @return the stage's layers in order
     */
    List<Block> downsampling(int filters, boolean first) {
        Block activation = Activation.leakyReluBlock(slope);
        if (this == SPECTRAL) {
            return List.of(DcganLayers.spectralConvolution(filters), activation);
        }
        if (first) {
            return List.of(DcganLayers.convolution(filters, true), activation);
        }
        return List.of(DcganLayers.convolution(filters, false), DcganLayers.batchNorm(), activation);
    }

    /**
     * @param units the output features
     * @return the fully connected layer of this style, with bias
     */
    Block linear(long units) {
        return this == SPECTRAL ? DcganLayers.spectralLinear(units) : DcganLayers.linear(units, true);
    }

    /**
     * @param classes the number of classes
     * @param features the width of the features the embedding is projected on
     * @return the projection discriminator's class embedding of this style
     */
    Block projection(int classes, long features) {
        return DcganLayers.weightEmbedding(classes, features, this == SPECTRAL);
    }
}
