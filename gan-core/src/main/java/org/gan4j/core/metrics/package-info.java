/**
 * Modality-free metric values and the maths behind sample-quality metrics.
 *
 * <p>{@link org.gan4j.core.metrics.MetricValue} is what an evaluator reports. The metric classes
 * work on plain arrays, exactly and without an engine, so each modality's evaluator feeds them its
 * own classifier's outputs: class probabilities ({@link org.gan4j.core.metrics.InceptionScore}),
 * predicted classes ({@link org.gan4j.core.metrics.ClassHistogram},
 * {@link org.gan4j.core.metrics.ClassAccuracy}) or feature vectors
 * ({@link org.gan4j.core.metrics.FrechetDistance}, {@link org.gan4j.core.metrics.KernelInceptionDistance},
 * {@link org.gan4j.core.metrics.PrecisionRecall}). Matrices are {@code double[n][d]}, one sample a
 * row; malformed inputs raise {@link java.lang.IllegalArgumentException} naming the argument and the
 * expected shape.
 */
package org.gan4j.core.metrics;
