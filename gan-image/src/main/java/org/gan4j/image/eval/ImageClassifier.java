package org.gan4j.image.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gan4j.core.data.RealBatch;
import org.gan4j.core.eval.ClassifierEvaluator;
import org.gan4j.core.eval.CnnClassifierNetwork;
import org.gan4j.core.eval.Predictions;
import org.gan4j.image.data.ImageData;
import org.gan4j.image.data.ImageDataSource;

/**
 * The evaluator's classifier: the {@link CnnClassifierNetwork} (without input norm) on (C, H, W)
 * images in [-1, 1] of at least 8 × 8. {@link #network} builds it untrained for {@link
 * ClassifierTrainer}; an instance holds trained weights and only infers. Not thread-safe.
 */
public final class ImageClassifier implements ClassifierEvaluator.Classifier, AutoCloseable {

    /**
     * The version of the network layout and of the {@link ClassifierTrainer} recipe; part of every cached
     * evaluator's key. Bump it on any change to either.
     */
    public static final int ARCHITECTURE_VERSION = 1;

    /** How many images {@link #predict(ImageData, int, long)} classifies per forward pass. */
    static final int CHUNK = 500;

    private final CnnClassifierNetwork network;
    private final Shape sampleShape;
    private final int classes;

    private ImageClassifier(CnnClassifierNetwork network, Shape sampleShape, int classes) {
        this.network = network;
        this.sampleShape = sampleShape;
        this.classes = classes;
    }

    /**
     * @param classes k, the number of classes
     * @return the untrained network: a sequence of two blocks, the features and the head
     */
    static SequentialBlock network(int classes) {
        return CnnClassifierNetwork.network(classes, false);
    }

    /**
     * Rebuilds a trained classifier from its parameter file.
     *
     * @param parameters the bytes of a {@link org.gan4j.core.checkpoint.ParameterFile} written from {@link #network}
     * @param sampleShape (C, H, W) of the images it classifies
     * @param classes k
     * @param source where the bytes come from, for error messages
     * @return the classifier, for inference only
     * @throws IOException if the bytes are not parameters of this network for this shape
     */
    public static ImageClassifier fromParameters(byte[] parameters, Shape sampleShape, int classes, String source)
            throws IOException {
        requireImageShape(sampleShape);
        return new ImageClassifier(CnnClassifierNetwork.fromParameters(parameters, sampleShape, classes, false,
                source), sampleShape, classes);
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
        return network.classify(images);
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
            try (NDManager chunk = network.manager().newSubManager()) {
                RealBatch batch = source.batch(chunk, index, CHUNK);
                int[] labels = Arrays.stream(batch.conditions().toLongArray()).mapToInt(Math::toIntExact).toArray();
                parts.add(predict(batch.samples()).withLabels(labels));
            }
        }
        return Predictions.concat(parts).first(count);
    }

    /** Frees the weights. */
    @Override
    public void close() {
        network.close();
    }
}
