package org.gan4j.core.joint;

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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.gan4j.core.checkpoint.ParameterFile;
import org.gan4j.core.condition.SampleTable;
import org.gan4j.core.data.EpochOrder;
import org.gan4j.core.data.FloatBatchBuffer;
import org.gan4j.core.device.Devices;
import org.gan4j.core.optim.AdamOptimizer;
import org.gan4j.core.train.EngineSeeds;

/**
 * A joint embedding of two modalities, a and b: each side is a modality's encoder block followed by
 * a linear projection to a shared width, trained on pairs (row i of a with row i of b) with the
 * symmetric {@link InfoNce} loss and a fixed temperature, so that a sample and its partner land
 * close together (cosine similarity) and apart from the batch's other partners.
 */
public final class JointEmbedding implements AutoCloseable {

    /** The version of this recipe (projection, loss, parameter layout); part of the cache key. */
    public static final int VERSION = 2;

    private static final int CHUNK = 500;

    private final NDManager manager;
    private final Side a;
    private final Side b;
    private final Settings settings;

    /** One modality's encoder and projection. */
    private record Side(Block encoder, Block projection, Shape sampleShape) {}

    /**
     * How the joint embedding is built and trained.
     *
     * @param encoderWidth the width each modality's encoder is asked for
     * @param width the shared width of the projections
     * @param steps Adam steps
     * @param batchSize pairs per step (the InfoNCE batch: each pair's negatives are the others)
     * @param learningRate Adam's learning rate
     * @param temperature the InfoNCE temperature τ
     * @param seed the seed of the initialisation and the order
     */
    public record Settings(int encoderWidth, int width, int steps, int batchSize, float learningRate,
            float temperature, long seed) {

        /** 64-wide encoders, a 32-wide joint space, 300 steps of 64 pairs, Adam 1e-3, τ = 0.1, seed 1. */
        public static final Settings DEFAULT = new Settings(64, 32, 300, 64, 1e-3f, 0.1f, 1);

        /** @throws IllegalArgumentException naming the setting out of range */
        public Settings {
            if (encoderWidth < 1 || width < 1 || steps < 1 || batchSize < 2) {
                throw new IllegalArgumentException("joint embedding settings need encoderWidth, width and steps of at"
                        + " least 1 and batchSize of at least 2 (InfoNCE needs negatives), got " + encoderWidth + ", "
                        + width + ", " + steps + ", " + batchSize);
            }
            if (!(learningRate > 0) || !(temperature > 0)) {
                throw new IllegalArgumentException("joint embedding settings need learningRate and temperature above 0,"
                        + " got " + learningRate + " and " + temperature);
            }
        }
    }

    /**
     * Paired samples: row i of {@code a} with row i of {@code b}.
     *
     * @param a one modality's samples
     * @param b the other's, as many
     */
    public record Pairs(SampleTable a, SampleTable b) {
        /** @throws IllegalArgumentException if the tables differ in size */
        public Pairs {
            if (a.size() != b.size()) {
                throw new IllegalArgumentException("paired tables must have one row per pair, got " + a.size() + " a"
                        + " samples and " + b.size() + " b samples");
            }
        }

        /** @return the number of pairs */
        public int size() {
            return a.size();
        }
    }

    private JointEmbedding(NDManager manager, Side a, Side b, Settings settings) {
        this.manager = manager;
        this.a = a;
        this.b = b;
        this.settings = settings;
    }

    /**
     * Trains a joint embedding from scratch.
     *
     * @param encoderA an uninitialized block mapping (B, a sample...) to (B, encoderWidth)
     * @param encoderB the same for b
     * @param pairs the training pairs
     * @param settings widths, steps, batch, learning rate, temperature and seed
     * @param progress receives one line when done
     * @return the trained embedding, its parameters frozen
     * @throws IllegalArgumentException if an encoder's output is not (B, encoderWidth) or there are
     *     fewer pairs than a batch
     */
    public static JointEmbedding train(Block encoderA, Block encoderB, Pairs pairs, Settings settings,
            Consumer<String> progress) {
        if (pairs.size() < settings.batchSize()) {
            throw new IllegalArgumentException("the joint embedding trains on batches of " + settings.batchSize()
                    + " pairs but only " + pairs.size() + " pairs were given");
        }
        JointEmbedding joint = build(encoderA, encoderB, pairs.a().sampleShape(), pairs.b().sampleShape(), settings);
        try {
            joint.fit(pairs, progress);
            return joint;
        } catch (RuntimeException e) {
            joint.close();
            throw e;
        }
    }

    /**
     * Rebuilds a saved joint embedding.
     *
     * @param encoderA a fresh, uninitialized encoder of the architecture it was trained with
     * @param encoderB the same for b
     * @param shapeA a's sample shape
     * @param shapeB b's sample shape
     * @param settings the settings it was trained with
     * @param parameters bytes written by {@link #parameters()}
     * @param source where they come from, for error messages
     * @return the embedding, its parameters frozen
     * @throws IOException if the bytes are not such parameters (a {@code CheckpointException} names
     *     the parameter that does not fit)
     */
    public static JointEmbedding fromParameters(Block encoderA, Block encoderB, Shape shapeA, Shape shapeB,
            Settings settings, byte[] parameters, String source) throws IOException {
        JointEmbedding joint = build(encoderA, encoderB, shapeA, shapeB, settings);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(parameters))) {
            for (Block block : joint.blocks()) {
                ParameterFile.read(block.getParameters(), in, joint.manager, source);
            }
            joint.freeze();
            return joint;
        } catch (IOException | RuntimeException e) {
            joint.close();
            throw e;
        }
    }

    private static JointEmbedding build(Block encoderA, Block encoderB, Shape shapeA, Shape shapeB, Settings settings) {
        NDManager manager = Devices.newBaseManager();
        try {
            try (EngineSeeds.Hold random = EngineSeeds.hold()) {
                EngineSeeds.seed(settings.seed(), 0, -1);
                return new JointEmbedding(manager, side(manager, encoderA, shapeA, settings, "a"),
                        side(manager, encoderB, shapeB, settings, "b"), settings);
            }
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    private static Side side(NDManager manager, Block encoder, Shape sampleShape, Settings settings, String name) {
        Shape input = new Shape(1).addAll(sampleShape);
        encoder.initialize(manager, DataType.FLOAT32, input);
        Shape out = encoder.getOutputShapes(new Shape[] {input})[0];
        if (out.dimension() != 2 || out.get(1) != settings.encoderWidth()) {
            throw new IllegalArgumentException("the joint embedding's " + name + " encoder maps a sample of shape "
                    + sampleShape + " to " + out + " but should give (B, " + settings.encoderWidth()
                    + "); build it with the embedding width of the settings' encoderWidth");
        }
        Block projection = Linear.builder().setUnits(settings.width()).build();
        projection.initialize(manager, DataType.FLOAT32, new Shape(1, settings.encoderWidth()));
        return new Side(encoder, projection, sampleShape);
    }

    private List<Block> blocks() {
        return List.of(a.encoder(), a.projection(), b.encoder(), b.projection());
    }

    private void fit(Pairs pairs, Consumer<String> progress) {
        List<AdamOptimizer> optimizers = blocks().stream().map(block -> new AdamOptimizer(manager,
                block.getParameters(), settings.learningRate(), 0.9f, 0.999f, 1e-8f)).toList();
        ParameterStore store = new ParameterStore(manager, false);
        EpochOrder order = new EpochOrder(pairs.size(), settings.seed());
        FloatBatchBuffer bufferA = new FloatBatchBuffer();
        FloatBatchBuffer bufferB = new FloatBatchBuffer();
        int tail = Math.max(1, settings.steps() / 10);
        double tailLoss = 0;
        int hits = 0;
        int seen = 0;
        for (int step = 0; step < settings.steps(); step++) {
            try (NDManager scope = manager.newSubManager()) {
                int first = step * settings.batchSize();
                int[] rows = IntStream.range(0, settings.batchSize()).map(k -> order.sampleAt((long) first + k))
                        .toArray();
                NDArray xa = batch(pairs.a(), rows, bufferA, scope);
                NDArray xb = batch(pairs.b(), rows, bufferB, scope);
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    NDArray ea = project(a, store, xa, true);
                    NDArray eb = project(b, store, xb, true);
                    NDArray loss = InfoNce.loss(ea, eb, settings.temperature());
                    float value = loss.getFloat();
                    if (!Float.isFinite(value)) {
                        throw new IllegalStateException("the joint embedding's InfoNCE loss became " + value
                                + " at step " + (step + 1) + " of " + settings.steps() + " (" + settings
                                + "); nothing was cached");
                    }
                    collector.backward(loss);
                    if (step >= settings.steps() - tail) {
                        tailLoss += value;
                        long[] picked = ea.matMul(eb.transpose()).argMax(1).toLongArray();
                        for (int k = 0; k < picked.length; k++) {
                            hits += picked[k] == k ? 1 : 0;
                        }
                        seen += picked.length;
                    }
                }
                optimizers.forEach(AdamOptimizer::step);
            }
        }
        optimizers.forEach(AdamOptimizer::close);
        freeze();
        progress.accept(String.format(Locale.ROOT, "gan4j: trained the joint embedding for %d steps: InfoNCE %.4f,"
                + " in-batch a→b top-1 %.3f over the last %d steps", settings.steps(), tailLoss / tail,
                hits / (double) seen, tail));
    }

    private void freeze() {
        blocks().forEach(block -> block.getParameters().forEach(p -> p.getValue().freeze(true)));
    }

    private static NDArray project(Side side, ParameterStore store, NDArray x, boolean training) {
        NDArray encoded = side.encoder().forward(store, new NDList(x), training).head();
        return side.projection().forward(store, new NDList(encoded), training).head();
    }

    /** @return the settings it was built with */
    public Settings settings() {
        return settings;
    }

    /**
     * @param samples a's samples
     * @return their joint embeddings, one row each
     */
    public float[][] embedA(SampleTable samples) {
        return embedAll(a, samples);
    }

    /**
     * @param samples b's samples
     * @return their joint embeddings, one row each
     */
    public float[][] embedB(SampleTable samples) {
        return embedAll(b, samples);
    }

    /**
     * Embeds a batch of a's samples in inference mode; the intermediate arrays belong to the batch's
     * manager.
     *
     * @param samples (B, a's sample shape...)
     * @return their joint embeddings, one row each
     * @throws IllegalArgumentException if the samples have another shape
     */
    public float[][] embedA(NDArray samples) {
        Shape shape = samples.getShape();
        if (shape.dimension() < 1 || !shape.slice(1).equals(a.sampleShape())) {
            throw new IllegalArgumentException("the joint embedding's a side takes samples of shape " + a.sampleShape()
                    + " but is given a batch of shape " + shape);
        }
        return rows(project(a, new ParameterStore(manager, false), samples, false).toFloatArray(), (int) shape.get(0));
    }

    private float[][] embedAll(Side side, SampleTable samples) {
        if (!samples.sampleShape().equals(side.sampleShape())) {
            throw new IllegalArgumentException("the joint embedding was trained on samples of shape "
                    + side.sampleShape() + " but is given samples of shape " + samples.sampleShape());
        }
        float[][] out = new float[samples.size()][];
        ParameterStore store = new ParameterStore(manager, false);
        FloatBatchBuffer buffer = new FloatBatchBuffer();
        for (int from = 0; from < out.length; from += CHUNK) {
            int[] chunk = IntStream.range(from, Math.min(out.length, from + CHUNK)).toArray();
            try (NDManager scope = manager.newSubManager()) {
                float[][] part = rows(project(side, store, batch(samples, chunk, buffer, scope), false).toFloatArray(),
                        chunk.length);
                System.arraycopy(part, 0, out, from, part.length);
            }
        }
        return out;
    }

    private float[][] rows(float[] flat, int count) {
        int width = settings.width();
        float[][] out = new float[count][];
        for (int k = 0; k < count; k++) {
            out[k] = Arrays.copyOfRange(flat, k * width, (k + 1) * width);
        }
        return out;
    }

    private static NDArray batch(SampleTable data, int[] rows, FloatBatchBuffer buffer, NDManager scope) {
        FloatBuffer values = buffer.begin(rows.length * (int) data.sampleShape().size());
        for (int row : rows) {
            data.copy(row, values);
        }
        return buffer.finish(scope, new Shape(rows.length).addAll(data.sampleShape()));
    }

    /** @return every parameter of both sides, for {@link #fromParameters} */
    public byte[] parameters() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (Block block : blocks()) {
                ParameterFile.write(block.getParameters(), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing parameters to memory failed", e);
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        manager.close();
    }
}
