/**
 * Cross-modal conditional GANs over the modalities on the class path, registered as the {@code
 * crossmodal} modality: the {@code multimodal-digits} paired data (MNIST images, captions of
 * attributes measured on each image, or spoken digits of its class), a source modality's encoder
 * pretrained on it and frozen, the {@code conditional} architecture (a target modality's
 * architecture conditioned on the embeddings, with conditioning augmentation), captioned sample
 * grids and the cross-modal class accuracy; in the image→text direction, captions written from
 * image embeddings, judged by reading them exactly and written next to their source images. The mechanism itself is gan-core's {@code
 * org.gan4j.core.condition}; this package only names the modalities.
 */
package org.gan4j.examples.crossmodal;
