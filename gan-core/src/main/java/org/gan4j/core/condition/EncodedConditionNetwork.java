package org.gan4j.core.condition;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gan4j.core.nn.PenalizedGenerator;
import org.gan4j.core.optim.RateFactors;

/**
 * A generator or discriminator with its own condition encoder in front: {@code NDList(x, raw, ...)}
 * becomes {@code network(x, encoder(raw), ...)}.
 */
class EncodedConditionNetwork extends AbstractBlock implements RateFactors {

    private static final byte VERSION = 1;

    private final Block encoder;
    private final Block network;
    private final float encoderRate;

    EncodedConditionNetwork(Block encoder, Block network, float encoderRate) {
        super(VERSION);
        this.encoder = addChildBlock("encoder", encoder);
        this.network = addChildBlock("network", network);
        this.encoderRate = encoderRate;
    }

    /**
     * @param encoder the condition encoder
     * @param network the network conditioned on the encoder's embeddings
     * @param encoderRate the encoder's learning rate as a fraction of the network's, in (0, 1]
     * @param penalized whether the network is a {@link PenalizedGenerator}, which the wrapper must
     *     then be too
     * @return the wrapped network
     */
    static EncodedConditionNetwork of(Block encoder, Block network, float encoderRate, boolean penalized) {
        return penalized ? new Penalized(encoder, network, encoderRate)
                : new EncodedConditionNetwork(encoder, network, encoderRate);
    }

    /** The encoder's parameters, at its share of the network's learning rate. */
    @Override
    public Map<String, Float> rateFactors() {
        String child = getChildren().get(0).getKey();
        Map<String, Float> factors = new LinkedHashMap<>();
        encoder.getParameters().keys().forEach(path -> factors.put(child + "_" + path, encoderRate));
        return factors;
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
        Penalized(Block encoder, Block network, float encoderRate) {
            super(encoder, network, encoderRate);
        }
    }
}
