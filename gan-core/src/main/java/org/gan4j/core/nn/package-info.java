/**
 * Layers that DJL's PyTorch engine lacks: a transposed convolution for 1-D and 2-D inputs (computed
 * as one ordinary convolution over stride-phases followed by a pixel shuffle, so it stays fast and
 * differentiable), and spectral normalisation (Miyato et al. 2018) for linear layers, convolutions
 * and transposed convolutions. Every layer here is a {@link org.gan4j.core.nn.WeightLayer}: one
 * weight, an optional bias and, where asked for, a spectrally normalised view of the weight whose
 * power-iteration vector is a non-trainable parameter saved and loaded with the others.
 */
package org.gan4j.core.nn;
