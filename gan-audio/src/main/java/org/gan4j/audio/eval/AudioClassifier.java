package org.gan4j.audio.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.gan4j.audio.data.AudioClips;
import org.gan4j.audio.data.ClipFormat;
import org.gan4j.audio.signal.SpectrogramCodec;
import org.gan4j.core.data.FloatBatchBuffer;
import org.gan4j.core.data.Permutations;
import org.gan4j.core.eval.ClassifierEvaluator;
import org.gan4j.core.eval.CnnClassifierNetwork;
import org.gan4j.core.eval.Predictions;

/**
 * The audio evaluator's classifier: clips → {@link LogMel} (1, 40, 64) → the {@link
 * CnnClassifierNetwork} with its input batch norm. It classifies waveforms (B, 1, L) and SpecGAN spectrograms (B, 1,
 * L/128, 128), which it first turns into sound with Griffin-Lim like the sample writer. Not
 * thread-safe.
 */
public final class AudioClassifier implements ClassifierEvaluator.Classifier, AutoCloseable {

    /** The version of this layout and of the trainer's recipe; part of every cached evaluator's key. */
    public static final int ARCHITECTURE_VERSION = 1;

    /** Clips per forward pass when classifying real data. */
    static final int CHUNK = 250;

    private final CnnClassifierNetwork network;
    private final int window;
    private final int classes;
    private final LogMel logMel;
    private final FloatBatchBuffer buffer = new FloatBatchBuffer();

    private AudioClassifier(CnnClassifierNetwork network, int window, int classes) {
        this.network = network;
        this.window = window;
        this.classes = classes;
        this.logMel = new LogMel(window);
    }

    /**
     * @param classes k
     * @return the untrained network: a sequence of the features and the head
     */
    static SequentialBlock network(int classes) {
        return CnnClassifierNetwork.network(classes, true);
    }

    /**
     * Rebuilds a trained classifier from its parameter file.
     *
     * @param parameters the bytes of a {@link org.gan4j.core.checkpoint.ParameterFile} written from
     *     {@link #network}
     * @param window the clip length it classifies
     * @param classes k
     * @param source where the bytes come from, for errors
     * @return the classifier, for inference only
     * @throws IOException if the bytes are not parameters of this network
     */
    public static AudioClassifier fromParameters(byte[] parameters, int window, int classes, String source)
            throws IOException {
        return new AudioClassifier(CnnClassifierNetwork.fromParameters(parameters, LogMel.shape(), classes, true,
                source), window, classes);
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
        try (NDManager scope = network.manager().newSubManager()) {
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
            try (NDManager scope = network.manager().newSubManager()) {
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
        return network.classify(input);
    }

    @Override
    public void close() {
        network.close();
    }
}
