package org.gan4j.core.condition;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.gan4j.core.checkpoint.ParameterFile;
import org.gan4j.core.data.EpochOrder;
import org.gan4j.core.data.FloatBatchBuffer;
import org.gan4j.core.device.Devices;
import org.gan4j.core.optim.AdamOptimizer;
import org.gan4j.core.train.EngineSeeds;

/**
 * A condition encoder: a modality's {@code Architecture.encoder} block, pretrained to predict the
 * labels of its samples (the class and, where the data has them, attributes: one linear
 * cross-entropy head per label column on top of the embedding), then frozen and used to turn
 * source samples into embeddings once, before the GAN trains.
 */
public final class PretrainedEncoder implements AutoCloseable {

    private static final int CHUNK = 500;

    private final NDManager manager;
    private final Block encoder;
    private final Block classHead;
    private final Shape sampleShape;
    private final int dim;
    private final double trainAccuracy;

    private PretrainedEncoder(NDManager manager, Block encoder, Block classHead, Shape sampleShape, int dim,
            double trainAccuracy) {
        this.manager = manager;
        this.encoder = encoder;
        this.classHead = classHead;
        this.sampleShape = sampleShape;
        this.dim = dim;
        this.trainAccuracy = trainAccuracy;
    }

    /**
     * How the encoder is pretrained.
     *
     * @param steps Adam steps
     * @param batchSize samples per step
     * @param learningRate Adam's learning rate
     * @param seed the seed of the initialisation and the order
     */
    public record Settings(int steps, int batchSize, float learningRate, long seed) {}

    /**
     * Pretrains an encoder on labelled samples.
     *
     * @param encoder an uninitialized block mapping (B, sample...) to (B, dim)
     * @param dim the embedding width the encoder was asked for
     * @param data the samples; column 0 of {@code labels} is usually their class
     * @param labels label columns: {@code labels[k][i]} is sample i's label in column k, in [0,
     *     classes[k])
     * @param classes the number of values of each column
     * @param settings steps, batch size, learning rate and seed
     * @param progress receives a line every tenth of the steps and one when done
     * @return the encoder, frozen
     * @throws IllegalArgumentException if the encoder's output is not (B, dim)
     */
    public static PretrainedEncoder train(Block encoder, int dim, SampleTable data, int[][] labels, int[] classes,
            Settings settings, Consumer<String> progress) {
        NDManager manager = Devices.newBaseManager();
        try {
            Shape sampleShape = data.sampleShape();
            Shape input = new Shape(1).addAll(sampleShape);
            try (EngineSeeds.Hold random = EngineSeeds.hold()) {
                EngineSeeds.seed(settings.seed(), 0, -1);
                encoder.initialize(manager, DataType.FLOAT32, input);
                Shape out = encoder.getOutputShapes(new Shape[] {input})[0];
                if (out.dimension() != 2 || out.get(1) != dim) {
                    throw new IllegalArgumentException("the encoder maps a sample of shape " + sampleShape + " to " + out
                            + " but the condition needs embeddings of width " + dim
                            + "; set the encoder's embedding width to the generator's condition width");
                }
                List<Block> heads = new ArrayList<>();
                for (int c : classes) {
                    Block head = Linear.builder().setUnits(c).build();
                    head.initialize(manager, DataType.FLOAT32, new Shape(1, dim));
                    heads.add(head);
                }
                List<AdamOptimizer> optimizers = new ArrayList<>();
                optimizers.add(new AdamOptimizer(manager, encoder.getParameters(), settings.learningRate(), 0.9f, 0.999f, 1e-8f));
                heads.forEach(h -> optimizers.add(
                        new AdamOptimizer(manager, h.getParameters(), settings.learningRate(), 0.9f, 0.999f, 1e-8f)));
                ParameterStore store = new ParameterStore(manager, false);
                EpochOrder order = new EpochOrder(data.size(), settings.seed());
                FloatBatchBuffer buffer = new FloatBatchBuffer();
                int hits = 0;
                int seen = 0;
                float lastLoss = Float.NaN;
                int tail = Math.max(1, settings.steps() / 10);
                for (int step = 0; step < settings.steps(); step++) {
                    try (NDManager scope = manager.newSubManager()) {
                        int[] rows = new int[settings.batchSize()];
                        for (int b = 0; b < rows.length; b++) {
                            rows[b] = order.sampleAt((long) step * rows.length + b);
                        }
                        NDArray x = batch(data, rows, buffer, scope);
                        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                            NDArray e = encoder.forward(store, new NDList(x), true).head();
                            NDArray loss = null;
                            for (int k = 0; k < heads.size(); k++) {
                                NDArray logits = heads.get(k).forward(store, new NDList(e), true).head();
                                NDArray y = column(labels[k], rows, scope);
                                NDArray ce = logits.logSoftmax(1).mul(y.oneHot(classes[k])).sum(new int[] {1}).mean().neg();
                                loss = loss == null ? ce : loss.add(ce);
                                if (k == 0 && step >= settings.steps() - tail) {
                                    long[] predicted = logits.argMax(1).toLongArray();
                                    for (int b = 0; b < rows.length; b++) {
                                        hits += predicted[b] == labels[0][rows[b]] ? 1 : 0;
                                    }
                                    seen += rows.length;
                                }
                            }
                            collector.backward(loss);
                            lastLoss = loss.getFloat();
                        }
                        optimizers.forEach(AdamOptimizer::step);
                    }
                    if ((step + 1) % tail == 0 && step + 1 < settings.steps()) {
                        progress.accept(String.format(Locale.ROOT, "gan4j: condition encoder step %d/%d: loss %.4f", step + 1,
                                settings.steps(), lastLoss));
                    }
                }
                optimizers.forEach(AdamOptimizer::close);
                encoder.getParameters().forEach(p -> p.getValue().freeze(true));
                double accuracy = seen == 0 ? Double.NaN : hits / (double) seen;
                progress.accept(String.format(Locale.ROOT, "gan4j: pretrained the condition encoder for %d steps: loss %.4f,"
                        + " class accuracy %.3f over the last %d training samples", settings.steps(), lastLoss, accuracy, seen));
                return new PretrainedEncoder(manager, encoder, heads.get(0), sampleShape, dim, accuracy);
            }
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /**
     * The encoder's parameters as they are now, for {@link FineTunedEncoder}'s copies.
     *
     * @return the parameters in {@link ParameterFile}'s format
     */
    public byte[] weights() {
        return ParameterFile.toBytes(encoder.getParameters());
    }

    /** @return the embedding width */
    public int dim() {
        return dim;
    }

    /** @return the class accuracy of the first head over the last tenth of pretraining */
    public double trainAccuracy() {
        return trainAccuracy;
    }

    /**
     * The accuracy of the first pretraining head (usually the class) on labelled samples, e.g. the
     * held-out ones: how well the embeddings alone tell the classes apart.
     *
     * @param samples samples of the shape the encoder was trained on
     * @return the share whose predicted class equals {@code samples.label(i)}
     */
    public double classAccuracy(SampleTable samples) {
        return classAccuracy(encodeAll(samples), samples);
    }

    /**
     * {@link #classAccuracy(SampleTable)} from embeddings already computed by {@link #encodeAll}.
     *
     * @param embeddings one row per sample
     * @param samples the samples they embed, for their labels
     * @return the share whose predicted class equals {@code samples.label(i)}
     */
    public double classAccuracy(float[][] embeddings, SampleTable samples) {
        int hits = 0;
        ParameterStore store = new ParameterStore(manager, false);
        for (int from = 0; from < embeddings.length; from += CHUNK) {
            int count = Math.min(CHUNK, embeddings.length - from);
            try (NDManager scope = manager.newSubManager()) {
                float[] flat = new float[count * dim];
                for (int b = 0; b < count; b++) {
                    System.arraycopy(embeddings[from + b], 0, flat, b * dim, dim);
                }
                long[] predicted = classHead.forward(store, new NDList(scope.create(flat, new Shape(count, dim))), false)
                        .head().argMax(1).toLongArray();
                for (int b = 0; b < count; b++) {
                    hits += predicted[b] == samples.label(from + b) ? 1 : 0;
                }
            }
        }
        return hits / (double) embeddings.length;
    }

    /**
     * Encodes every sample of a table in inference mode.
     *
     * @param source samples of the shape the encoder was trained on
     * @return one embedding row per sample
     * @throws IllegalArgumentException if the samples have another shape
     */
    public float[][] encodeAll(SampleTable source) {
        if (!source.sampleShape().equals(sampleShape)) {
            throw new IllegalArgumentException("the encoder was trained on samples of shape " + sampleShape
                    + " but is given samples of shape " + source.sampleShape());
        }
        float[][] rows = new float[source.size()][];
        ParameterStore store = new ParameterStore(manager, false);
        FloatBatchBuffer buffer = new FloatBatchBuffer();
        for (int from = 0; from < rows.length; from += CHUNK) {
            int[] chunk = java.util.stream.IntStream.range(from, Math.min(rows.length, from + CHUNK)).toArray();
            try (NDManager scope = manager.newSubManager()) {
                float[] flat = encoder.forward(store, new NDList(batch(source, chunk, buffer, scope)), false).head()
                        .toFloatArray();
                for (int b = 0; b < chunk.length; b++) {
                    rows[chunk[b]] = java.util.Arrays.copyOfRange(flat, b * dim, (b + 1) * dim);
                }
            }
        }
        return rows;
    }

    private static NDArray batch(SampleTable data, int[] rows, FloatBatchBuffer buffer, NDManager scope) {
        FloatBuffer values = buffer.begin(rows.length * (int) data.sampleShape().size());
        for (int row : rows) {
            data.copy(row, values);
        }
        return buffer.finish(scope, new Shape(rows.length).addAll(data.sampleShape()));
    }

    private static NDArray column(int[] labels, int[] rows, NDManager scope) {
        long[] values = new long[rows.length];
        for (int b = 0; b < rows.length; b++) {
            values[b] = labels[rows[b]];
        }
        return scope.create(values);
    }

    @Override
    public void close() {
        manager.close();
    }
}
