/**
 * Joint embeddings of two modalities, free of any modality: two encoders (each modality's {@code
 * Architecture.encoder}) with a linear projection each to a shared width, trained on paired samples
 * with the symmetric InfoNCE loss ({@link org.gan4j.core.joint.InfoNce}, CLIP-style), cached with a
 * content-hash card ({@link org.gan4j.core.joint.JointEmbeddingCache}), and the R-precision
 * measured in that space ({@link org.gan4j.core.joint.RPrecision}; as a cross-modal check: {@link
 * org.gan4j.core.joint.RPrecisionCheck}).
 */
package org.gan4j.core.joint;
