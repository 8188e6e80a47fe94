package org.gan4j.audio.eval;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.util.Locale;
import java.util.function.Consumer;
import org.gan4j.audio.data.AudioClips;
import org.gan4j.core.checkpoint.ParameterFile;
import org.gan4j.core.data.EpochOrder;
import org.gan4j.core.data.FloatBatchBuffer;
import org.gan4j.core.data.LabelBatchBuffer;
import org.gan4j.core.device.Devices;
import org.gan4j.core.train.EngineSeeds;

/**
 * Trains an {@link AudioClassifier} network on the log-mel spectrograms of real training clips with
 * Adam and softmax cross-entropy, the learning rate falling on a cosine to 1/100 of its start, and
 * measures it on the held-out clips at the end. Each clip's log-mel is computed once; batches follow
 * a seeded {@link EpochOrder}, and the weights and dropout come from the engine seeded from the
 * settings, so a run is repeatable.
 */
public final class AudioClassifierTrainer {

    private final Settings settings;
    private final Consumer<String> progress;

    /**
     * @param settings epochs, batch size, learning rate and seed
     * @param progress receives one-line messages
     */
    public AudioClassifierTrainer(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** @return the settings */
    public Settings settings() {
        return settings;
    }

    /** What training produced. */
    record Result(byte[] parameters, double heldOutAccuracy, double wallSeconds) {}

    /**
     * @param train labelled training clips
     * @param heldOut labelled clips of the same window and classes, never trained on
     * @param name the data's name, for progress lines
     * @return the trained parameters and the held-out accuracy
     * @throws IOException if the parameters cannot be serialized
     */
    Result train(AudioClips train, AudioClips heldOut, String name) throws IOException {
        if (train.window() != heldOut.window() || !train.classes().equals(heldOut.classes()) || train.size() == 0
                || heldOut.size() == 0) {
            throw new IllegalArgumentException("train (" + train.size() + " clips of " + train.window() + ", "
                    + train.classes() + ") and held-out (" + heldOut.size() + " of " + heldOut.window() + ", "
                    + heldOut.classes() + ") must be non-empty clips of one window and class list");
        }
        long start = System.nanoTime();
        LogMel logMel = new LogMel(train.window());
        int size = LogMel.BANDS * LogMel.FRAMES;
        float[] inputs = new float[train.size() * size];
        for (int i = 0; i < train.size(); i++) {
            logMel.compute(train.clip(i), inputs, i * size);
        }
        int batchSize = settings.batchSize();
        long steps = Math.max(1, ((long) settings.epochs() * train.size() + batchSize - 1) / batchSize);
        progress.accept(String.format(Locale.ROOT, "evaluator: training a log-mel classifier on %d %s clips"
                + " (%d classes; %s), %d steps", train.size(), name, train.classes().size(), settings, steps));
        try (EngineSeeds.Hold random = EngineSeeds.hold()) {
            EngineSeeds.seed(settings.seed(), 0, 0);
            EpochOrder order = new EpochOrder(train.size(), settings.seed());
            FloatBatchBuffer samples = new FloatBatchBuffer();
            LabelBatchBuffer labels = new LabelBatchBuffer();
            Loss loss = Loss.softmaxCrossEntropyLoss();
            DefaultTrainingConfig config = new DefaultTrainingConfig(loss).optOptimizer(Optimizer.adam()
                    .optLearningRateTracker(Tracker.cosine().setBaseValue(settings.learningRate())
                            .optFinalValue(settings.learningRate() / 100).setMaxUpdates(Math.toIntExact(steps)).build())
                    .build());
            byte[] parameters;
            try (Model model = Model.newInstance("audio-evaluator", Devices.current())) {
                model.setBlock(AudioClassifier.network(train.classes().size()));
                try (Trainer trainer = model.newTrainer(config)) {
                    trainer.initialize(new Shape(batchSize).addAll(LogMel.shape()));
                    double lossSum = 0;
                    for (long step = 0; step < steps; step++) {
                        try (NDManager scope = model.getNDManager().newSubManager()) {
                            FloatBuffer out = samples.begin(batchSize * size);
                            int[] batchLabels = new int[batchSize];
                            for (int i = 0; i < batchSize; i++) {
                                int clip = order.sampleAt(step * batchSize + i);
                                out.put(inputs, clip * size, size);
                                batchLabels[i] = train.label(clip);
                            }
                            NDArray x = samples.finish(scope, new Shape(batchSize).addAll(LogMel.shape()));
                            NDArray y = labels.labels(scope, batchLabels);
                            try (GradientCollector collector = trainer.newGradientCollector()) {
                                NDArray value = loss.evaluate(new NDList(y), trainer.forward(new NDList(x)));
                                collector.backward(value);
                                lossSum += value.getFloat();
                            }
                            trainer.step();
                        }
                        if ((step + 1) % 100 == 0 || step + 1 == steps) {
                            progress.accept(String.format(Locale.ROOT, "evaluator: step %d/%d loss %.4f", step + 1, steps,
                                    lossSum / ((step % 100) + 1)));
                            lossSum = 0;
                        }
                    }
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (DataOutputStream out = new DataOutputStream(bytes)) {
                    ParameterFile.write(model.getBlock().getParameters(), out);
                }
                parameters = bytes.toByteArray();
            }
            double accuracy;
            try (AudioClassifier classifier = AudioClassifier.fromParameters(parameters, train.window(),
                    train.classes().size(), "the classifier being trained")) {
                accuracy = classifier.predict(heldOut, heldOut.size(), settings.seed()).accuracy();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            progress.accept(String.format(Locale.ROOT, "evaluator: held-out accuracy %.2f%% on %d %s clips; %.1f s",
                    100 * accuracy, heldOut.size(), name, seconds));
            return new Result(parameters, accuracy, seconds);
        }
    }

    /**
     * How the classifier is trained; part of a cached evaluator's key.
     *
     * @param epochs passes over the training clips, ≥ 1
     * @param batchSize clips per step, ≥ 1
     * @param learningRate Adam's first learning rate, &gt; 0
     * @param seed the seed of weights, dropout and batch order
     */
    public record Settings(int epochs, int batchSize, float learningRate, long seed) {

        /** The recipe of the cached evaluators. */
        public static final Settings DEFAULT = new Settings(12, 64, 2e-3f, 0);

        /** Checks the ranges. */
        public Settings {
            if (epochs < 1 || batchSize < 1 || !(learningRate > 0)) {
                throw new IllegalArgumentException("need epochs ≥ 1, batch size ≥ 1, learning rate > 0; got "
                        + epochs + ", " + batchSize + ", " + learningRate);
            }
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d epochs, batch %d, Adam %.0e cosine, seed %d", epochs, batchSize,
                    learningRate, seed);
        }
    }
}
