package org.gan4j.core.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.gan4j.core.options.UnknownNameException;

/**
 * The distribution of the generator's latent code z. Samples come from the engine's random
 * generator, which the trainer re-seeds from (seed, step) before each use, so a run is
 * reproducible and resumable without saving generator state.
 *
 * @param kind the distribution
 * @param dim the width of z
 */
public record LatentPrior(Kind kind, int dim) {

    /** Supported distributions. */
    public enum Kind {
        /** Standard normal N(0, I). */
        NORMAL,
        /** Uniform on [-1, 1]. */
        UNIFORM
    }

    /** Validates the width. */
    public LatentPrior {
        if (dim <= 0) {
            throw new IllegalArgumentException("latent.dim = " + dim + " must be ≥ 1");
        }
    }

    /**
     * Parses a prior by name.
     *
     * @param name {@code normal} or {@code uniform}
     * @param dim the width of z
     * @return the prior
     */
    public static LatentPrior of(String name, int dim) {
        return switch (name) {
            case "normal" -> new LatentPrior(Kind.NORMAL, dim);
            case "uniform" -> new LatentPrior(Kind.UNIFORM, dim);
            default -> throw new UnknownNameException("latent prior", name, List.of("normal", "uniform"));
        };
    }

    /**
     * Draws {@code batch} latent codes.
     *
     * @param manager where the result lives (a per-step manager)
     * @param batch how many codes
     * @return an array of shape (batch, dim)
     */
    public NDArray sample(NDManager manager, int batch) {
        Shape shape = new Shape(batch, dim);
        return kind == Kind.NORMAL
                ? manager.randomNormal(shape)
                : manager.randomUniform(-1f, 1f, shape);
    }
}
