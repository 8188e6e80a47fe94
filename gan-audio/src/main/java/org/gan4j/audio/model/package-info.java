/**
 * Audio GANs: WaveGAN (transposed 1-D convolutions of kernel 25 and stride 4, phase shuffle in the
 * discriminator) and SpecGAN-lite (a 2-D DCGAN on normalised log-magnitude spectrograms), both
 * optionally class-conditional (label embedding in G, projection D), and an audio encoder.
 */
package org.gan4j.audio.model;
