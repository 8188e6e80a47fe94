package org.gan4j.image.eval;

import java.util.List;
import org.gan4j.core.eval.CachedClassifierEvaluator;
import org.gan4j.core.eval.ClassifierEvaluator;
import org.gan4j.core.eval.Predictions;
import org.gan4j.image.data.ImageData;

/**
 * Measures an image generator with a self-trained {@link ImageClassifier} through gan-core's
 * {@link ClassifierEvaluator}: {@code inception-score}
 * (10 splits), {@code fid} against the statistics of up to {@value #STATISTICS_IMAGES} real training
 * images, {@code kid}, {@code precision} and {@code recall} (k = 3) against up to {@value
 * ClassifierEvaluator#MANIFOLD_ROWS} of their feature rows, and either the class histogram ({@code modes-covered},
 * {@code class-kl-uniform}, {@code top-class-share}) of an unconditional generator or the {@code
 * class-accuracy} of a class-conditional one, which is asked for the classes 0..k-1 in turn.
 *
 * <p>Every metric names its sample count, and its note the evaluator hash and the value real
 * held-out images reach with the same counts ({@link #realReference}). The real training
 * statistics are computed once, when the evaluator is made; the references once per count.
 */
public final class ImageEvaluator extends CachedClassifierEvaluator<EvaluatorCard> {

    /** How many real training images the FID statistics are taken from (fewer if there are fewer). */
    public static final int STATISTICS_IMAGES = 10_000;

    /** The fewest samples an evaluation takes: one per Inception Score split. */
    public static final int MIN_SAMPLES = ClassifierEvaluator.MIN_SAMPLES;

    /**
     * Classifies the real references: a seeded random sample of the training images and all
     * held-out images in seeded random order. Takes ownership of {@code evaluator}.
     *
     * @param evaluator the trained classifier with its card
     * @param train real training images
     * @param heldOut real held-out images, at least {@value #MIN_SAMPLES}
     * @param seed the seed of the sampling orders
     * @throws IllegalArgumentException if the images do not fit the classifier or are too few
     */
    public ImageEvaluator(TrainedClassifier evaluator, ImageData train, ImageData heldOut, long seed) {
        super(evaluator, metrics(evaluator, train, heldOut, seed));
    }

    private static ClassifierEvaluator metrics(TrainedClassifier evaluator, ImageData train, ImageData heldOut,
            long seed) {
        ImageClassifier classifier = evaluator.classifier();
        for (ImageData part : List.of(train, heldOut)) {
            if (!part.sampleShape().equals(classifier.sampleShape()) || part.classes().size() != classifier.classes()) {
                throw new IllegalArgumentException("images " + part.sampleShape() + " of " + part.classes().size()
                        + " classes do not fit " + evaluator.card().describe() + " for " + classifier.sampleShape()
                        + " and " + classifier.classes() + " classes");
            }
        }
        if (train.size() < MIN_SAMPLES || heldOut.size() < MIN_SAMPLES) {
            throw new IllegalArgumentException("the image evaluator needs at least " + MIN_SAMPLES
                    + " training and held-out images, got " + train.size() + " and " + heldOut.size());
        }
        Predictions trainSample = classifier.predict(train, Math.min(STATISTICS_IMAGES, train.size()), seed);
        return new ClassifierEvaluator(evaluator.card().describe(), classifier, trainSample,
                classifier.predict(heldOut, heldOut.size(), seed));
    }
}
