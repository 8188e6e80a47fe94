package org.gan4j.core.train;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.data.RealBatch;
import org.gan4j.core.loss.GanLoss;
import org.gan4j.core.loss.MatchingAwareLoss;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.nn.PenalizedGenerator;
import org.gan4j.core.nn.Scalars;
import org.gan4j.core.optim.AdamOptimizer;
import org.gan4j.core.optim.RateFactors;
import org.gan4j.core.parallel.DataParallel;

/**
 * The adversarial training step, and the only class that knows its order.
 *
 * <p>One {@link #step()} is {@code nCritic} discriminator updates followed by one generator
 * update:
 *
 * <ol>
 *   <li>D update: fakes are generated outside any gradient collector (so they carry no graph and
 *       are detached), D sees a real batch and the fakes, its loss is backpropagated and D's own
 *       Adam steps.
 *   <li>G update: D's parameters are frozen, so no gradient reaches them; G's loss through D is
 *       backpropagated and G's own Adam steps (separate learning rates: TTUR).
 *   <li>The weight average of G moves towards the new weights.
 * </ol>
 *
 * <p>With an auxiliary classifier (AC-GAN), the discriminator returns class logits as a second
 * output and both updates add a weighted cross-entropy against the batch's labels: on real
 * samples for D, on fake samples for G. Training the classifier on real data only keeps it an
 * honest judge of class; when D also learns the fakes' labels, G and D can settle on a
 * self-consistent but inverted labelling (observed on a two-class toy problem).
 *
 * <p>With the mode-seeking regularizer ({@link TrainerSettings#modeSeeking()}), the generator's
 * batch is made of two halves sharing their conditions, and {@link ModeSeeking}'s penalty is added
 * to its loss.
 *
 * <p>With {@link Regularization}, D's loss includes a {@link GradientPenalty} (its value is part of
 * the reported D loss), and every batch D sees in either update passes through DiffAugment and
 * instance noise.
 *
 * <p>Cross-modal conditioning: when the real batch carries mismatched conditions, D's loss is the
 * {@link MatchingAwareLoss} (real/right, fake/right, real/wrong); when it carries generator
 * conditions (e.g. interpolated embeddings), G's update uses those; a {@link PenalizedGenerator}'s
 * penalty output (e.g. the conditioning-augmentation KL) is added to G's loss.
 *
 * <p>Every array made during a step lives on a per-step sub-manager closed at the end of the step,
 * so native memory stays flat. Random numbers come from the engine re-seeded from (seed, step,
 * phase), and real batches are addressed by number, so a run resumed from a checkpoint continues
 * exactly as the uninterrupted run would have. Fake samples are generated with the real batch's
 * conditions.
 *
 * <p>After {@link #replicate}, every training forward pass of G and D is split across devices
 * ({@link DataParallel}); noise and batches are drawn as on one device and the losses are computed
 * on the gathered outputs, so the step computes the same gradients up to rounding (and batch-norm
 * statistics, which become per-slice).
 */
public final class GanTrainer implements AutoCloseable {

    private static final int INIT_PHASE = -1;
    /** How far apart random streams start: a stream's seed and its first batch number. */
    private static final long STREAM_SEED_STRIDE = 0x632BE59BD9B4E019L;
    private static final long STREAM_BATCH_STRIDE = 1_000_003L;

    private final NDManager manager;
    private final GanModel model;
    private final DataSource data;
    private final GanLoss loss;
    private final TrainerSettings settings;
    private final Regularization regularization;
    private final Block generator;
    private final Block discriminator;
    private final Block averageGenerator;
    private final WeightAverage average;
    private final AdamOptimizer generatorOptimizer;
    private final AdamOptimizer discriminatorOptimizer;
    private final ParameterStore parameterStore;
    private DataParallel parallel;
    private boolean replicasStale;
    private long stream;
    private long step;

    /**
     * Builds and initializes the networks and optimizers.
     *
     * @param model the GAN
     * @param data the real data; its sample shape and condition must match the model's
     * @param loss the adversarial loss
     * @param settings optimisation settings
     * @param parent the manager under which the trainer keeps its long-lived arrays
     */
    public GanTrainer(GanModel model, DataSource data, GanLoss loss, TrainerSettings settings, NDManager parent) {
        this(model, data, loss, settings, Regularization.none(), parent);
    }

    /**
     * Builds and initializes the networks and optimizers, with regularization of the discriminator.
     *
     * @param model the GAN
     * @param data the real data; its sample shape and condition must match the model's
     * @param loss the adversarial loss
     * @param settings optimisation settings
     * @param regularization gradient penalty, DiffAugment and instance noise
     * @param parent the manager under which the trainer keeps its long-lived arrays
     */
    public GanTrainer(GanModel model, DataSource data, GanLoss loss, TrainerSettings settings,
            Regularization regularization, NDManager parent) {
        checkCompatible(model, data);
        if (regularization.augment().isActive() && model.sampleShape().dimension() < 2) {
            throw new IllegalArgumentException("stabilize.augment works on samples laid out (channels, spatial...), but"
                    + " model '" + model.name() + "' makes samples of shape " + model.sampleShape()
                    + "; set stabilize.augment to none");
        }
        this.regularization = regularization;
        this.manager = parent.newSubManager();
        this.model = model;
        this.data = data;
        this.loss = loss;
        this.settings = settings;
        this.generator = model.generatorFactory().get();
        this.discriminator = model.discriminator();
        try (EngineSeeds.Hold random = EngineSeeds.hold()) {
            EngineSeeds.seed(settings.seed(), 0, INIT_PHASE);
            generator.initialize(manager, DataType.FLOAT32, NetworkInputs.generatorShapes(model, 1));
            discriminator.initialize(manager, DataType.FLOAT32, NetworkInputs.discriminatorShapes(model, 1));
            if (settings.emaDecay() > 0) {
                averageGenerator = model.generatorFactory().get();
                averageGenerator.initialize(manager, DataType.FLOAT32, NetworkInputs.generatorShapes(model, 1));
                average = new WeightAverage(generator, averageGenerator, settings.emaDecay());
            } else {
                averageGenerator = null;
                average = null;
            }
        }
        generatorOptimizer = new AdamOptimizer(
                manager, generator.getParameters(), settings.lrGenerator(), settings.beta1(), settings.beta2(), 1e-8f);
        discriminatorOptimizer = new AdamOptimizer(
                manager, discriminator.getParameters(), settings.lrDiscriminator(), settings.beta1(), settings.beta2(), 1e-8f);
        if (generator instanceof RateFactors factors) {
            generatorOptimizer.setRateFactors(factors.rateFactors());
        }
        if (discriminator instanceof RateFactors factors) {
            discriminatorOptimizer.setRateFactors(factors.rateFactors());
        }
        parameterStore = new ParameterStore(manager, false);
    }

    private static void checkCompatible(GanModel model, DataSource data) {
        if (model.auxiliaryClassifierWeight() > 0 && model.condition().kind() != ConditionSpec.Kind.CLASS_LABEL) {
            throw new IllegalArgumentException("model '" + model.name() + "' has an auxiliary classifier (AC-GAN), which"
                    + " needs class-label conditions, but it is " + model.condition());
        }
        if (!model.sampleShape().equals(data.sampleShape())) {
            throw new IllegalArgumentException("model '" + model.name() + "' generates samples of shape "
                    + model.sampleShape() + " but the data source yields " + data.sampleShape());
        }
        if (model.condition().isConditional() && !model.condition().equals(data.condition())) {
            throw new IllegalArgumentException("model '" + model.name() + "' is conditioned on "
                    + model.condition() + " but the data source provides " + data.condition());
        }
    }

    /**
     * Runs one training step: {@code nCritic} discriminator updates, then one generator update.
     *
     * @return the losses of the step, as plain numbers
     */
    public StepReport step() {
        long start = System.nanoTime();
        schedule();
        if (parallel != null && replicasStale) {
            parallel.broadcast(generator);
            parallel.broadcast(discriminator);
            replicasStale = false;
        }
        CriticLoss critic = new CriticLoss(Float.NaN, 0f);
        float generatorLoss;
        try (EngineSeeds.Hold random = EngineSeeds.hold(); NDManager scope = manager.newSubManager()) {
            RealBatch real = null;
            long seed = settings.seed() + stream * STREAM_SEED_STRIDE;
            long firstBatch = step * settings.nCritic() + stream * STREAM_BATCH_STRIDE;
            for (int k = 0; k < settings.nCritic(); k++) {
                EngineSeeds.seed(seed, step, k);
                real = data.batch(scope, firstBatch + k, settings.batchSize());
                critic = discriminatorUpdate(scope, real);
            }
            EngineSeeds.seed(seed, step, settings.nCritic());
            generatorLoss = generatorUpdate(scope, real);
        }
        step++;
        if (average != null) {
            average.update(generatorOptimizer.updates());
        }
        return new StepReport(step, critic.adversarial() + critic.penalty(), critic.penalty(), generatorLoss,
                generatorOptimizer.learningRate(), discriminatorOptimizer.learningRate(), System.nanoTime() - start);
    }

    /** Tells the networks that follow a schedule which step comes next. */
    private void schedule() {
        for (Block block : new Block[] {generator, averageGenerator, discriminator}) {
            if (block instanceof ScheduledBlock scheduled) {
                scheduled.beforeStep(step);
            }
        }
    }

    /**
     * Pretrains the generator on the real data when it is a {@link PretrainedGenerator} (and resets
     * the weight average to the result); does nothing otherwise. Called once by a new run.
     *
     * @param progress receives one-line progress messages
     */
    public void pretrain(Consumer<String> progress) {
        if (generator instanceof PretrainedGenerator pretrained) {
            try (NDManager scope = manager.newSubManager()) {
                pretrained.pretrain(data, scope, settings.seed(), progress);
            }
            resetAverage();
            schedule();
            replicasStale = true;
        }
    }

    /**
     * Splits every training forward pass of G and D across {@code devices} from now on (data
     * parallelism); the networks' parameters, the optimizers and the weight average stay on the
     * first device, which must be the one the trainer was built on.
     *
     * @param devices the devices, the trainer's own first; at least two
     * @throws IllegalArgumentException if fewer than two devices are given, the first is not the
     *     trainer's, or the generator trains by policy gradient (its sampling runs on one device)
     */
    public void replicate(List<Device> devices) {
        if (generator instanceof PolicyGradientGenerator) {
            throw new IllegalArgumentException("model '" + model.name() + "' trains its generator by policy gradient,"
                    + " which data parallelism does not split; use train.devices = 1");
        }
        if (!devices.isEmpty() && !devices.get(0).equals(manager.getDevice())) {
            throw new IllegalArgumentException("the first data-parallel device must be the trainer's own, "
                    + manager.getDevice() + ", not " + devices.get(0));
        }
        DataParallel replicated = new DataParallel(manager, devices);
        if (parallel != null) {
            parallel.close();
        }
        parallel = replicated;
        replicasStale = true;
    }

    /** One discriminator update's adversarial loss and gradient penalty. */
    private record CriticLoss(float adversarial, float penalty) {}

    private CriticLoss discriminatorUpdate(NDManager scope, RealBatch real) {
        NDArray conditions = real.conditions();
        NDArray fake = generate(generator, scope, settings.batchSize(), conditions);
        UnaryOperator<NDArray> critic = x -> discriminate(x, conditions).head();
        GradientPenalty penalty = regularization.penalty();
        GradientPenalty.Measured measured = penalty.isActive()
                ? penalty.measure(critic, discriminator, penalty.points(real.samples(), fake)) : null;
        float adversarial;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDList realOut = discriminate(regularized(real.samples()), conditions);
            NDList fakeOut = discriminate(regularized(fake), conditions);
            NDArray lossValue = real.mismatched() == null
                    ? loss.discriminatorLoss(realOut.head(), fakeOut.head())
                    : MatchingAwareLoss.discriminatorLoss(loss, realOut.head(), fakeOut.head(),
                            discriminate(regularized(real.samples()), real.mismatched()).head());
            NDArray total = withAuxiliary(lossValue, realOut, conditions);
            if (measured != null) {
                total = total.add(measured.surrogate(critic));
            }
            collector.backward(total);
            adversarial = lossValue.getFloat();
        }
        update(discriminator, discriminatorOptimizer);
        return new CriticLoss(adversarial, measured == null ? 0f : (float) measured.value());
    }

    private float generatorUpdate(NDManager scope, RealBatch real) {
        if (generator instanceof PolicyGradientGenerator policy) {
            return policyGradientUpdate(scope, policy);
        }
        boolean modeSeeking = settings.modeSeeking() > 0f;
        NDArray own = real.conditionsForGenerator();
        NDArray conditions = modeSeeking ? ModeSeeking.pairedConditions(own) : own;
        float value;
        try (FrozenParameters frozen = FrozenParameters.freeze(discriminator);
                GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray z = model.prior().sample(scope, settings.batchSize());
            NDList generated = forward(generator, NetworkInputs.generator(z, conditions));
            NDArray fake = generated.head();
            NDList fakeOut = discriminate(regularized(fake), conditions);
            NDArray realOut = loss.generatorNeedsReal()
                    ? discriminate(regularized(real.samples()), real.conditions()).head() : null;
            NDArray lossValue = loss.generatorLoss(realOut, fakeOut.head());
            NDArray total = withAuxiliary(lossValue, fakeOut, conditions);
            if (modeSeeking) {
                total = total.add(Scalars.times(ModeSeeking.penalty(fake, z), settings.modeSeeking()));
            }
            if (generator instanceof PenalizedGenerator) {
                total = total.add(generated.get(1));
            }
            collector.backward(total);
            value = lossValue.getFloat();
        }
        update(generator, generatorOptimizer);
        return value;
    }

    /** Steps a network's optimizer, first gathering its replicas' gradients and then refreshing them. */
    private void update(Block network, AdamOptimizer optimizer) {
        if (parallel == null) {
            optimizer.step();
            return;
        }
        parallel.reduceGradients(network);
        optimizer.step();
        parallel.broadcast(network);
    }

    /** A training forward pass, split across the devices under data parallelism. */
    private NDList forward(Block network, NDList input) {
        return parallel == null ? network.forward(parameterStore, input, true)
                : parallel.forward(network, parameterStore, input, true);
    }

    /** REINFORCE: rewards from the discriminator outside the collector, the surrogate loss inside. */
    private float policyGradientUpdate(NDManager scope, PolicyGradientGenerator policy) {
        NDList rewarded = policy.sampleAndReward(scope, settings.batchSize(),
                samples -> discriminator.forward(parameterStore, new NDList(samples), false).head());
        float value;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray lossValue = policy.policyLoss(rewarded);
            collector.backward(lossValue);
            value = lossValue.getFloat();
        }
        generatorOptimizer.step();
        return value;
    }

    private NDArray generate(Block g, NDManager scope, int count, NDArray conditions) {
        return forward(g, NetworkInputs.generator(model.prior().sample(scope, count), conditions)).head();
    }

    /** DiffAugment, then instance noise: what D sees of a batch (the identity when both are off). */
    private NDArray regularized(NDArray samples) {
        return regularization.noise().apply(regularization.augment().apply(samples), step);
    }

    private NDList discriminate(NDArray samples, NDArray conditions) {
        return forward(discriminator, NetworkInputs.discriminator(model.condition(), samples, conditions));
    }

    /**
     * Adds the AC-GAN auxiliary term, {@code weight · CE(class logits, labels)}, when the model has
     * an auxiliary classifier (the discriminator's second output).
     */
    private NDArray withAuxiliary(NDArray adversarial, NDList discriminatorOut, NDArray labels) {
        float weight = model.auxiliaryClassifierWeight();
        if (weight == 0f) {
            return adversarial;
        }
        NDArray logits = discriminatorOut.get(1);
        NDArray crossEntropy = logits.logSoftmax(1).mul(labels.oneHot((int) logits.getShape().get(1))).sum(new int[] {1})
                .mean().neg();
        return adversarial.add(Scalars.times(crossEntropy, weight));
    }

    /**
     * A sampler over the weight-averaged generator (or the raw one when averaging is off), in
     * inference mode.
     *
     * @return the sampler
     */
    public Sampler sampler() {
        return new GeneratorSampler(model, averageGenerator != null ? averageGenerator : generator, parameterStore);
    }

    /**
     * An estimate of the memory one training step at this trainer's batch size needs, from one
     * sample's forward pass (nothing is trained, no random number is drawn).
     *
     * @return the estimated bytes
     */
    public long estimatedStepBytes() {
        return StepMemory.STEP_FACTOR * settings.batchSize()
                * StepMemory.perSampleForwardBytes(model, generator, discriminator, parameterStore, manager);
    }

    /** @return the number of completed steps */
    public long stepCount() {
        return step;
    }

    /** @return the model this trainer trains */
    public GanModel model() {
        return model;
    }

    /** @return the trained generator */
    public Block generator() {
        return generator;
    }

    /** @return the weight-averaged generator, or {@code null} when averaging is off */
    public Block averageGenerator() {
        return averageGenerator;
    }

    /** @return the discriminator */
    public Block discriminator() {
        return discriminator;
    }

    /** @return the generator's optimizer */
    public AdamOptimizer generatorOptimizer() {
        return generatorOptimizer;
    }

    /** @return the discriminator's optimizer */
    public AdamOptimizer discriminatorOptimizer() {
        return discriminatorOptimizer;
    }

    /** @return the regularization this trainer was built with */
    public Regularization regularization() {
        return regularization;
    }

    /**
     * The discriminator's first output on real samples, in inference mode, without gradient: what
     * the overfitting metrics read.
     *
     * @param source real data (training or held-out)
     * @param count how many samples, read from batch 0 on
     * @return one score per sample
     */
    public float[] discriminatorScores(DataSource source, int count) {
        return DiscriminatorScores.of(discriminator, parameterStore, model.condition(), source, count,
                settings.batchSize(), manager);
    }

    /**
     * The discriminator's loss when it outputs 0 for every sample, i.e. cannot tell real from fake:
     * the chance level the divergence watchdog compares against (2 ln 2 for the non-saturating
     * loss, 2 for hinge, 0 for Wasserstein). The matching-aware loss has the same chance level.
     *
     * @return the loss at chance
     */
    public float chanceDiscriminatorLoss() {
        try (NDManager scope = manager.newSubManager()) {
            NDArray zero = scope.zeros(new Shape(settings.batchSize()));
            return loss.discriminatorLoss(zero, zero).toType(DataType.FLOAT32, false).getFloat();
        }
    }

    /** @return the settings this trainer was built with */
    public TrainerSettings settings() {
        return settings;
    }

    /** @return the manager owning the networks' parameters */
    public NDManager manager() {
        return manager;
    }

    /**
     * Sets the step counter after the networks and optimizers were restored from a checkpoint.
     *
     * @param completedSteps the number of steps the restored state has completed
     */
    public void restoreStep(long completedSteps) {
        this.step = completedSteps;
        schedule();
        replicasStale = true;
    }

    /**
     * Chooses the random stream the following steps draw their noise and real batches from. Stream 0
     * is the run's own; the divergence watchdog moves to stream n after its n-th rollback, so the
     * retried steps see other noise and batches instead of replaying those that led to the
     * trouble. Each stream is as reproducible as stream 0 (and a checkpoint records which one).
     *
     * @param stream the stream number, from 0
     * @throws IllegalArgumentException if it is negative
     */
    public void setRandomStream(long stream) {
        if (stream < 0) {
            throw new IllegalArgumentException("random stream " + stream + " must be >= 0");
        }
        this.stream = stream;
    }

    /** @return the random stream the steps draw from (see {@link #setRandomStream}) */
    public long randomStream() {
        return stream;
    }

    /** Copies the current generator into the average (after restoring a checkpoint without one). */
    void resetAverage() {
        if (average != null) {
            average.copyAll();
        }
    }

    @Override
    public void close() {
        generatorOptimizer.close();
        discriminatorOptimizer.close();
        manager.close();
    }
}
