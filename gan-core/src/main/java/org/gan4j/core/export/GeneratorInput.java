package org.gan4j.core.export;

/**
 * One generator input: a latent code and, for a conditional generator, its condition.
 *
 * @param z the latent code (length latentDim), or {@code null} to draw one from the prior with the
 *     engine's random generator
 * @param label the class index for a class-conditional generator, else {@code null}
 * @param embedding the condition vector for an embedding-conditioned generator, else {@code null}
 */
public record GeneratorInput(float[] z, Long label, float[] embedding) {

    /**
     * @param z the latent code
     * @return an unconditional input
     */
    public static GeneratorInput of(float[] z) {
        return new GeneratorInput(z, null, null);
    }

    /**
     * @param z the latent code, or {@code null} to draw one
     * @param label the class index
     * @return a class-conditional input
     */
    public static GeneratorInput of(float[] z, long label) {
        return new GeneratorInput(z, label, null);
    }

    /** @return an unconditional input whose z is drawn from the prior */
    public static GeneratorInput random() {
        return new GeneratorInput(null, null, null);
    }
}
