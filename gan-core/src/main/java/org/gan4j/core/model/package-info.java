/** What a GAN is made of: generator, discriminator, latent prior and condition. */
package org.gan4j.core.model;
