package org.gan4j.core.eval;

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
import org.gan4j.core.checkpoint.ParameterFile;
import org.gan4j.core.device.Devices;

/**
 * The small CNN behind the modalities' evaluator classifiers, for (C, H, W) inputs of at least 8 × 8:
 *
 * <pre>[batch norm] → 3 × (conv 3×3 → batch norm → ReLU → max-pool 2), with 32, 64 and 128 filters
 * → linear 128 → ReLU   (the penultimate features)
 * → dropout 0.25 → linear k   (the logits)</pre>
 *
 * <p>{@link #network} builds it untrained; an instance holds trained weights and only infers: one
 * forward pass gives both the features and the class probabilities. Not thread-safe.
 */
public final class CnnClassifierNetwork implements AutoCloseable {

    /** The width of the penultimate features. */
    public static final int FEATURE_WIDTH = 128;

    private static final int[] FILTERS = {32, 64, 128};
    private static final float DROPOUT = 0.25f;

    private final NDManager manager;
    private final Block features;
    private final Block head;
    private final ParameterStore parameterStore;

    private CnnClassifierNetwork(NDManager manager, SequentialBlock network) {
        this.manager = manager;
        this.features = network.getChildren().get(0).getValue();
        this.head = network.getChildren().get(1).getValue();
        this.parameterStore = new ParameterStore(manager, false);
    }

    /**
     * @param classes k, the number of classes
     * @param inputNorm whether the features start with a batch norm of the input
     * @return the untrained network: a sequence of two blocks, the features and the head
     */
    public static SequentialBlock network(int classes, boolean inputNorm) {
        SequentialBlock features = new SequentialBlock();
        if (inputNorm) {
            features.add(BatchNorm.builder().build());
        }
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
     * Rebuilds a trained network from its parameter file.
     *
     * @param parameters the bytes of a {@link ParameterFile} written from {@link #network}
     * @param inputShape (C, H, W) of one input
     * @param classes k
     * @param inputNorm as given to {@link #network}
     * @param source where the bytes come from, for error messages
     * @return the network, for inference only, on its own manager
     * @throws IOException if the bytes are not parameters of this network for this shape
     */
    public static CnnClassifierNetwork fromParameters(byte[] parameters, Shape inputShape, int classes,
            boolean inputNorm, String source) throws IOException {
        NDManager manager = Devices.newBaseManager();
        try {
            SequentialBlock network = network(classes, inputNorm);
            network.setInitializer(Initializer.ZEROS, parameter -> true);
            network.initialize(manager, DataType.FLOAT32, new Shape(1).addAll(inputShape));
            ParameterFile.read(network.getParameters(),
                    new DataInputStream(new ByteArrayInputStream(parameters)), manager, source);
            network.freezeParameters(true);
            return new CnnClassifierNetwork(manager, network);
        } catch (IOException | RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /** @return the manager holding the weights, whose sub-managers may hold per-batch inputs */
    public NDManager manager() {
        return manager;
    }

    /**
     * Classifies a batch in inference mode. Everything computed is freed before returning; {@code
     * inputs} stays with its manager.
     *
     * @param inputs float32 (B, C, H, W)
     * @return the features (B, 128) and class probabilities (B, k), without labels
     */
    public Predictions classify(NDArray inputs) {
        try (NDManager scope = inputs.getManager().newSubManager()) {
            inputs.tempAttach(scope);
            NDList featureList = features.forward(parameterStore, new NDList(inputs), false);
            NDArray probabilities = head.forward(parameterStore, featureList, false).singletonOrThrow().softmax(1);
            int batch = Math.toIntExact(inputs.getShape().get(0));
            return new Predictions(rows(featureList.singletonOrThrow().toFloatArray(), batch),
                    rows(probabilities.toFloatArray(), batch), null);
        }
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
