/**
 * Convolutional GANs for images of shape (C, H, W): the DCGAN of Radford et al. (2016) and its
 * spectrally normalised variant (Miyato et al. 2018) for 28, 32 and 64 pixels, grey or RGB,
 * unconditional or conditioned on a class label (generator: label embedding concatenated to z;
 * discriminator: projection, Miyato and Koyama 2018, or a label channel concatenated to the image),
 * and an image encoder built from the discriminator's convolutional trunk. {@link
 * org.gan4j.image.model.DcganArchitecture} exposes them as {@link org.gan4j.core.spi.Architecture}s.
 */
package org.gan4j.image.model;
