package org.gan4j.core.joint;

import java.util.Locale;
import org.gan4j.core.eval.ClassifierCard;
import org.gan4j.core.eval.Hashes;

/**
 * What a cached joint embedding was trained on and how well it pairs real held-out samples, saved
 * as JSON next to its parameters.
 *
 * @param architectureVersion {@link JointEmbedding#VERSION}
 * @param dataset the name it is cached under
 * @param encoders the two encoders' description, e.g. {@code image:dcgan + text:relgan}
 * @param dataFingerprint the SHA-256 of the training and held-out pairs
 * @param trainPairs the training pairs
 * @param heldOutPairs the held-out pairs its R-precision was measured on
 * @param heldOutRPrecision the R-precision of the held-out a samples ranking their own b partners
 * @param settings the training settings, as written by {@link JointEmbedding.Settings#toString()}
 * @param wallSeconds the training time
 * @param sha256 the SHA-256 of the parameter file
 */
public record JointEmbeddingCard(int architectureVersion, String dataset, String encoders, String dataFingerprint,
        int trainPairs, int heldOutPairs, double heldOutRPrecision, String settings, double wallSeconds,
        String sha256) implements ClassifierCard {

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "joint embedding %s (%s, %s, %d training pairs; real held-out R-precision"
                + " %.4f on %d pairs)", Hashes.shorten(sha256), dataset, encoders, trainPairs, heldOutRPrecision,
                heldOutPairs);
    }
}
