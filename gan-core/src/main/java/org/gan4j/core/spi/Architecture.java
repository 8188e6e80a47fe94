package org.gan4j.core.spi;

import ai.djl.nn.Block;
import org.gan4j.core.model.GanModel;

/** A named generator/discriminator pair of a modality, e.g. {@code dcgan} or {@code mlp}. */
public interface Architecture {

    /** The registry name. */
    String name();

    /** A one-line description for {@code gan list}. */
    String description();

    /**
     * Builds an uninitialized GAN.
     *
     * @param request sample shape, condition, prior and options
     * @return the model
     */
    GanModel build(ModelRequest request);

    /**
     * Builds an encoder mapping one sample of this modality to an embedding, for use as another
     * modality's condition.
     *
     * @param request sample shape and options
     * @param embeddingDim the width of the embedding
     * @return an uninitialized block mapping (B, sample...) to (B, embeddingDim)
     * @throws UnsupportedOperationException if this architecture has no encoder
     */
    default Block encoder(ModelRequest request, int embeddingDim) {
        throw new UnsupportedOperationException("architecture '" + name() + "' has no encoder");
    }
}
