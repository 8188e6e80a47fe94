package org.gan4j.audio.eval;

import java.util.List;
import java.util.Locale;
import org.gan4j.core.eval.ClassifierCard;
import org.gan4j.core.eval.Hashes;

/**
 * The provenance of a trained audio evaluator, saved beside its parameters as {@code evaluator.json}.
 *
 * @param architectureVersion the {@link AudioClassifier#ARCHITECTURE_VERSION} it was trained with
 * @param dataset the data source's name
 * @param dataFingerprint the SHA-256 of the training and held-out clips and labels
 * @param classes the class names, in label order
 * @param window the clip length
 * @param sampleRate the clips' rate
 * @param trainClips how many clips it trained on
 * @param heldOutClips how many held-out clips its accuracy was measured on
 * @param heldOutAccuracy the share of those classified correctly
 * @param training how it was trained
 * @param wallSeconds the wall time of training and measuring
 * @param sha256 the SHA-256 of the parameter file: the evaluator hash
 */
public record AudioEvaluatorCard(
        int architectureVersion,
        String dataset,
        String dataFingerprint,
        List<String> classes,
        int window,
        int sampleRate,
        int trainClips,
        int heldOutClips,
        double heldOutAccuracy,
        AudioClassifierTrainer.Settings training,
        double wallSeconds,
        String sha256) implements ClassifierCard {

    /** @return the first 12 hex digits of {@link #sha256} */
    public String hash() {
        return Hashes.shorten(sha256);
    }

    /** @return e.g. {@code evaluator spoken-digits 0123456789ab (held-out accuracy 97.10%)} */
    public String describe() {
        return String.format(Locale.ROOT, "evaluator %s %s (held-out accuracy %.2f%%)", dataset, hash(),
                100 * heldOutAccuracy);
    }
}
