package org.gan4j.image.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.Arrays;
import java.util.Map;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.model.LatentPrior;
import org.gan4j.core.options.Options;
import org.gan4j.core.spi.ModelRequest;

/** Test helpers: building models through the architectures, initializing and running blocks. */
final class Networks {

    static final int LATENT_DIM = 100;

    private Networks() {}

    /** A request for images of the given shape with a 100-wide normal prior. */
    static ModelRequest request(Shape sampleShape, ConditionSpec condition, Map<String, Object> options) {
        return new ModelRequest(sampleShape, condition, new LatentPrior(LatentPrior.Kind.NORMAL, LATENT_DIM),
                new Options("architecture.options", options));
    }

    /** Initializes a block for inputs of the given shapes on the manager and returns it. */
    static Block initialized(Block block, NDManager manager, Shape... inputShapes) {
        block.initialize(manager, DataType.FLOAT32, inputShapes);
        return block;
    }

    /** Initializes the model's generator and discriminator for batches of the given size. */
    static Block[] initialized(GanModel model, NDManager manager, int batch) {
        Shape z = new Shape(batch, model.prior().dim());
        Shape x = new Shape(batch).addAll(model.sampleShape());
        boolean labels = model.condition().isConditional();
        Block generator = model.generatorFactory().get();
        initialized(generator, manager, labels ? new Shape[] {z, new Shape(batch)} : new Shape[] {z});
        initialized(model.discriminator(), manager, labels ? new Shape[] {x, new Shape(batch)} : new Shape[] {x});
        return new Block[] {generator, model.discriminator()};
    }

    /** Runs a block on the inputs, skipping null ones (the condition of unconditional models). */
    static NDArray forward(Block block, NDManager manager, boolean training, NDArray... inputs) {
        NDList list = new NDList();
        Arrays.stream(inputs).filter(a -> a != null).forEach(list::add);
        return block.forward(new ParameterStore(manager, false), list, training).singletonOrThrow();
    }

    /** Labels 0, 1, ..., cycling through the classes, as the trainer's sample writer passes them. */
    static NDArray cyclingLabels(NDManager manager, int batch, int classes) {
        return manager.arange(0, batch, 1, DataType.INT64).mod(classes);
    }
}
