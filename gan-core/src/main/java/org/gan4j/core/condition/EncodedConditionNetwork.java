package org.gan4j.core.condition;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.gan4j.core.train.PenalizedGenerator;

/**
 * A generator or discriminator with its own condition encoder in front: {@code NDList(x, raw, ...)}
 * becomes {@code network(x, encoder(raw), ...)}.
 */
class EncodedConditionNetwork extends AbstractBlock {

    private static final byte VERSION = 1;

    private final Block encoder;
    private final Block network;

    EncodedConditionNetwork(Block encoder, Block network) {
        super(VERSION);
        this.encoder = addChildBlock("encoder", encoder);
        this.network = addChildBlock("network", network);
    }

    /**
     * @param encoder the condition encoder
     * @param network the network conditioned on the encoder's embeddings
     * @param penalized whether the network is a {@link PenalizedGenerator}, which the wrapper must
     *     then be too
     * @return the wrapped network
     */
    static EncodedConditionNetwork of(Block encoder, Block network, boolean penalized) {
        return penalized ? new Penalized(encoder, network) : new EncodedConditionNetwork(encoder, network);
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore parameterStore, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList encoded = new NDList(inputs.get(0), encoder.forward(parameterStore, new NDList(inputs.get(1)), training)
                .head());
        encoded.addAll(inputs.subNDList(2));
        return network.forward(parameterStore, encoded, training);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return network.getOutputShapes(encodedShapes(inputShapes));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        encoder.initialize(manager, dataType, inputShapes[1]);
        network.initialize(manager, dataType, encodedShapes(inputShapes));
    }

    private Shape[] encodedShapes(Shape[] inputShapes) {
        Shape[] shapes = inputShapes.clone();
        shapes[1] = encoder.getOutputShapes(new Shape[] {inputShapes[1]})[0];
        return shapes;
    }

    /** The wrapper of a generator that returns a penalty as its second output. */
    private static final class Penalized extends EncodedConditionNetwork implements PenalizedGenerator {
        Penalized(Block encoder, Block network) {
            super(encoder, network);
        }
    }
}
