package org.gan4j.core.app.job;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.gan4j.core.app.config.ConfigLoader;
import org.gan4j.core.app.config.RunConfig;
import org.gan4j.core.app.run.RunDirectory;
import org.gan4j.core.augment.DiffAugment;
import org.gan4j.core.checkpoint.AtomicFiles;
import org.gan4j.core.checkpoint.Checkpoint;
import org.gan4j.core.checkpoint.CheckpointException;
import org.gan4j.core.checkpoint.CheckpointStore;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.device.Devices;
import org.gan4j.core.device.MachineMemory;
import org.gan4j.core.export.GeneratorCard;
import org.gan4j.core.loss.Losses;
import org.gan4j.core.metrics.MetricValue;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.options.ConfigException;
import org.gan4j.core.spi.Modality;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.GradientPenalty;
import org.gan4j.core.train.InstanceNoise;
import org.gan4j.core.train.Regularization;
import org.gan4j.core.train.Sampler;
import org.gan4j.core.train.StepReport;
import org.gan4j.core.train.TrainerSettings;
import org.gan4j.core.train.TrainerState;
import org.gan4j.core.train.TrainingListener;

/**
 * A training run from a {@link RunConfig} to a finished run directory. The job builds the
 * modality's data and model and runs the training loop; everything else a run does is a
 * {@link RunListener} of that loop, called in this order after each step: the divergence watchdog,
 * the loss log and progress, checkpoints, evaluation and the best checkpoint, samples from fixed
 * noise, the HTML report, then listeners added by the caller. A rollback asked for by a listener
 * restores the last good checkpoint with lower learning rates.
 *
 * <p>A run can be killed at any moment and {@link #resume resumed} from its directory: every file is
 * written atomically, and on resume each listener redoes the work due at the resumed step that the
 * kill may have cut short, so the resumed run ends with the same losses, evaluations, samples and
 * best checkpoint as the uninterrupted one.
 */
public final class TrainingJob implements AutoCloseable {

    private final RunDirectory run;
    private final RunConfig config;
    private final RunModel parts;
    private final Modality modality;
    private final NDManager manager;
    private final DataSource data;
    private final GanTrainer trainer;
    private final CheckpointStore store;
    private final Rollbacks rollbacks;
    private final RunEvaluator evaluator;
    private final Consumer<String> console;
    private final List<RunListener> listeners = new ArrayList<>();
    private RunLog log;
    private ProgressPrinter progress;
    private MetricsLog metrics;
    private EvaluationListener evaluations;
    private CheckpointListener checkpoints;
    private long resumedAt = -1;

    private TrainingJob(RunDirectory run, RunConfig config, ModalityRegistry registry, Path cacheDir,
            Consumer<String> console) throws IOException {
        this.run = run;
        this.config = config;
        this.parts = RunModel.open(config, registry, cacheDir, console);
        this.modality = parts.modality();
        this.data = parts.data();
        GanModel model = parts.model();
        RunConfig.Train t = config.train();
        TrainerSettings settings = TrainerSettings.builder().batchSize(t.batchSize()).nCritic(t.nCritic())
                .learningRates(t.lrGenerator(), t.lrDiscriminator()).betas(t.beta1(), t.beta2())
                .emaDecay(t.emaDecay()).seed(t.seed()).modeSeeking(config.loss().modeSeeking()).build();
        List<Device> devices = t.devices() > 1 ? Devices.dataParallel(t.devices()) : List.of();
        this.manager = Devices.newBaseManager();
        this.trainer = new GanTrainer(model, data, Losses.create(config.loss().name(), (float) config.loss().labelSmoothing()),
                settings, regularization(config.stabilize()), manager);
        if (!devices.isEmpty()) {
            try {
                trainer.replicate(devices);
            } catch (RuntimeException e) {
                trainer.close();
                manager.close();
                throw e;
            }
            console.accept("gan4j: each step is split across " + devices + " (train.devices = " + t.devices() + ")"
                    + (devices.get(0).isGpu() ? "" : "; on the CPU the replicas share the cores: no faster"));
        }
        this.store = new CheckpointStore(run.checkpoints(), config.checkpoint().keepLast());
        this.rollbacks = new Rollbacks(trainer, store, config.watchdog());
        this.evaluator = new RunEvaluator(modality, config, parts.request(), data, trainer::discriminatorScores);
        this.console = console;
    }

    private static Regularization regularization(RunConfig.Stabilize s) {
        return new Regularization(GradientPenalty.of(s.gradientPenalty(), (float) s.penaltyWeight()),
                DiffAugment.parse(s.augment()), new InstanceNoise((float) s.instanceNoise(), s.instanceNoiseSteps()));
    }

    /** Opens the log and metrics and registers the run's own listeners, once the run directory exists. */
    private void wire(RunIdentity identity, long firstStep, String provenance) throws IOException {
        log = new RunLog(run.log());
        progress = new ProgressPrinter(console, log, config.train().steps(), firstStep);
        metrics = MetricsLog.open(run.metrics(), firstStep);
        metrics.provenance(Provenance.of(provenance));
        RunSchedule schedule = new RunSchedule(config);
        RunConfig.Watchdog w = config.watchdog();
        checkpoints = new CheckpointListener(trainer, store, schedule, identity, rollbacks, config.modality());
        evaluations = new EvaluationListener(schedule, trainer, evaluator, metrics, progress,
                new BestCheckpoint(config.checkpoint(), modality.name(), store, checkpoints));
        listeners.add(new WatchdogListener(
                new DivergenceWatchdog(w.maxLoss(), trainer.chanceDiscriminatorLoss(), w.chanceFactor(), w.window())));
        listeners.add(new LossLogListener(schedule, progress, metrics));
        listeners.add(checkpoints);
        listeners.add(evaluations);
        listeners.add(new SampleListener(schedule, trainer, data, modality.sampleWriter(), run.samples(), manager));
        if (config.report().enabled()) {
            listeners.add(new ReportListener(schedule, run.root(), progress));
        }
    }

    /**
     * Starts a new run. Every name and option is checked before anything is written.
     *
     * @param config the resolved configuration
     * @param directory the run directory to create; it must not exist or be empty
     * @param registry the modalities
     * @param cacheDir where data sources keep downloaded or converted data
     * @param console receives progress lines
     * @return the job, ready to {@link #run()}
     * @throws IOException if the directory is taken or data cannot be opened
     */
    public static TrainingJob start(RunConfig config, Path directory, ModalityRegistry registry, Path cacheDir,
            Consumer<String> console) throws IOException {
        config.validate();
        RunDirectory.requireAvailable(directory);
        TrainingJob job = new TrainingJob(new RunDirectory(directory), config, registry, cacheDir, console);
        try {
            job.preflight();
            RunDirectory.create(directory);
            AtomicFiles.write(job.run.config(), ConfigLoader.toJson(config).getBytes(StandardCharsets.UTF_8));
            RunIdentity identity = RunIdentity.create(config.train().seed());
            identity.write(directory);
            job.begin(identity, "gan4j: training " + config.modality() + "/" + config.architecture().name() + " on "
                    + config.data().name() + " for " + config.train().steps() + " steps; run directory " + directory);
            return job;
        } catch (IOException | RuntimeException e) {
            job.close();
            throw e;
        }
    }

    /**
     * The checks that would otherwise fail after training: a step's memory, estimated from one
     * sample's forward pass, must fit what the machine has free (on the CPU), and the held-out data
     * and evaluator the final evaluation needs are opened (a data set too small to hold out from
     * fails here; an evaluator not yet cached is trained now rather than after the run).
     */
    private void preflight() throws IOException {
        if (!Devices.current().isGpu()) {
            long needed = trainer.estimatedStepBytes();
            long available = MachineMemory.availableBytes();
            if (needed > available) {
                int batch = config.train().batchSize();
                long fitting = Math.max(1, (long) ((double) batch * available / needed));
                throw new ConfigException("train.batchSize = " + batch + " is too large for this machine: one training"
                        + " step of model '" + trainer.model().name() + "' needs about " + MachineMemory.describe(needed)
                        + " (estimated from one sample's forward pass) but " + MachineMemory.describe(available)
                        + " is available; use train.batchSize " + fitting + " or less");
            }
        }
        evaluator.open();
    }

    /** Step 0 of a run: wiring, the generator's pre-training (if any) and the first checkpoint. */
    private void begin(RunIdentity identity, String announcement) throws IOException {
        wire(identity, 0, "started");
        progress.say(announcement);
        trainer.pretrain(progress::say);
        checkpoints.ensureSaved();
    }

    /**
     * Continues a run from its newest checkpoint.
     *
     * @param directory the run directory
     * @param steps a new total step count, or empty to keep the configured one
     * @param registry the modalities
     * @param cacheDir where data sources keep downloaded or converted data
     * @param console receives progress lines
     * @return the job, ready to {@link #run()}
     * @throws IOException if the directory is not a run or its newest checkpoint is unusable
     */
    public static TrainingJob resume(Path directory, Optional<Long> steps, ModalityRegistry registry, Path cacheDir,
            Consumer<String> console) throws IOException {
        return resume(directory, steps, Optional.empty(), registry, cacheDir, console);
    }

    /**
     * Continues a run from one of its checkpoints. A run killed before its first checkpoint starts
     * again from step 0 in place, with its saved configuration. Resuming from an earlier checkpoint
     * than the newest sets the newer ones aside ({@code checkpoints/.superseded-step-N}), since the
     * run will write them again.
     *
     * @param directory the run directory
     * @param steps a new total step count, or empty to keep the configured one
     * @param from {@code last}, {@code best} or a step number; empty for the newest
     * @param registry the modalities
     * @param cacheDir where data sources keep downloaded or converted data
     * @param console receives progress lines
     * @return the job, ready to {@link #run()}
     * @throws IOException if the directory is not a run or the checkpoint is unusable
     * @throws CheckpointException if the checkpoint is corrupt, has no manifest, or belongs to another run
     */
    public static TrainingJob resume(Path directory, Optional<Long> steps, Optional<String> from,
            ModalityRegistry registry, Path cacheDir, Consumer<String> console) throws IOException {
        RunDirectory run = RunDirectory.open(directory);
        RunConfig saved = ConfigLoader.fromJson(Files.readString(run.config()), run.config().toString());
        RunConfig config = steps.map(s -> withSteps(saved, s)).orElse(saved);
        CheckpointStore store = new CheckpointStore(run.checkpoints(), config.checkpoint().keepLast());
        RunRepair.clean(run, store, console);
        Optional<RunIdentity> identity = RunIdentity.read(directory);
        Optional<Checkpoint> checkpoint = RunRepair.choose(store, from);
        if (checkpoint.isPresent() && identity.isPresent()) {
            identity.get().requireOwns(checkpoint.get());
        }
        TrainingJob job = new TrainingJob(run, config, registry, cacheDir, console);
        try {
            job.preflight();
            if (steps.isPresent()) {
                AtomicFiles.write(run.config(), ConfigLoader.toJson(config).getBytes(StandardCharsets.UTF_8));
            }
            if (checkpoint.isEmpty()) {
                RunIdentity fresh = identity.orElseGet(() -> RunIdentity.create(config.train().seed()));
                fresh.write(directory);
                job.begin(fresh, "gan4j: " + directory + " has no checkpoint yet (it stopped before its first);"
                        + " starting it again from step 0 with its saved configuration");
                return job;
            }
            Checkpoint c = checkpoint.get();
            RunRepair.setAsideNewerThan(store, c.step(), console);
            TrainerState.restore(job.trainer, c);
            job.rollbacks.resumeFrom(c);
            job.wire(identity.orElseGet(() -> RunIdentity.create(config.train().seed())), c.step(),
                    "resumed at step " + c.step());
            job.resumedAt = c.step();
            job.progress.say("gan4j: resuming " + directory + " at step " + c.step() + " of " + config.train().steps());
            return job;
        } catch (IOException | RuntimeException e) {
            job.close();
            throw e;
        }
    }

    /**
     * Opens a run read-only with its whole trainer state (both networks, the weight average and both
     * optimizers) loaded from one checkpoint, for inspecting it; nothing in the run directory changes,
     * and the job cannot {@link #run()}. Sampling, evaluation and export need less: {@link
     * TrainedRun#open} restores only the generator.
     *
     * @param directory the run directory
     * @param checkpoint {@code last}, {@code best} or a step number
     * @param registry the modalities
     * @param cacheDir where data sources keep downloaded or converted data
     * @param console receives progress lines
     * @return the job with the checkpoint loaded
     * @throws IOException if the directory is not a run, the checkpoint is missing or corrupt, or it
     *     was written by a different modality or model than the run's configuration names
     */
    public static TrainingJob open(Path directory, String checkpoint, ModalityRegistry registry, Path cacheDir,
            Consumer<String> console) throws IOException {
        RunDirectory run = RunDirectory.open(directory);
        RunConfig config = ConfigLoader.fromJson(Files.readString(run.config()), run.config().toString());
        TrainingJob job = new TrainingJob(run, config, registry, cacheDir, console);
        try {
            TrainerState.restore(job.trainer, TrainedRun.select(run, config, checkpoint));
            return job;
        } catch (IOException | RuntimeException e) {
            job.close();
            throw e;
        }
    }

    private static RunConfig withSteps(RunConfig c, long steps) {
        RunConfig.Train t = c.train();
        return new RunConfig(c.modality(), c.preset(), c.data(), c.architecture(), c.latent(), c.loss(),
                new RunConfig.Train(steps, t.batchSize(), t.nCritic(), t.lrGenerator(), t.lrDiscriminator(), t.beta1(),
                        t.beta2(), t.emaDecay(), t.seed(), t.logEvery(), t.devices()),
                c.checkpoint(), c.eval(), c.samples(), c.watchdog(), c.report(), c.stabilize()).validate();
    }

    /**
     * Trains to the configured number of steps.
     *
     * @return a summary of the finished run
     * @throws IOException if a checkpoint, sample or metrics file cannot be written
     * @throws TrainingDivergedException if training diverged beyond what the watchdog may repair
     */
    public TrainingResult run() throws IOException {
        if (metrics == null) {
            throw new IllegalStateException("this job was opened read-only; continue a run with resume()");
        }
        long start = System.nanoTime();
        if (resumedAt >= 0) {
            for (RunListener l : listeners) {
                l.onResume(resumedAt);
            }
            resumedAt = -1;
        }
        StepReport last = null;
        while (trainer.stepCount() < config.train().steps()) {
            StepReport report = trainer.step();
            RollbackRequest request = new RollbackRequest();
            for (RunListener l : listeners) {
                l.onStep(report, request);
                if (request.problem != null) {
                    break;
                }
            }
            if (request.problem != null) {
                rollBack(request.problem, request.lastHealthyStep);
            } else {
                last = report;
            }
        }
        long step = trainer.stepCount();
        for (RunListener l : listeners) {
            l.onFinish(step);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        progress.say(String.format("gan4j: finished %d steps in %.1f s; samples in %s", step, seconds, run.samples()));
        return new TrainingResult(run.root(), step, last, evaluations.last(), seconds);
    }

    /** The rollback a listener asked for during one step. */
    private static final class RollbackRequest implements RunControl {
        private String problem;
        private long lastHealthyStep;

        @Override
        public void rollback(String why, long healthy) {
            if (problem == null) {
                problem = why;
                lastHealthyStep = healthy;
            }
        }
    }

    private void rollBack(String problem, long lastHealthyStep) throws IOException {
        Rollbacks.Restored restored;
        try {
            restored = rollbacks.rollBack(problem, lastHealthyStep);
        } catch (TrainingDivergedException e) {
            metrics.event(trainer.stepCount(), "diverged", problem);
            for (RunListener l : listeners) {
                l.onFinish(trainer.stepCount());
            }
            throw e;
        }
        for (RunListener l : listeners) {
            l.onRollback(restored.step(), restored.message());
        }
    }

    /**
     * Runs the modality's evaluator on a sampler with the run's evaluation noise and adds D's
     * overfitting metrics, as training does, without recording the result.
     *
     * @param sampler the generator's sampler, e.g. {@code trainer().sampler()} or a wrapper of it
     * @param samples how many samples to draw
     * @return the evaluator's metrics, then {@code d/rt}, {@code d/rt-heldout} and {@code d/heldout-gap}
     * @throws IOException if the held-out data or the evaluator's model cannot be read or made
     */
    public List<MetricValue> measure(Sampler sampler, int samples) throws IOException {
        return evaluator.measure(sampler, samples);
    }

    /**
     * Registers a listener that receives every healthy step's report (plain numbers only).
     *
     * @param listener the listener
     */
    public void addListener(TrainingListener listener) {
        addListener(new RunListener() {
            @Override
            public void onStep(StepReport report, RunControl control) {
                listener.onStep(report);
            }
        });
    }

    /**
     * Registers a side job of the run, called after the run's own listeners.
     *
     * @param listener the listener
     */
    public void addListener(RunListener listener) {
        listeners.add(listener);
    }

    /**
     * Exports the generator that samples come from (the weight average when averaging is on) as a
     * DJL model directory with its {@link GeneratorCard} and the modality's export resources.
     *
     * @param directory the export directory (created if absent)
     * @param name the DJL model name
     * @return the card written
     * @throws IOException if writing fails
     */
    public GeneratorCard exportGenerator(Path directory, String name) throws IOException {
        Block generator = trainer.averageGenerator() != null ? trainer.averageGenerator() : trainer.generator();
        return GeneratorExporter.export(run.root(), config, parts, generator, trainer.stepCount(), directory, name);
    }

    /** @return the resolved configuration of the run */
    public RunConfig config() {
        return config;
    }

    /** @return the run's modality */
    public Modality modality() {
        return modality;
    }

    /** @return the run's training data (e.g. for real conditions to sample with) */
    public DataSource data() {
        return data;
    }

    /** @return the run directory */
    public RunDirectory runDirectory() {
        return run;
    }

    /** @return the trainer (for tests and benchmarks) */
    public GanTrainer trainer() {
        return trainer;
    }

    @Override
    public void close() throws IOException {
        evaluator.close();
        data.close();
        trainer.close();
        manager.close();
        if (log != null) {
            log.close();
        }
    }
}
