package org.gan4j.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;

/** Multi-layer perceptrons with leaky-ReLU hidden layers, for small generators and critics. */
public final class Mlp {

    private Mlp() {}

    /**
     * Builds {@code Linear → LeakyReLU(0.2)} for each hidden width, then a linear output layer.
     * The input is flattened first, so any sample shape works.
     *
     * @param hiddenWidth the width of every hidden layer
     * @param hiddenLayers the number of hidden layers
     * @param outputs the width of the output
     * @return an uninitialized block mapping (B, ...) to (B, outputs)
     */
    public static SequentialBlock of(int hiddenWidth, int hiddenLayers, long outputs) {
        SequentialBlock block = new SequentialBlock().add(Mlp::flatten);
        for (int i = 0; i < hiddenLayers; i++) {
            block.add(Linear.builder().setUnits(hiddenWidth).build());
            block.add(inputs -> new NDList(Activation.leakyRelu(inputs.head(), 0.2f)));
        }
        block.add(Linear.builder().setUnits(outputs).build());
        return block;
    }

    private static NDList flatten(NDList inputs) {
        NDArray x = inputs.head();
        return new NDList(x.reshape(x.getShape().get(0), -1));
    }
}
