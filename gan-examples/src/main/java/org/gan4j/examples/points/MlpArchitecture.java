package org.gan4j.examples.points;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import java.util.List;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.nn.LabelConcatenation;
import org.gan4j.core.nn.Mlp;
import org.gan4j.core.options.Options;
import org.gan4j.core.spi.Architecture;
import org.gan4j.core.spi.ModelRequest;

/**
 * The {@code mlp} architecture: a generator and a discriminator that are both leaky-ReLU MLPs of
 * {@code layers} hidden layers of {@code width} units, for 1-D sample shapes. Unconditional, or
 * conditioned on an embedding (another modality's, e.g. through the {@code crossmodal} modality):
 * both networks then concatenate a linear map of it, {@code embedding} units wide (default 16), to
 * their input.
 */
public final class MlpArchitecture implements Architecture {

    /** The registry name. */
    public static final String NAME = "mlp";

    private static final List<String> OPTIONS = List.of("width", "layers");
    private static final List<String> CONDITIONAL_OPTIONS = List.of("width", "layers", "embedding");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "leaky-ReLU MLP generator and discriminator (options: width, layers)";
    }

    @Override
    public GanModel build(ModelRequest request) {
        ConditionSpec condition = request.condition();
        if (condition.kind() == ConditionSpec.Kind.CLASS_LABEL) {
            throw new IllegalArgumentException("architecture 'mlp' takes no condition or an embedding, but the data is"
                    + " conditioned on " + condition);
        }
        Shape shape = request.sampleShape();
        if (shape.dimension() != 1) {
            throw new IllegalArgumentException("architecture 'mlp' generates flat samples, not shape " + shape);
        }
        Options options = request.options();
        options.requireOnly(condition.isConditional() ? CONDITIONAL_OPTIONS : OPTIONS);
        int width = options.getInt("width", 128, 1, 65536);
        int layers = options.getInt("layers", 3, 1, 64);
        int embedding = options.getInt("embedding", 16, 1, 65536);
        long outputs = shape.get(0);
        if (!condition.isConditional()) {
            return new GanModel(NAME, () -> Mlp.of(width, layers, outputs), Mlp.of(width, layers, 1),
                    request.prior(), condition, shape);
        }
        return new GanModel(NAME, () -> conditioned(embedding, Mlp.of(width, layers, outputs)),
                conditioned(embedding, Mlp.of(width, layers, 1)), request.prior(), condition, shape);
    }

    /** Concatenates a linear map of the embedding to the input of {@code mlp}. */
    private static Block conditioned(int embedding, Block mlp) {
        return new SequentialBlock()
                .add(new LabelConcatenation(Linear.builder().setUnits(embedding).build(), new Shape(embedding)))
                .add(mlp);
    }
}
