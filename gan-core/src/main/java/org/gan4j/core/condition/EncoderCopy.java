package org.gan4j.core.condition;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.gan4j.core.checkpoint.ParameterFile;

/**
 * A trainable copy of a pretrained encoder: raw rows (B, width) are reshaped to source samples,
 * encoded and standardised. Initializing it loads the pretrained weights and puts the scale on
 * the engine once.
 */
final class EncoderCopy extends AbstractBlock {

    private static final byte VERSION = 1;

    private final Block encoder;
    private final byte[] weights;
    private final Shape sampleShape;
    private final EmbeddingScale scale;
    private NDArray mean;
    private NDArray std;

    EncoderCopy(Block encoder, byte[] weights, Shape sampleShape, EmbeddingScale scale) {
        super(VERSION);
        this.encoder = addChildBlock("encoder", encoder);
        this.weights = weights;
        this.sampleShape = sampleShape;
        this.scale = scale;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore parameterStore, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray rows = inputs.head();
        NDArray samples = rows.reshape(new Shape(rows.getShape().get(0)).addAll(sampleShape));
        NDArray embeddings = encoder.forward(parameterStore, new NDList(samples), training).head();
        return new NDList(embeddings.sub(mean).div(std));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return encoder.getOutputShapes(new Shape[] {samples(inputShapes[0])});
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        encoder.initialize(manager, dataType, samples(inputShapes[0]));
        NDList constants = scale.onEngine(manager);
        mean = constants.get(0);
        std = constants.get(1);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(weights))) {
            ParameterFile.read(encoder.getParameters(), in, manager, "the pretrained condition encoder");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Shape samples(Shape rows) {
        if (rows.dimension() != 2 || rows.get(1) != sampleShape.size()) {
            throw new IllegalArgumentException("the fine-tuned encoder takes rows of shape (B, " + sampleShape.size()
                    + "), source samples of shape " + sampleShape + " flattened, but is given " + rows);
        }
        return new Shape(rows.get(0)).addAll(sampleShape);
    }
}
