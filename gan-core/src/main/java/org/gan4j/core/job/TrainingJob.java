package org.gan4j.core.job;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.gan4j.core.checkpoint.AtomicFiles;
import org.gan4j.core.checkpoint.Checkpoint;
import org.gan4j.core.checkpoint.CheckpointException;
import org.gan4j.core.checkpoint.CheckpointStore;
import org.gan4j.core.augment.DiffAugment;
import org.gan4j.core.config.ConfigException;
import org.gan4j.core.config.ConfigLoader;
import org.gan4j.core.condition.FineTunableSource;
import org.gan4j.core.condition.FineTunedEncoder;
import org.gan4j.core.config.RunConfig;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.data.RealBatch;
import org.gan4j.core.device.Devices;
import org.gan4j.core.export.GeneratorCard;
import org.gan4j.core.export.GeneratorModels;
import org.gan4j.core.loss.Losses;
import org.gan4j.core.metrics.DiscriminatorOverfitting;
import org.gan4j.core.metrics.MetricValue;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.model.LatentPrior;
import org.gan4j.core.report.RunReport;
import org.gan4j.core.spi.DataRequest;
import org.gan4j.core.spi.Evaluator;
import org.gan4j.core.spi.Modality;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.core.spi.ModelRequest;
import org.gan4j.core.train.EngineSeeds;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.Sampler;
import org.gan4j.core.train.GradientPenalty;
import org.gan4j.core.train.InstanceNoise;
import org.gan4j.core.train.Regularization;
import org.gan4j.core.train.StepReport;
import org.gan4j.core.train.TrainerSettings;
import org.gan4j.core.train.TrainerState;
import org.gan4j.core.train.TrainingListener;

/**
 * A training run from a {@link RunConfig} to a finished run directory: builds the modality's data
 * and model, trains with progress on the console, writes samples from fixed noise, evaluates,
 * checkpoints (keeping the last few and the best), and rolls back to the last good checkpoint
 * with lower learning rates when the watchdog sees divergence. A run can be resumed from its
 * directory and continues exactly. Unless {@code report.enabled} is off, {@code report.html} is
 * rewritten after each evaluation, sample write and rollback, and at the end.
 */
public final class TrainingJob implements AutoCloseable {

    private static final long FIXED_NOISE = -2;
    /** Checkpoint metadata: the random stream the steps after it draw from (moved on by each rollback). */
    private static final String RANDOM_STREAM = "randomStream";
    /** Checkpoint metadata: the rollbacks spent so far, so that a resumed run keeps counting. */
    private static final String ROLLBACKS = "rollbacks";
    /** Checkpoint metadata: the step the last rollback restored, -1 if none. */
    private static final String LAST_RESTORED = "lastRestoredStep";
    private static final long EVALUATION_NOISE = -3;
    /** Real samples per side for the discriminator-overfitting metrics. */
    private static final int OVERFITTING_SAMPLES = 1024;

    private final RunDirectory run;
    private final RunConfig config;
    private final Modality modality;
    private final DataRequest request;
    private final NDManager manager;
    private final DataSource data;
    private final GanTrainer trainer;
    private final CheckpointStore store;
    private final DivergenceWatchdog watchdog;
    private final Consumer<String> console;
    private RunLog log;
    private ProgressPrinter progress;
    private final List<TrainingListener> listeners = new java.util.ArrayList<>();
    private MetricsLog metrics;
    private DataSource heldOut;
    private Evaluator evaluator;
    private List<MetricValue> lastMetrics = List.of();
    private long lastCheckpointStep = -1;
    private int rollbacks;
    private long lastRestoredStep = -1;
    private final boolean encoderFineTuned;

    private TrainingJob(RunDirectory run, RunConfig config, ModalityRegistry registry, Path cacheDir,
            Consumer<String> console) throws IOException {
        this.run = run;
        this.config = config;
        this.modality = registry.modality(config.modality());
        RunConfig.Train t = config.train();
        this.request = new DataRequest(config.data().options("data"), DataRequest.Split.TRAIN, t.seed(), cacheDir, console);
        this.data = modality.dataSource(config.data().name()).open(request);
        LatentPrior prior = LatentPrior.of(config.latent().prior(), config.latent().dim());
        Optional<FineTunedEncoder> fineTuned = data instanceof FineTunableSource source
                ? source.fineTunedEncoder() : Optional.empty();
        ConditionSpec condition = fineTuned.map(e -> ConditionSpec.embedding(e.dim())).orElse(data.condition());
        GanModel built = modality.architecture(config.architecture().name()).build(new ModelRequest(
                data.sampleShape(), condition, prior, config.architecture().options("architecture")));
        GanModel model = fineTuned.map(e -> e.wrap(built)).orElse(built);
        this.encoderFineTuned = fineTuned.isPresent();
        TrainerSettings settings = new TrainerSettings(t.batchSize(), t.nCritic(), (float) t.lrGenerator(),
                (float) t.lrDiscriminator(), (float) t.beta1(), (float) t.beta2(), (float) t.emaDecay(), t.seed(),
                (float) config.loss().modeSeeking());
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
        RunConfig.Watchdog w = config.watchdog();
        this.watchdog = new DivergenceWatchdog(w.maxLoss(), trainer.chanceDiscriminatorLoss(), w.chanceFactor(), w.window());
        this.console = console;
    }

    private static Regularization regularization(RunConfig.Stabilize s) {
        return new Regularization(GradientPenalty.of(s.gradientPenalty(), (float) s.penaltyWeight()),
                DiffAugment.parse(s.augment()), new InstanceNoise((float) s.instanceNoise(), s.instanceNoiseSteps()));
    }

    /** Opens the run log once the run directory exists. */
    private void openLog(long firstStep) throws IOException {
        log = new RunLog(run.log());
        progress = new ProgressPrinter(console, log, config.train().steps(), firstStep);
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
        RunDirectory run = RunDirectory.create(directory);
        job.openLog(0);
        AtomicFiles.write(run.config(), ConfigLoader.toJson(config).getBytes(StandardCharsets.UTF_8));
        job.metrics = MetricsLog.open(run.metrics(), 0);
        job.metrics.provenance(provenance("started"));
        job.progress.say("gan4j: training " + config.modality() + "/" + config.architecture().name() + " on "
                + config.data().name() + " for " + config.train().steps() + " steps; run directory " + directory);
        job.trainer.pretrain(job.progress::say);
        job.checkpoint();
        return job;
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
     * @throws IOException if the directory is not a run or has no usable checkpoint
     */
    public static TrainingJob resume(Path directory, Optional<Long> steps, ModalityRegistry registry, Path cacheDir,
            Consumer<String> console) throws IOException {
        RunDirectory run = RunDirectory.open(directory);
        RunConfig saved = ConfigLoader.fromJson(Files.readString(run.config()), run.config().toString());
        RunConfig config = steps.map(s -> withSteps(saved, s)).orElse(saved);
        TrainingJob job = new TrainingJob(run, config, registry, cacheDir, console);
        Checkpoint checkpoint = job.store.latest().orElseThrow(() -> new CheckpointException(
                directory + " has no complete checkpoint to resume from (checkpoints/ is empty)"));
        TrainerState.restore(job.trainer, checkpoint);
        Map<String, String> metadata = checkpoint.metadata();
        job.trainer.setRandomStream(Long.parseLong(metadata.getOrDefault(RANDOM_STREAM, "0")));
        job.rollbacks = Integer.parseInt(metadata.getOrDefault(ROLLBACKS, "0"));
        job.lastRestoredStep = Long.parseLong(metadata.getOrDefault(LAST_RESTORED, "-1"));
        job.lastCheckpointStep = checkpoint.step();
        if (steps.isPresent()) {
            AtomicFiles.write(run.config(), ConfigLoader.toJson(config).getBytes(StandardCharsets.UTF_8));
        }
        job.metrics = MetricsLog.open(run.metrics(), checkpoint.step());
        job.metrics.provenance(provenance("resumed at step " + checkpoint.step()));
        job.openLog(checkpoint.step());
        job.progress.say("gan4j: resuming " + directory + " at step " + checkpoint.step() + " of " + config.train().steps());
        return job;
    }

    /**
     * Opens a run read-only, for sampling, evaluation or export: rebuilds its data and model from the
     * saved configuration and loads one checkpoint into them. Nothing in the run directory changes,
     * and the job cannot {@link #run()}.
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
            Checkpoint chosen = job.store.select(checkpoint);
            String modality = chosen.metadata().getOrDefault("modality", config.modality());
            if (!modality.equals(config.modality())) {
                throw new CheckpointException("checkpoint " + chosen.directory() + " was written by a run of modality '"
                        + modality + "' but " + run.config() + " names modality '" + config.modality() + "'");
            }
            TrainerState.restore(job.trainer, chosen);
            job.lastCheckpointStep = chosen.step();
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
        long total = config.train().steps();
        StepReport last = null;
        while (trainer.stepCount() < total) {
            StepReport report = trainer.step();
            Optional<DivergenceWatchdog.Divergence> problem = watchdog.check(report);
            if (problem.isPresent()) {
                rollback(problem.get().message(), problem.get().lastHealthyStep());
                continue;
            }
            last = report;
            listeners.forEach(l -> l.onStep(report));
            long step = report.step();
            if (step % config.train().logEvery() == 0 || step == total) {
                metrics.losses(report, progress.print(report));
            }
            if (step % config.checkpoint().every() == 0 && !checkpointOrRollback()) {
                continue;
            }
            boolean evaluating = config.eval().every() > 0 && step % config.eval().every() == 0;
            if (evaluating) {
                evaluate();
            }
            boolean sampling = step % config.samples().every() == 0;
            if (sampling) {
                writeSamples();
            }
            if (evaluating || sampling) {
                refreshReport();
            }
        }
        long step = trainer.stepCount();
        if (lastCheckpointStep != step) {
            checkpoint();
        }
        if (config.eval().every() == 0 || step % config.eval().every() != 0) {
            evaluate();
        }
        if (step % config.samples().every() != 0) {
            writeSamples();
        }
        refreshReport();
        double seconds = (System.nanoTime() - start) / 1e9;
        progress.say(String.format("gan4j: finished %d steps in %.1f s; samples in %s", step, seconds, run.samples()));
        return new TrainingResult(run.root(), step, last, lastMetrics, seconds);
    }

    private boolean checkpointOrRollback() throws IOException {
        try {
            checkpoint();
            return true;
        } catch (IllegalStateException nonFinite) {
            rollback(nonFinite.getMessage(), Long.MAX_VALUE);
            return false;
        }
    }

    private void checkpoint() throws IOException {
        TrainerState.save(trainer, store, Map.of("modality", config.modality(), ROLLBACKS, Integer.toString(rollbacks),
                LAST_RESTORED, Long.toString(lastRestoredStep), RANDOM_STREAM, Long.toString(trainer.randomStream())));
        lastCheckpointStep = trainer.stepCount();
    }

    private void rollback(String problem, long lastHealthyStep) throws IOException {
        int allowed = config.watchdog().maxRollbacks();
        if (rollbacks >= allowed) {
            String why = allowed == 0 ? "rollback is off (watchdog.maxRollbacks = 0)"
                    : "already rolled back " + rollbacks + " times (watchdog.maxRollbacks = " + allowed + ")";
            metrics.event(trainer.stepCount(), "diverged", problem);
            refreshReport();
            throw new TrainingDivergedException("training diverged: " + problem + "; " + why
                    + ". Lower train.lrGenerator and train.lrDiscriminator, or use loss 'hinge' with a spectral-norm"
                    + " discriminator. The last good checkpoint is in " + run.checkpoints());
        }
        float lrG = trainer.generatorOptimizer().learningRate() * (float) config.watchdog().lrFactor();
        float lrD = trainer.discriminatorOptimizer().learningRate() * (float) config.watchdog().lrFactor();
        Checkpoint good = store.latestAtOrBefore(lastHealthyStep).orElseThrow(() -> new TrainingDivergedException(
                "training diverged: " + problem + "; there is no checkpoint to roll back to"));
        if (good.step() == lastRestoredStep) {
            // the trouble came back from the state restored last time: it began before that checkpoint
            good = store.latestAtOrBefore(good.step() - 1).orElse(good);
        }
        lastRestoredStep = good.step();
        TrainerState.restore(trainer, good);
        watchdog.reset();
        trainer.generatorOptimizer().setLearningRate(lrG);
        trainer.discriminatorOptimizer().setLearningRate(lrD);
        rollbacks++;
        trainer.setRandomStream(trainer.randomStream() + 1);
        String message = problem + "; rolled back to step " + good.step() + " with learning rates G " + lrG + ", D " + lrD
                + " and fresh noise and batches (rollback " + rollbacks + " of " + allowed + ")";
        progress.say("gan4j: " + message);
        progress.restartAt(good.step());
        metrics.event(good.step(), "rollback", message);
        refreshReport();
    }

    /** Where the run comes from, for metrics.json and the report. */
    private static Map<String, String> provenance(String when) {
        String version = TrainingJob.class.getPackage().getImplementationVersion();
        Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("gan4j", version == null ? "development build" : version);
        p.put("DJL", Engine.getDjlVersion());
        Engine engine = Engine.getInstance();
        p.put("engine", engine.getEngineName() + " " + engine.getVersion());
        p.put("device", Devices.current().toString());
        p.put("Java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        p.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        p.put(when, java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        return p;
    }

    /**
     * Rewrites report.html (atomically) unless the configuration turns it off. A report that cannot
     * be rendered is a warning on the console and in the log, never the end of training.
     */
    private void refreshReport() {
        if (!config.report().enabled()) {
            return;
        }
        try {
            RunReport.write(run.root(), run.root().resolve(RunReport.FILE));
        } catch (IOException | RuntimeException e) {
            progress.say("gan4j: warning: could not write " + RunReport.FILE + " (training goes on): " + e);
        }
    }

    private void evaluate() throws IOException {
        long step = trainer.stepCount();
        lastMetrics = measure(trainer.sampler(), config.eval().samples());
        metrics.evaluation(step, lastMetrics);
        progress.say("eval @" + step + ": " + lastMetrics.stream()
                .map(m -> m.name() + " " + String.format("%.4g", m.value()) + " (n=" + m.samples() + ")")
                .collect(Collectors.joining(", ")));
        RunConfig.Stabilize s = config.stabilize();
        for (GeneralizationAlarms.Alarm alarm : new GeneralizationAlarms(s.modeCollapseKl(), s.overfitGap())
                .check(lastMetrics)) {
            progress.say("gan4j: ALARM @" + step + ": " + alarm.message());
            metrics.event(step, alarm.kind(), alarm.message());
        }
        updateBest(step);
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
        if (evaluator == null) {
            heldOut = modality.dataSource(config.data().name()).open(request.withSplit(DataRequest.Split.HELD_OUT));
            evaluator = modality.evaluatorFactory().create(heldOut, request);
        }
        EngineSeeds.seed(config.train().seed(), EVALUATION_NOISE, 0);
        List<MetricValue> measured = new java.util.ArrayList<>(evaluator.evaluate(sampler, samples));
        measured.addAll(discriminatorOverfitting());
        return List.copyOf(measured);
    }

    /** D's r_t on training and held-out reals, and its accuracy gap, on the same number of each. */
    private List<MetricValue> discriminatorOverfitting() {
        int n = (int) Math.min(OVERFITTING_SAMPLES, Math.min(data.size(), heldOut.size()));
        if (n < 1) {
            return List.of();
        }
        return DiscriminatorOverfitting.of(trainer.discriminatorScores(data, n), trainer.discriminatorScores(heldOut, n))
                .toMetrics(n, "D's sign on " + n + " real training and " + n + " real held-out samples");
    }

    private void updateBest(long step) throws IOException {
        String name = config.checkpoint().bestMetric();
        if (name == null || name.isBlank()) {
            return;
        }
        MetricValue current = lastMetrics.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new ConfigException("checkpoint.bestMetric = '" + name + "' is not among the metrics of "
                        + "modality '" + modality.name() + "': " + lastMetrics.stream().map(MetricValue::name).toList()));
        Optional<Double> best = store.bestValue();
        boolean better = best.isEmpty() || (current.higherIsBetter() ? current.value() > best.get() : current.value() < best.get());
        if (better) {
            if (lastCheckpointStep != step) {
                checkpoint();
            }
            store.markBest(step, name, current.value());
        }
    }

    private void writeSamples() throws IOException {
        try (NDManager scope = manager.newSubManager()) {
            EngineSeeds.seed(config.train().seed(), FIXED_NOISE, 0);
            int count = config.samples().count();
            NDArray conditions = sampleConditions(scope, count);
            NDArray samples = trainer.sampler().generate(scope, count, conditions);
            modality.sampleWriter().write(samples, conditions, run.samples(), String.format("step-%08d", trainer.stepCount()));
        }
    }

    /** Class labels cycle through the classes (one row per class); embeddings come from real data. */
    private NDArray sampleConditions(NDManager scope, int count) {
        ConditionSpec c = trainer.model().condition();
        return switch (c.kind()) {
            case NONE -> null;
            case CLASS_LABEL -> scope.arange(count).toType(ai.djl.ndarray.types.DataType.INT64, false).mod(c.size());
            case EMBEDDING -> {
                RealBatch batch = data.batch(scope, 0, count);
                yield batch.conditions();
            }
        };
    }

    /**
     * Registers a listener that receives every healthy step's report (plain numbers only).
     *
     * @param listener the listener
     */
    public void addListener(TrainingListener listener) {
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
        if (encoderFineTuned) {
            throw new RunDirectoryException("run " + run.root() + " fine-tunes its condition encoder inside the"
                    + " generator, which an exported generator cannot rebuild yet; export a run with a frozen encoder"
                    + " (data.options.fineTuneEncoder: false)");
        }
        GanModel model = trainer.model();
        ConditionSpec c = model.condition();
        GeneratorCard card = new GeneratorCard(GeneratorCard.FORMAT, name, config.modality(), config.architecture().name(),
                config.architecture().options(), model.sampleShape().getShape(), c.kind().name(), c.size(),
                config.latent().prior(), config.latent().dim(), trainer.stepCount());
        Block generator = trainer.averageGenerator() != null ? trainer.averageGenerator() : trainer.generator();
        GeneratorModels.save(generator, card, directory);
        modality.writeExportResources(directory);
        return card;
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
        if (evaluator != null) {
            evaluator.close();
        }
        if (heldOut != null) {
            heldOut.close();
        }
        data.close();
        trainer.close();
        manager.close();
        if (log != null) {
            log.close();
        }
    }
}
