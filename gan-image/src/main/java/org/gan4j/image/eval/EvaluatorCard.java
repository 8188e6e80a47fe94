package org.gan4j.image.eval;

import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.Locale;
import org.gan4j.core.eval.ClassifierCard;
import org.gan4j.core.eval.Hashes;

/**
 * The provenance of a trained evaluator, saved beside its parameters as {@code evaluator.json}.
 *
 * @param architectureVersion the {@link ImageClassifier#ARCHITECTURE_VERSION} it was trained with
 * @param dataset the data source's name, e.g. {@code mnist}
 * @param dataFingerprint the SHA-256 of the training and held-out images and labels
 * @param classes the class names, in label order
 * @param channels C of the images
 * @param height H of the images
 * @param width W of the images
 * @param trainImages how many images it trained on
 * @param heldOutImages how many held-out images its accuracy was measured on
 * @param heldOutAccuracy the share of those classified correctly
 * @param training how it was trained
 * @param wallSeconds the wall time of training and measuring
 * @param sha256 the SHA-256 of the parameter file: the evaluator hash
 */
public record EvaluatorCard(
        int architectureVersion,
        String dataset,
        String dataFingerprint,
        List<String> classes,
        int channels,
        int height,
        int width,
        int trainImages,
        int heldOutImages,
        double heldOutAccuracy,
        ClassifierTrainer.Settings training,
        double wallSeconds,
        String sha256) implements ClassifierCard {

    /** @return the first 12 hex digits of {@link #sha256}, the hash every report names */
    public String hash() {
        return Hashes.shorten(sha256);
    }

    /** @return (C, H, W) */
    public Shape sampleShape() {
        return new Shape(channels, height, width);
    }

    /** @return e.g. {@code evaluator mnist 0123456789ab (held-out accuracy 99.12%)} */
    public String describe() {
        return String.format(Locale.ROOT, "evaluator %s %s (held-out accuracy %.2f%%)", dataset, hash(),
                100 * heldOutAccuracy);
    }
}
