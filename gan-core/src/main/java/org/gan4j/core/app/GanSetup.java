package org.gan4j.core.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.gan4j.core.app.config.ConfigLoader;
import org.gan4j.core.app.config.RunConfig;
import org.gan4j.core.spi.ModalityRegistry;

/**
 * A validated description of a training run, built with typed options:
 *
 * <pre>{@code
 * GanSetup setup = GanSetup.builder()
 *         .modality("points").data("ring8")
 *         .architecture("mlp", Map.of("width", 128, "layers", 4))
 *         .latent("normal", 2)
 *         .loss(LossSpec.hinge())
 *         .optimizers(Adam.of(1e-3).betas(0, 0.9), Adam.of(1e-3).betas(0, 0.9))
 *         .steps(2000).batchSize(256).seed(7)
 *         .build();
 * }</pre>
 *
 * <p>It is the same schema as a YAML or JSON configuration ({@link RunConfig}): a builder starts from
 * gan-core's defaults, or from a preset or file ({@link #preset}, {@link #fromFile}), and each typed
 * call sets the field a configuration file would. {@link #config()} is what a run writes to its
 * {@code config.json}, which re-runs it exactly.
 */
public final class GanSetup {

    private final RunConfig config;

    private GanSetup(RunConfig config) {
        this.config = config;
    }

    /** @return a builder over gan-core's defaults; name at least a modality, data source and architecture */
    public static Builder builder() {
        return new Builder(ConfigLoader.withDefaults());
    }

    /**
     * @param name a preset of a modality found through {@code ServiceLoader}, e.g. {@code points-ring}
     * @return a builder over the defaults and that preset
     * @throws org.gan4j.core.options.UnknownNameException listing the presets there are, if none has the name
     */
    public static Builder preset(String name) {
        ConfigLoader loader = ConfigLoader.withDefaults()
                .mergeYaml(ModalityRegistry.load().preset(name).yaml(), "preset " + name).set("preset", name);
        return new Builder(loader);
    }

    /**
     * @param file a YAML or JSON configuration (a run's {@code config.json} too)
     * @return a builder over the defaults and that file
     * @throws org.gan4j.core.options.ConfigException if the file is missing or malformed
     */
    public static Builder fromFile(Path file) {
        return new Builder(ConfigLoader.withDefaults().mergeFile(file));
    }

    /**
     * @param config a resolved configuration
     * @return the setup it describes, after validation
     */
    public static GanSetup of(RunConfig config) {
        return new GanSetup(config.validate());
    }

    /** @return the configuration, as {@code config.json} records it */
    public RunConfig config() {
        return config;
    }

    /** @return the configuration as JSON */
    @Override
    public String toString() {
        return ConfigLoader.toJson(config);
    }

    /** Sets the fields of a {@link GanSetup}; {@link #build()} validates them all and names the first bad one. */
    public static final class Builder {

        private final ConfigLoader loader;

        private Builder(ConfigLoader loader) {
            this.loader = loader;
        }

        /** @param name the modality, e.g. {@code image}, {@code audio}, {@code text}, {@code points} */
        public Builder modality(String name) {
            return set("modality", name);
        }

        /** @param name the modality's data source, e.g. {@code mnist} or {@code ring8} */
        public Builder data(String name) {
            return set("data.name", name);
        }

        /**
         * @param name the data source
         * @param options its options (replacing any set before)
         */
        public Builder data(String name, Map<String, ?> options) {
            return data(name).set("data.options", Map.copyOf(options));
        }

        /** @param name the modality's architecture, e.g. {@code dcgan} or {@code mlp} */
        public Builder architecture(String name) {
            return set("architecture.name", name);
        }

        /**
         * @param name the architecture
         * @param options its options (replacing any set before), e.g. {@code width}
         */
        public Builder architecture(String name, Map<String, ?> options) {
            return architecture(name).set("architecture.options", Map.copyOf(options));
        }

        /**
         * @param prior {@code normal} or {@code uniform}
         * @param dim the width of z
         */
        public Builder latent(String prior, int dim) {
            return set("latent.prior", prior).set("latent.dim", dim);
        }

        /** @param loss the adversarial loss, e.g. {@code LossSpec.hinge()} */
        public Builder loss(LossSpec loss) {
            return set("loss", Objects.requireNonNull(loss, "loss").toConfig());
        }

        /**
         * @param generator the generator's Adam
         * @param discriminator the discriminator's Adam (its learning rate may differ: TTUR)
         * @throws IllegalArgumentException if their betas differ (one pair serves both networks)
         */
        public Builder optimizers(Adam generator, Adam discriminator) {
            if (generator.beta1() != discriminator.beta1() || generator.beta2() != discriminator.beta2()) {
                throw new IllegalArgumentException("the generator's and discriminator's Adam must share their betas"
                        + " (train.beta1, train.beta2); got " + generator + " and " + discriminator);
            }
            return set("train.lrGenerator", generator.learningRate()).set("train.lrDiscriminator", discriminator.learningRate())
                    .set("train.beta1", generator.beta1()).set("train.beta2", generator.beta2());
        }

        /** @param steps generator steps to train for */
        public Builder steps(long steps) {
            return set("train.steps", steps);
        }

        /** @param batchSize samples per batch */
        public Builder batchSize(int batchSize) {
            return set("train.batchSize", batchSize);
        }

        /** @param nCritic discriminator updates per generator update */
        public Builder nCritic(int nCritic) {
            return set("train.nCritic", nCritic);
        }

        /** @param decay the generator weight average's decay, 0 for none */
        public Builder ema(double decay) {
            return set("train.emaDecay", decay);
        }

        /** @param seed the seed that makes the run reproducible */
        public Builder seed(long seed) {
            return set("train.seed", seed);
        }

        /** @param every steps between progress lines and loss entries */
        public Builder logEvery(int every) {
            return set("train.logEvery", every);
        }

        /**
         * @param every steps between checkpoints
         * @param keepLast how many recent checkpoints to keep (the best one is kept besides)
         */
        public Builder checkpoints(int every, int keepLast) {
            return set("checkpoint.every", every).set("checkpoint.keepLast", keepLast);
        }

        /**
         * @param metric the metric that picks the best checkpoint
         * @param tieBreak the metric that decides between equal values, or empty
         */
        public Builder bestCheckpoint(String metric, String tieBreak) {
            return set("checkpoint.bestMetric", metric).set("checkpoint.bestTieBreak", tieBreak);
        }

        /**
         * @param every steps between evaluations, 0 for the end only
         * @param samples generated samples per evaluation
         */
        public Builder evaluation(int every, int samples) {
            return set("eval.every", every).set("eval.samples", samples);
        }

        /**
         * @param every steps between sample files
         * @param count samples per file
         */
        public Builder samples(int every, int count) {
            return set("samples.every", every).set("samples.count", count);
        }

        /**
         * @param name {@code none}, {@code wgan-gp}, {@code wgan-gp-one-sided}, {@code r1} or {@code r2}
         * @param weight its λ (R1's γ)
         */
        public Builder gradientPenalty(String name, double weight) {
            return set("stabilize.gradientPenalty", name).set("stabilize.penaltyWeight", weight);
        }

        /** @param policy a DiffAugment policy, e.g. {@code translation,cutout}; empty for none */
        public Builder augment(String policy) {
            return set("stabilize.augment", policy);
        }

        /** @param maxRollbacks rollbacks to the last good checkpoint before a diverging run stops */
        public Builder rollbacks(int maxRollbacks) {
            return set("watchdog.maxRollbacks", maxRollbacks);
        }

        /** @param enabled whether the run keeps {@code report.html} up to date */
        public Builder report(boolean enabled) {
            return set("report.enabled", enabled);
        }

        /**
         * Sets any field by its configuration path, for options without a typed method.
         *
         * @param dottedPath e.g. {@code watchdog.chanceFactor}
         * @param value a number, string, boolean, map or record
         */
        public Builder set(String dottedPath, Object value) {
            loader.set(dottedPath, value);
            return this;
        }

        /**
         * @return the validated setup
         * @throws org.gan4j.core.options.ConfigException naming the first missing, unknown or out-of-range field
         */
        public GanSetup build() {
            return new GanSetup(loader.resolve());
        }
    }
}
