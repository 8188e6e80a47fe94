package org.gan4j.image.eval;

import org.gan4j.core.eval.CachedClassifier;

/**
 * A trained evaluator classifier with its provenance.
 *
 * @param card what it was trained on and how, and its hash
 * @param classifier the network, for inference
 */
public record TrainedClassifier(EvaluatorCard card, ImageClassifier classifier)
        implements CachedClassifier<EvaluatorCard> {

    /** Frees the classifier's weights. */
    @Override
    public void close() {
        classifier.close();
    }
}
