package org.gan4j.core.train;

/**
 * The optimisation settings of a {@link GanTrainer}.
 *
 * @param batchSize samples per batch
 * @param nCritic discriminator updates per generator update (≥ 1)
 * @param lrGenerator the generator's Adam learning rate
 * @param lrDiscriminator the discriminator's Adam learning rate
 * @param beta1 Adam's first-moment decay
 * @param beta2 Adam's second-moment decay
 * @param emaDecay decay of the generator weight average; 0 disables it
 * @param seed the run's seed
 * @param modeSeeking weight of the {@link ModeSeeking} regularizer of the generator; 0 disables it
 */
public record TrainerSettings(
        int batchSize,
        int nCritic,
        float lrGenerator,
        float lrDiscriminator,
        float beta1,
        float beta2,
        float emaDecay,
        long seed,
        float modeSeeking) {

    /**
     * Settings without the mode-seeking regularizer.
     *
     * @param batchSize samples per batch
     * @param nCritic discriminator updates per generator update
     * @param lrGenerator the generator's learning rate
     * @param lrDiscriminator the discriminator's learning rate
     * @param beta1 Adam's first-moment decay
     * @param beta2 Adam's second-moment decay
     * @param emaDecay the generator weight average's decay, 0 for none
     * @param seed the seed of every random draw
     */
    public TrainerSettings(int batchSize, int nCritic, float lrGenerator, float lrDiscriminator, float beta1,
            float beta2, float emaDecay, long seed) {
        this(batchSize, nCritic, lrGenerator, lrDiscriminator, beta1, beta2, emaDecay, seed, 0f);
    }

    /** Validates ranges, naming the field. */
    public TrainerSettings {
        check(batchSize >= 1, "batchSize", batchSize, "≥ 1");
        check(nCritic >= 1, "nCritic", nCritic, "≥ 1");
        check(lrGenerator > 0 && Float.isFinite(lrGenerator), "lrGenerator", lrGenerator, "a finite number > 0");
        check(lrDiscriminator > 0 && Float.isFinite(lrDiscriminator), "lrDiscriminator", lrDiscriminator, "a finite number > 0");
        check(beta1 >= 0 && beta1 < 1, "beta1", beta1, "in [0, 1)");
        check(beta2 >= 0 && beta2 < 1, "beta2", beta2, "in [0, 1)");
        check(emaDecay >= 0 && emaDecay < 1, "emaDecay", emaDecay, "in [0, 1)");
        check(modeSeeking >= 0 && Float.isFinite(modeSeeking), "modeSeeking", modeSeeking, "a finite number ≥ 0");
        check(modeSeeking == 0 || batchSize >= 2, "batchSize", batchSize, "≥ 2 with the mode-seeking regularizer");
    }

    private static void check(boolean ok, String field, Object value, String allowed) {
        if (!ok) {
            throw new IllegalArgumentException("train." + field + " = " + value + " is invalid: expected " + allowed);
        }
    }
}
