package org.gan4j.examples.points;

import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.gan4j.core.config.Options;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.nn.Mlp;
import org.gan4j.core.spi.Architecture;
import org.gan4j.core.spi.ModelRequest;

/**
 * The {@code mlp} architecture: a generator and a discriminator that are both leaky-ReLU MLPs of
 * {@code layers} hidden layers of {@code width} units. Unconditional, for 1-D sample shapes.
 */
public final class MlpArchitecture implements Architecture {

    /** The registry name. */
    public static final String NAME = "mlp";

    private static final List<String> OPTIONS = List.of("width", "layers");

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
        if (request.condition().isConditional()) {
            throw new IllegalArgumentException("architecture 'mlp' is unconditional but the data is conditioned on "
                    + request.condition());
        }
        Shape shape = request.sampleShape();
        if (shape.dimension() != 1) {
            throw new IllegalArgumentException("architecture 'mlp' generates flat samples, not shape " + shape);
        }
        Options options = request.options();
        options.requireOnly(OPTIONS);
        int width = options.getInt("width", 128, 1, 65536);
        int layers = options.getInt("layers", 3, 1, 64);
        long outputs = shape.get(0);
        return new GanModel(NAME, () -> Mlp.of(width, layers, outputs), Mlp.of(width, layers, 1),
                request.prior(), request.condition(), shape);
    }
}
