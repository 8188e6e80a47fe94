package org.gan4j.core.app.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Map;
import org.gan4j.core.augment.DiffAugment;
import org.gan4j.core.loss.Losses;
import org.gan4j.core.options.ConfigException;
import org.gan4j.core.options.Options;
import org.gan4j.core.options.UnknownNameException;
import org.gan4j.core.train.GradientPenalty;

/**
 * The full, resolved configuration of a training run. It is written to the run directory as
 * {@code config.json} and re-running it reproduces the run.
 *
 * @param modality the modality name, e.g. {@code points}
 * @param preset the preset it was derived from, or empty
 * @param data the data source and its options
 * @param architecture the architecture and its options
 * @param latent the latent prior
 * @param loss the adversarial loss
 * @param train optimisation settings
 * @param checkpoint checkpoint cadence and retention
 * @param eval evaluation cadence and sample counts
 * @param samples sample-writing cadence
 * @param watchdog divergence handling
 * @param report the HTML run report; absent (a run from before the report existed) means enabled
 * @param stabilize regularization of the discriminator and the generalization alarms; absent in
 *     configurations saved before it existed, which then get {@link Stabilize#DEFAULT}
 */
public record RunConfig(
        String modality,
        String preset,
        Component data,
        Component architecture,
        Latent latent,
        Loss loss,
        Train train,
        Checkpoint checkpoint,
        Eval eval,
        Samples samples,
        Watchdog watchdog,
        Report report,
        Stabilize stabilize) {

    /** Fills in the sections that configurations saved before they existed lack. */
    public RunConfig {
        report = report == null ? new Report(true) : report;
        stabilize = stabilize == null ? Stabilize.DEFAULT : stabilize;
    }

    /**
     * A named component with free-form options.
     *
     * @param name the registered name
     * @param options the component's options
     */
    public record Component(String name, Map<String, Object> options) {
        /**
         * @param path the field path, e.g. {@code architecture}
         * @return typed accessors for the options
         */
        public Options options(String path) {
            return new Options(path + ".options", options);
        }
    }

    /**
     * @param prior {@code normal} or {@code uniform}
     * @param dim the width of z
     */
    public record Latent(String prior, int dim) {}

    /**
     * @param name a name from {@code Losses.NAMES}
     * @param labelSmoothing one-sided label smoothing in [0, 0.5)
     * @param modeSeeking weight of the mode-seeking regularizer of the generator (Mao et al.
     *     2019), 0 for none: it rewards G for mapping different z to different samples, the fix for
     *     conditional generators that learn to ignore z
     */
    public record Loss(String name, double labelSmoothing, double modeSeeking) {}

    /**
     * @param steps generator steps to train for
     * @param batchSize samples per batch
     * @param nCritic discriminator steps per generator step
     * @param lrGenerator generator learning rate
     * @param lrDiscriminator discriminator learning rate (TTUR: may differ)
     * @param beta1 Adam's first-moment decay
     * @param beta2 Adam's second-moment decay
     * @param emaDecay decay of the generator's weight average; 0 turns the average off
     * @param seed the seed that makes the run reproducible
     * @param logEvery steps between metrics.json entries and progress lines
     * @param devices how many devices a step is split across (data parallelism): the run's device
     *     and the GPUs after it; 1 trains on one device
     */
    public record Train(
            long steps,
            int batchSize,
            int nCritic,
            double lrGenerator,
            double lrDiscriminator,
            double beta1,
            double beta2,
            double emaDecay,
            long seed,
            int logEvery,
            int devices) {}

    /**
     * @param every steps between checkpoints
     * @param keepLast how many recent checkpoints to keep (the best is kept besides)
     * @param bestMetric the metric that picks the best checkpoint; empty for none
     * @param bestTieBreak the metric that decides between evaluations equal in {@code bestMetric}
     *     (one that saturates, such as {@code modes-covered}); empty keeps the earliest of them
     */
    public record Checkpoint(int every, int keepLast, String bestMetric, String bestTieBreak) {

        /** A saved configuration from before {@code bestTieBreak} existed reads as having none. */
        public Checkpoint {
            bestTieBreak = bestTieBreak == null ? "" : bestTieBreak;
        }
    }

    /**
     * @param every steps between evaluations; 0 evaluates only at the end
     * @param samples generated samples per evaluation
     */
    public record Eval(int every, int samples) {}

    /**
     * @param every steps between sample files
     * @param count samples per file (drawn from fixed noise)
     */
    public record Samples(int every, int count) {}

    /**
     * @param maxRollbacks rollbacks allowed before the run stops; 0 stops at the first divergence
     * @param lrFactor learning-rate multiplier applied at each rollback, in (0, 1)
     * @param maxLoss a loss whose magnitude exceeds this counts as runaway
     * @param chanceFactor the discriminator counts as collapsed when its median loss over
     *     {@code window} steps exceeds this many times its chance-level loss (outputs 0); 0 turns it off
     * @param window steps averaged by the chance check
     */
    public record Watchdog(int maxRollbacks, double lrFactor, double maxLoss, double chanceFactor, int window) {}

    /**
     * @param enabled whether training rewrites {@code report.html} in the run directory after each
     *     evaluation and sample write and at the end
     */
    public record Report(boolean enabled) {}

    /**
     * Regularization of the discriminator and the alarms of the generalization metrics.
     *
     * @param gradientPenalty {@code none}, {@code wgan-gp}, {@code wgan-gp-one-sided}, {@code r1}
     *     or {@code r2}
     * @param penaltyWeight the penalty's λ (10 for WGAN-GP; R1's γ)
     * @param augment a DiffAugment policy: comma-separated {@code translation}, {@code cutout},
     *     {@code color}, {@code gain}; empty or {@code none} for none
     * @param instanceNoise the initial standard deviation of instance noise, 0 for none
     * @param instanceNoiseSteps steps over which the noise falls linearly to 0; 0 keeps it constant
     * @param modeCollapseKl the alarm threshold on {@code class-kl-uniform} (nats)
     * @param overfitGap the alarm threshold on {@code d/heldout-gap}, D's accuracy on training
     *     minus held-out real data
     */
    public record Stabilize(
            String gradientPenalty,
            double penaltyWeight,
            String augment,
            double instanceNoise,
            long instanceNoiseSteps,
            double modeCollapseKl,
            double overfitGap) {

        /** The defaults: nothing on, alarms at KL 0.5 nats and a 0.2 accuracy gap. */
        public static final Stabilize DEFAULT = new Stabilize("none", 10.0, "", 0.0, 0, 0.5, 0.2);
    }

    /**
     * Checks every field, naming the first bad one with its value and allowed range.
     *
     * @return this configuration
     * @throws ConfigException on the first invalid field
     */
    public RunConfig validate() {
        requireName("modality", modality);
        requireComponent("data", data);
        requireComponent("architecture", architecture);
        require(latent != null, "latent", null, "a section with prior and dim");
        requireName("latent.prior", latent.prior());
        oneOf("latent.prior", latent.prior(), List.of("normal", "uniform"));
        range("latent.dim", latent.dim(), 1, 65536);
        require(loss != null, "loss", null, "a section with name, labelSmoothing and modeSeeking");
        requireName("loss.name", loss.name());
        oneOf("loss.name", loss.name(), Losses.NAMES);
        range("loss.labelSmoothing", loss.labelSmoothing(), 0, 0.4999);
        range("loss.modeSeeking", loss.modeSeeking(), 0, 100);
        require(train != null, "train", null, "a section");
        range("train.steps", train.steps(), 1, Long.MAX_VALUE);
        range("train.batchSize", train.batchSize(), 1, 65536);
        range("train.nCritic", train.nCritic(), 1, 100);
        positive("train.lrGenerator", train.lrGenerator());
        positive("train.lrDiscriminator", train.lrDiscriminator());
        range("train.beta1", train.beta1(), 0, 0.9999);
        range("train.beta2", train.beta2(), 0, 0.99999);
        range("train.emaDecay", train.emaDecay(), 0, 0.99999);
        range("train.logEvery", train.logEvery(), 1, Integer.MAX_VALUE);
        range("train.devices", train.devices(), 1, 64);
        require(checkpoint != null, "checkpoint", null, "a section");
        range("checkpoint.every", checkpoint.every(), 1, Integer.MAX_VALUE);
        range("checkpoint.keepLast", checkpoint.keepLast(), 1, 1000);
        require(eval != null, "eval", null, "a section");
        range("eval.every", eval.every(), 0, Integer.MAX_VALUE);
        range("eval.samples", eval.samples(), 1, 1_000_000);
        require(samples != null, "samples", null, "a section");
        range("samples.every", samples.every(), 1, Integer.MAX_VALUE);
        range("samples.count", samples.count(), 1, 10_000);
        require(watchdog != null, "watchdog", null, "a section");
        range("watchdog.maxRollbacks", watchdog.maxRollbacks(), 0, 100);
        range("watchdog.lrFactor", watchdog.lrFactor(), 1e-6, 0.999999);
        positive("watchdog.maxLoss", watchdog.maxLoss());
        if (watchdog.chanceFactor() != 0) {
            range("watchdog.chanceFactor", watchdog.chanceFactor(), 1, 1000);
        }
        range("watchdog.window", watchdog.window(), 1, 1_000_000);
        validateStabilize(stabilize());
        return this;
    }

    private static void validateStabilize(Stabilize s) {
        require(s.gradientPenalty() != null && GradientPenalty.NAMES.contains(s.gradientPenalty()),
                "stabilize.gradientPenalty", s.gradientPenalty(), "one of " + GradientPenalty.NAMES);
        range("stabilize.penaltyWeight", s.penaltyWeight(), 0, 10_000);
        try {
            DiffAugment.parse(s.augment());
        } catch (UnknownNameException e) {
            throw new ConfigException("stabilize.augment = " + s.augment() + " is invalid: expected a comma-separated"
                    + " list of " + DiffAugment.NAMES + ", or empty", e);
        }
        range("stabilize.instanceNoise", s.instanceNoise(), 0, 10);
        range("stabilize.instanceNoiseSteps", s.instanceNoiseSteps(), 0, Long.MAX_VALUE);
        range("stabilize.modeCollapseKl", s.modeCollapseKl(), 0, 100);
        range("stabilize.overfitGap", s.overfitGap(), 0, 1);
    }

    /** @return whether the generator's weights are averaged */
    @JsonIgnore
    public boolean emaEnabled() {
        return train.emaDecay() > 0;
    }

    private static void requireComponent(String field, Component c) {
        require(c != null, field, null, "a section with a name and options");
        requireName(field + ".name", c.name());
    }

    private static void requireName(String field, String value) {
        require(value != null && !value.isBlank(), field, value, "a non-empty name");
    }

    private static void oneOf(String field, String value, List<String> allowed) {
        require(allowed.contains(value), field, value, "one of " + String.join(", ", allowed));
    }

    private static void positive(String field, double value) {
        require(value > 0 && Double.isFinite(value), field, value, "a finite number > 0");
    }

    private static void range(String field, double value, double min, double max) {
        require(value >= min && value <= max, field, value, "a value in [" + fmt(min) + ", " + fmt(max) + "]");
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static void require(boolean ok, String field, Object value, String allowed) {
        if (!ok) {
            String shown = value instanceof Double d ? fmt(d) : String.valueOf(value);
            throw new ConfigException(field + " = " + shown + " is invalid: expected " + allowed);
        }
    }
}
