package org.gan4j.core.eval;

/**
 * A trained evaluator classifier with the card saying what it was trained on; closing frees its
 * weights.
 *
 * @param <C> the modality's evaluator card
 */
public interface CachedClassifier<C> extends AutoCloseable {

    /** @return its provenance: hash, data and held-out accuracy */
    C card();

    @Override
    void close();
}
