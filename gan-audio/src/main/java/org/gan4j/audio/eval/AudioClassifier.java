package org.gan4j.audio.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.gan4j.audio.data.AudioClips;
import org.gan4j.audio.data.ClipFormat;
import org.gan4j.audio.signal.SpectrogramCodec;
import org.gan4j.core.checkpoint.ParameterFile;
import org.gan4j.core.data.FloatBatchBuffer;
import org.gan4j.core.data.Permutations;
import org.gan4j.core.eval.ClassifierEvaluator;
import org.gan4j.core.eval.Predictions;

/**
 * The audio evaluator's classifier: clips → {@link LogMel} (1, 40, 64) → batch norm → 3 × [Conv 3×3
 * (32, 64, 128) → BN → ReLU → max-pool 2] → flatten → Linear(128) → ReLU: the features; dropout 0.25
 * → Linear(k): the class logits. It classifies waveforms (B, 1, L) and SpecGAN spectrograms (B, 1,
 * L/128, 128), which it first turns into sound with Griffin-Lim like the sample writer. Not
 * thread-safe.
 */
public final class AudioClassifier implements ClassifierEvaluator.Classifier, AutoCloseable {

    /** The version of this layout and of the trainer's recipe; part of every cached evaluator's key. */
    public static final int ARCHITECTURE_VERSION = 1;

    /** The width of the penultimate features. */
    public static final int FEATURE_WIDTH = 128;

    /** Clips per forward pass when classifying real data. */
    static final int CHUNK = 250;

    private static final int[] FILTERS = {32, 64, 128};

    private final NDManager manager;
    private final Block features;
    private final Block head;
    private final ParameterStore parameterStore;
    private final int window;
    private final int classes;
    private final LogMel logMel;
    private final FloatBatchBuffer buffer = new FloatBatchBuffer();

    private AudioClassifier(NDManager manager, SequentialBlock network, int window, int classes) {
        this.manager = manager;
        this.features = network.getChildren().get(0).getValue();
        this.head = network.getChildren().get(1).getValue();
        this.parameterStore = new ParameterStore(manager, false);
        this.window = window;
        this.classes = classes;
        this.logMel = new LogMel(window);
    }

    /**
     * @param classes k
     * @return the untrained network: a sequence of the features and the head
     */
    static SequentialBlock network(int classes) {
        SequentialBlock features = new SequentialBlock().add(BatchNorm.builder().build());
        for (int filters : FILTERS) {
            features.add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1))
                            .setFilters(filters).build())
                    .add(BatchNorm.builder().build())
                    .add(Activation.reluBlock())
                    .add(Pool.maxPool2dBlock(new Shape(2, 2)));
        }
        features.add(Blocks.batchFlattenBlock()).add(Linear.builder().setUnits(FEATURE_WIDTH).build())
                .add(Activation.reluBlock());
        SequentialBlock head = new SequentialBlock().add(Dropout.builder().optRate(0.25f).build())
                .add(Linear.builder().setUnits(classes).build());
        return new SequentialBlock().add(features).add(head);
    }

    /**
     * Rebuilds a trained classifier from its parameter file.
     *
     * @param parameters the bytes of a {@link ParameterFile} written from {@link #network}
     * @param window the clip length it classifies
     * @param classes k
     * @param source where the bytes come from, for errors
     * @return the classifier, for inference only
     * @throws IOException if the bytes are not parameters of this network
     */
    public static AudioClassifier fromParameters(byte[] parameters, int window, int classes, String source)
            throws IOException {
        NDManager manager = NDManager.newBaseManager();
        try {
            SequentialBlock network = network(classes);
            network.setInitializer(Initializer.ZEROS, parameter -> true);
            network.initialize(manager, DataType.FLOAT32, new Shape(1).addAll(LogMel.shape()));
            ParameterFile.read(network.getParameters(), new DataInputStream(new ByteArrayInputStream(parameters)),
                    manager, source);
            network.freezeParameters(true);
            return new AudioClassifier(manager, network, window, classes);
        } catch (IOException | RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    @Override
    public int classes() {
        return classes;
    }

    /** @return the clip length it classifies */
    public int window() {
        return window;
    }

    /**
     * {@inheritDoc}
     *
     * @param samples waveforms (B, 1, window) or spectrograms (B, 1, window/128, 128), float32
     */
    @Override
    public Predictions predict(NDArray samples) {
        ClipFormat format = ClipFormat.of(samples.getShape().slice(1));
        if (format.window() != window) {
            throw new IllegalArgumentException("this classifier takes clips of " + window + " samples, got "
                    + samples.getShape());
        }
        int batch = Math.toIntExact(samples.getShape().get(0));
        float[] values = samples.toFloatArray();
        SpectrogramCodec codec = format.representation() == ClipFormat.Representation.SPECTROGRAM ? format.codec() : null;
        float[] sample = new float[window];
        float[][] clips = new float[batch][];
        for (int i = 0; i < batch; i++) {
            System.arraycopy(values, i * window, sample, 0, window);
            clips[i] = format.toWaveform(sample.clone(), codec, i);
        }
        try (NDManager scope = manager.newSubManager()) {
            return classify(scope, clips);
        }
    }

    /**
     * Classifies real clips in a seeded random order, each at most once.
     *
     * @param clips clips of this classifier's window
     * @param count how many, at most {@code clips.size()}
     * @param seed the order's seed
     * @return their features, class probabilities and labels
     */
    public Predictions predict(AudioClips clips, int count, long seed) {
        if (count < 1 || count > clips.size()) {
            throw new IllegalArgumentException("cannot classify " + count + " of " + clips.size() + " clips");
        }
        int[] order = Permutations.of(clips.size(), seed);
        List<Predictions> parts = new ArrayList<>();
        for (int from = 0; from < count; from += CHUNK) {
            int n = Math.min(CHUNK, count - from);
            float[][] chunk = new float[n][];
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                chunk[i] = clips.clip(order[from + i]);
                labels[i] = clips.label(order[from + i]);
            }
            try (NDManager scope = manager.newSubManager()) {
                parts.add(classify(scope, chunk).withLabels(labels));
            }
        }
        return Predictions.concat(parts);
    }

    /**
     * @param logMel computes the classifier's input
     * @param clips waveforms
     * @param manager owns the result
     * @param buffer the reusable transfer buffer
     * @return their log-mel spectrograms, (B, 1, 40, 64)
     */
    static NDArray inputs(LogMel logMel, float[][] clips, NDManager manager, FloatBatchBuffer buffer) {
        int size = LogMel.BANDS * LogMel.FRAMES;
        float[] values = new float[clips.length * size];
        for (int i = 0; i < clips.length; i++) {
            logMel.compute(clips[i], values, i * size);
        }
        buffer.begin(values.length).put(values);
        return buffer.finish(manager, new Shape(clips.length).addAll(LogMel.shape()));
    }

    private Predictions classify(NDManager scope, float[][] clips) {
        NDArray input = inputs(logMel, clips, scope, buffer);
        NDList featureList = features.forward(parameterStore, new NDList(input), false);
        NDArray probabilities = head.forward(parameterStore, featureList, false).singletonOrThrow().softmax(1);
        return new Predictions(rows(featureList.singletonOrThrow().toFloatArray(), clips.length),
                rows(probabilities.toFloatArray(), clips.length), null);
    }

    private static double[][] rows(float[] values, int count) {
        int width = values.length / count;
        double[][] rows = new double[count][width];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < width; j++) {
                rows[i][j] = values[i * width + j];
            }
        }
        return rows;
    }

    @Override
    public void close() {
        manager.close();
    }
}
