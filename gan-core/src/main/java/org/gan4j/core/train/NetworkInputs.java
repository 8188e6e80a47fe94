package org.gan4j.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.GanModel;

/** The inputs of a GAN's two networks: noise or samples, then the condition when there is one. */
final class NetworkInputs {

    private NetworkInputs() {}

    /** The generator's input shapes for a batch: (batch, latent dim) and the condition's. */
    static Shape[] generatorShapes(GanModel model, int batch) {
        return withCondition(model.condition(), new Shape(batch, model.prior().dim()), batch);
    }

    /** The discriminator's input shapes for a batch: (batch, sample shape...) and the condition's. */
    static Shape[] discriminatorShapes(GanModel model, int batch) {
        return withCondition(model.condition(), new Shape(batch).addAll(model.sampleShape()), batch);
    }

    /** The generator's input: the noise, then the conditions unless they are {@code null}. */
    static NDList generator(NDArray z, NDArray conditions) {
        return conditions == null ? new NDList(z) : new NDList(z, conditions);
    }

    /** The discriminator's input: the samples, then the conditions when the model is conditional. */
    static NDList discriminator(ConditionSpec condition, NDArray samples, NDArray conditions) {
        return condition.isConditional() ? new NDList(samples, conditions) : new NDList(samples);
    }

    private static Shape[] withCondition(ConditionSpec c, Shape main, int batch) {
        return switch (c.kind()) {
            case NONE -> new Shape[] {main};
            case CLASS_LABEL -> new Shape[] {main, new Shape(batch)};
            case EMBEDDING -> new Shape[] {main, new Shape(batch, c.size())};
        };
    }
}
