package org.gan4j.examples.bench;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;

/**
 * The trainable parameter counts of a GAN's two networks: weights and biases that take a gradient,
 * not BatchNorm's running statistics nor spectral normalisation's power-iteration vector (buffers
 * in PyTorch). The benchmarks compare them with the PyTorch baseline's so that both sides time the
 * same model.
 *
 * @param generator the generator's trainable parameters
 * @param discriminator the discriminator's
 */
record ParameterCounts(long generator, long discriminator) {

    /**
     * @param generator an initialized generator
     * @param discriminator an initialized discriminator
     * @return their trainable parameter counts
     */
    static ParameterCounts of(Block generator, Block discriminator) {
        return new ParameterCounts(trainable(generator), trainable(discriminator));
    }

    private static long trainable(Block block) {
        long count = 0;
        for (Parameter p : block.getParameters().values()) {
            if (p.requiresGradient()) {
                count += p.getArray().size();
            }
        }
        return count;
    }

    /**
     * Checks that another implementation of the model has the same networks' sizes.
     *
     * @param model the model's name, for the message
     * @param other the other implementation's counts
     * @param otherName the other implementation, for the message
     * @throws IllegalStateException naming both counts when either network differs
     */
    void requireSame(String model, ParameterCounts other, String otherName) {
        if (!equals(other)) {
            throw new IllegalStateException(String.format("model '%s' differs between gan4j and %s: trainable parameters"
                    + " G %,d vs %,d, D %,d vs %,d; the two sides would time different networks, so the benchmark"
                    + " stops (make the baseline's layers match the preset's architecture)", model, otherName,
                    generator, other.generator, discriminator, other.discriminator));
        }
    }

    @Override
    public String toString() {
        return String.format("G %,d + D %,d", generator, discriminator);
    }
}
