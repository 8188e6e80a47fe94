package org.gan4j.core.data;

import ai.djl.ndarray.NDArray;

/**
 * A batch of real samples with their conditions.
 *
 * @param samples shape (B, sample shape...), on the caller's per-step manager
 * @param conditions class indices (B) or embeddings (B, dim); {@code null} when unconditional
 */
public record RealBatch(NDArray samples, NDArray conditions) {}
