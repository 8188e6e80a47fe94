/**
 * The self-hosted audio evaluator: a small CNN on log-mel spectrograms ({@link
 * org.gan4j.audio.eval.AudioClassifier}), trained on the real training clips and measured on the
 * held-out voices, cached with its SHA-256 card; gan-core's {@link
 * org.gan4j.core.eval.ClassifierEvaluator} turns its features and probabilities into IS, FID, KID,
 * precision/recall and class metrics beside real held-out references.
 */
package org.gan4j.audio.eval;
