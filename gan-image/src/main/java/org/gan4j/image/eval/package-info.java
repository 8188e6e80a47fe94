/**
 * The self-hosted image evaluator. No pretrained Inception network is available, so gan4j trains
 * its own: an {@link org.gan4j.image.eval.ImageClassifier} (a small CNN) fitted by the {@link
 * org.gan4j.image.eval.ClassifierTrainer} on the real training split and measured on the held-out
 * split, cached with its provenance and SHA-256 by the {@link org.gan4j.image.eval.EvaluatorCache}.
 * The {@link org.gan4j.image.eval.ImageEvaluator} feeds its penultimate features and class
 * probabilities to gan-core's metrics (IS, FID, KID, precision/recall, class histogram, class
 * accuracy) and reports each beside the value real held-out images reach ({@link
 * org.gan4j.core.eval.RealReference}), naming the evaluator hash. {@link
 * org.gan4j.image.eval.ImageEvaluatorFactory} plugs it into gan-core.
 */
package org.gan4j.image.eval;
