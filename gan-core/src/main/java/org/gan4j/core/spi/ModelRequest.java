package org.gan4j.core.spi;

import ai.djl.ndarray.types.Shape;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.LatentPrior;
import org.gan4j.core.options.Options;

/**
 * What an architecture builds a GAN for.
 *
 * @param sampleShape the shape of one sample, from the data source
 * @param condition the condition the data carries
 * @param prior the latent prior
 * @param options the architecture's options from the configuration
 */
public record ModelRequest(Shape sampleShape, ConditionSpec condition, LatentPrior prior, Options options) {}
