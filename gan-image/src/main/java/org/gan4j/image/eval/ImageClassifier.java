package org.gan4j.image.eval;

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
import java.util.Arrays;
import java.util.List;
import org.gan4j.core.checkpoint.ParameterFile;
import org.gan4j.core.data.RealBatch;
import org.gan4j.core.eval.ClassifierEvaluator;
import org.gan4j.core.eval.Predictions;
import org.gan4j.image.data.ImageData;
import org.gan4j.image.data.ImageDataSource;

/**
 * The evaluator's classifier, a small CNN for (C, H, W) images in [-1, 1]:
 *
 * <pre>3 × (conv 3×3 → batch norm → ReLU → max-pool 2), with 32, 64 and 128 filters
 * → linear 128 → ReLU   (the penultimate features)
 * → dropout 0.25 → linear k   (the logits)</pre>
 *
 * <p>Images must be at least 8 × 8. {@link #network} builds it untrained for {@link
 * ClassifierTrainer}; an instance holds trained weights and only infers: one forward pass gives
 * both the penultimate features and the class probabilities. Not thread-safe.
 */
public final class ImageClassifier implements ClassifierEvaluator.Classifier, AutoCloseable {

    /**
     * The version of the layout above and of the {@link ClassifierTrainer} recipe; part of every cached
     * evaluator's key. Bump it on any change to either.
     */
    public static final int ARCHITECTURE_VERSION = 1;

    /** The width of the penultimate features. */
    public static final int FEATURE_WIDTH = 128;

    /** How many images {@link #predict(ImageData, int, long)} classifies per forward pass. */
    static final int CHUNK = 500;

    private static final int[] FILTERS = {32, 64, 128};
    private static final float DROPOUT = 0.25f;

    private final NDManager manager;
    private final Block features;
    private final Block head;
    private final ParameterStore parameterStore;
    private final Shape sampleShape;
    private final int classes;

    private ImageClassifier(NDManager manager, SequentialBlock network, Shape sampleShape, int classes) {
        this.manager = manager;
        this.features = network.getChildren().get(0).getValue();
        this.head = network.getChildren().get(1).getValue();
        this.parameterStore = new ParameterStore(manager, false);
        this.sampleShape = sampleShape;
        this.classes = classes;
    }

    /**
     * @param classes k, the number of classes
     * @return the untrained network: a sequence of two blocks, the features and the head
     */
    static SequentialBlock network(int classes) {
        SequentialBlock features = new SequentialBlock();
        for (int filters : FILTERS) {
            features.add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1))
                            .setFilters(filters).build())
                    .add(BatchNorm.builder().build())
                    .add(Activation.reluBlock())
                    .add(Pool.maxPool2dBlock(new Shape(2, 2)));
        }
        features.add(Blocks.batchFlattenBlock())
                .add(Linear.builder().setUnits(FEATURE_WIDTH).build())
                .add(Activation.reluBlock());
        SequentialBlock head = new SequentialBlock()
                .add(Dropout.builder().optRate(DROPOUT).build())
                .add(Linear.builder().setUnits(classes).build());
        return new SequentialBlock().add(features).add(head);
    }

    /**
     * Rebuilds a trained classifier from its parameter file.
     *
     * @param parameters the bytes of a {@link ParameterFile} written from {@link #network}
     * @param sampleShape (C, H, W) of the images it classifies
     * @param classes k
     * @param source where the bytes come from, for error messages
     * @return the classifier, for inference only
     * @throws IOException if the bytes are not parameters of this network for this shape
     */
    public static ImageClassifier fromParameters(byte[] parameters, Shape sampleShape, int classes, String source)
            throws IOException {
        requireImageShape(sampleShape);
        NDManager manager = NDManager.newBaseManager();
        try {
            SequentialBlock network = network(classes);
            network.setInitializer(Initializer.ZEROS, parameter -> true);
            network.initialize(manager, DataType.FLOAT32, new Shape(1).addAll(sampleShape));
            ParameterFile.read(network.getParameters(),
                    new DataInputStream(new ByteArrayInputStream(parameters)), manager, source);
            network.freezeParameters(true);
            return new ImageClassifier(manager, network, sampleShape, classes);
        } catch (IOException | RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /**
     * @param sampleShape a sample shape
     * @throws IllegalArgumentException unless it is (C, H, W) with H, W ≥ 8
     */
    static void requireImageShape(Shape sampleShape) {
        if (sampleShape.dimension() != 3 || sampleShape.get(1) < 8 || sampleShape.get(2) < 8) {
            throw new IllegalArgumentException("the image classifier needs images (C, H, W) of at least 8 × 8, got "
                    + sampleShape);
        }
    }

    /** @return (C, H, W) of the images it classifies */
    public Shape sampleShape() {
        return sampleShape;
    }

    /** @return k, the number of classes */
    @Override
    public int classes() {
        return classes;
    }

    /**
     * Classifies a batch in inference mode. Everything computed is freed before returning; {@code
     * images} stays with its manager.
     *
     * @param images float32 (B, C, H, W) in [-1, 1]
     * @return the features (B, 128) and class probabilities (B, k), without labels
     * @throws IllegalArgumentException if the shape or type is not that of this classifier's images
     */
    @Override
    public Predictions predict(NDArray images) {
        Shape shape = images.getShape();
        if (shape.dimension() != 4 || !shape.slice(1).equals(sampleShape) || images.getDataType() != DataType.FLOAT32) {
            throw new IllegalArgumentException("expected float32 images (B, " + sampleShape.toString().substring(1)
                    + ", got " + images.getDataType() + " " + shape);
        }
        try (NDManager scope = images.getManager().newSubManager()) {
            images.tempAttach(scope);
            NDList featureList = features.forward(parameterStore, new NDList(images), false);
            NDArray probabilities = head.forward(parameterStore, featureList, false).singletonOrThrow().softmax(1);
            int batch = Math.toIntExact(shape.get(0));
            return new Predictions(rows(featureList.singletonOrThrow().toFloatArray(), batch),
                    rows(probabilities.toFloatArray(), batch), null);
        }
    }

    /**
     * Classifies real images in a seeded random order: the first {@code count} of the epoch-0 order of
     * {@link ImageData#toDataSource}, so every image at most once.
     *
     * @param data images of this classifier's shape
     * @param count how many, at most {@code data.size()}
     * @param seed the order's seed
     * @return their features, class probabilities and labels
     */
    public Predictions predict(ImageData data, int count, long seed) {
        if (count < 1 || count > data.size()) {
            throw new IllegalArgumentException("cannot classify " + count + " of " + data.size() + " images");
        }
        ImageDataSource source = data.toDataSource(seed, true);
        List<Predictions> parts = new ArrayList<>();
        for (int index = 0; index * (long) CHUNK < count; index++) {
            try (NDManager chunk = manager.newSubManager()) {
                RealBatch batch = source.batch(chunk, index, CHUNK);
                int[] labels = Arrays.stream(batch.conditions().toLongArray()).mapToInt(Math::toIntExact).toArray();
                parts.add(predict(batch.samples()).withLabels(labels));
            }
        }
        return Predictions.concat(parts).first(count);
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

    /** Frees the weights. */
    @Override
    public void close() {
        manager.close();
    }
}
