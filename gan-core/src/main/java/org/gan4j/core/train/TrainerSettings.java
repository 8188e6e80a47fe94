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

    /**
     * @return a builder starting from gan-core's defaults: batch 64, one critic update, Adam 2e-4
     *     for both networks with betas (0.5, 0.999), no weight average, seed 0, no mode seeking
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Named, checked settings: {@code TrainerSettings.builder().batchSize(64).learningRates(2e-4, 2e-4).build()}. */
    public static final class Builder {
        private int batchSize = 64;
        private int nCritic = 1;
        private double lrGenerator = 2e-4;
        private double lrDiscriminator = 2e-4;
        private double beta1 = 0.5;
        private double beta2 = 0.999;
        private double emaDecay;
        private long seed;
        private double modeSeeking;

        private Builder() {}

        /** @param size samples per batch @return this builder */
        public Builder batchSize(int size) {
            this.batchSize = size;
            return this;
        }

        /** @param updates discriminator updates per generator update @return this builder */
        public Builder nCritic(int updates) {
            this.nCritic = updates;
            return this;
        }

        /**
         * @param generator the generator's Adam learning rate
         * @param discriminator the discriminator's
         * @return this builder
         */
        public Builder learningRates(double generator, double discriminator) {
            this.lrGenerator = generator;
            this.lrDiscriminator = discriminator;
            return this;
        }

        /**
         * @param first Adam's first-moment decay
         * @param second Adam's second-moment decay
         * @return this builder
         */
        public Builder betas(double first, double second) {
            this.beta1 = first;
            this.beta2 = second;
            return this;
        }

        /** @param decay the generator weight average's decay, 0 for none @return this builder */
        public Builder emaDecay(double decay) {
            this.emaDecay = decay;
            return this;
        }

        /** @param runSeed the seed of every random draw @return this builder */
        public Builder seed(long runSeed) {
            this.seed = runSeed;
            return this;
        }

        /** @param weight the mode-seeking regularizer's weight, 0 for none @return this builder */
        public Builder modeSeeking(double weight) {
            this.modeSeeking = weight;
            return this;
        }

        /**
         * @return the settings
         * @throws IllegalArgumentException naming the first field out of range
         */
        public TrainerSettings build() {
            return new TrainerSettings(batchSize, nCritic, (float) lrGenerator, (float) lrDiscriminator, (float) beta1,
                    (float) beta2, (float) emaDecay, seed, (float) modeSeeking);
        }
    }

    private static void check(boolean ok, String field, Object value, String allowed) {
        if (!ok) {
            throw new IllegalArgumentException("train." + field + " = " + value + " is invalid: expected " + allowed);
        }
    }
}
