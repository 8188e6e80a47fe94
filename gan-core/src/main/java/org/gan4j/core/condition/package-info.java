/**
 * Cross-modal conditioning, free of any modality: a sample of one modality is turned into an
 * embedding by a {@link org.gan4j.core.condition.PretrainedEncoder} (another modality's {@code
 * Architecture.encoder}, pretrained on labels and then frozen), target samples are paired with
 * their partners' embeddings ({@link org.gan4j.core.condition.PairedEmbeddings}), and a {@link
 * org.gan4j.core.condition.PairedEmbeddingSource} feeds the trainer right, wrong (another class:
 * {@link org.gan4j.core.condition.MismatchedPartners}) and interpolated (GAN-INT) conditions. A
 * {@link org.gan4j.core.condition.CrossModalEvaluator} measures whether the generator follows the
 * condition's class, against a shuffled-condition lower bound.
 */
package org.gan4j.core.condition;
