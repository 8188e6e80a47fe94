package org.gan4j.examples.crossmodal;

import ai.djl.ndarray.NDArray;
import java.util.List;
import org.gan4j.core.eval.ClassifierEvaluator;
import org.gan4j.core.eval.Predictions;
import org.gan4j.text.captions.CaptionGrammar;

/**
 * The class judge of generated captions: the caption's digit, read exactly by {@link
 * GeneratedCaptions} (so only captions the grammar can write count). Probabilities have one
 * column per class plus a last column for "unreadable", which never matches a class; real captions
 * are all readable, so they score 1.0.
 */
final class CaptionClassifier implements ClassifierEvaluator.Classifier {

    private static final int CLASSES = 10;

    private final GeneratedCaptions captions;

    /** @param captions the decoder */
    CaptionClassifier(GeneratedCaptions captions) {
        this.captions = captions;
    }

    @Override
    public int classes() {
        return CLASSES;
    }

    @Override
    public Predictions predict(NDArray samples) {
        List<int[]> tokens = captions.tokens(samples);
        double[][] probabilities = new double[tokens.size()][CLASSES + 1];
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i][captions.read(tokens.get(i)).map(CaptionGrammar.DigitCaption::label).orElse(CLASSES)] = 1;
        }
        return new Predictions(probabilities, probabilities, null);
    }
}
