/**
 * Cross-modal conditional GANs over the modalities on the class path, registered as the {@code
 * crossmodal} modality: the {@code multimodal-digits} paired data (MNIST or Fashion-MNIST images,
 * captions of attributes measured on each image ({@link org.gan4j.examples.crossmodal.CaptionScheme}),
 * or spoken digits of its class), a source modality's encoder
 * pretrained on it and frozen, the {@code conditional} architecture (a target modality's
 * architecture conditioned on the embeddings, with conditioning augmentation), captioned sample
 * grids and the cross-modal class accuracy (with, for captions, the R-precision in a joint
 * image–caption embedding); and the other way round, MNIST images as the source:
 * spoken digits drawn from images (WAV samples with their source images, gan-audio's classifier) and
 * captions written from images (judged by reading them exactly, written next to their source
 * images). The mechanism itself is gan-core's {@code
 * org.gan4j.core.condition}; this package only names the modalities.
 */
package org.gan4j.examples.crossmodal;
