package org.gan4j.audio.eval;

import org.gan4j.core.eval.CachedClassifierEvaluator;
import org.gan4j.core.eval.ClassifierEvaluator;

/**
 * Measures an audio generator with a cached {@link AudioClassifier} through gan-core's {@link
 * ClassifierEvaluator}; owns both and frees them on close.
 */
public final class AudioEvaluator extends CachedClassifierEvaluator<AudioEvaluatorCard> {

    AudioEvaluator(AudioEvaluatorCache.Loaded evaluator, ClassifierEvaluator metrics) {
        super(evaluator, metrics);
    }
}
