package org.gan4j.image.model;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.data.RealBatch;
import org.gan4j.core.model.ConditionSpec;

/** Test data: uniform noise images in [-1, 1], with uniformly drawn class labels when labelled. */
record RandomImages(Shape sampleShape, ConditionSpec condition) implements DataSource {

    @Override
    public long size() {
        return Long.MAX_VALUE;
    }

    @Override
    public RealBatch batch(NDManager manager, long index, int batchSize) {
        Shape batch = new Shape(batchSize);
        return new RealBatch(
                manager.randomUniform(-1f, 1f, batch.addAll(sampleShape)),
                condition.isConditional() ? manager.randomInteger(0, condition.size(), batch, DataType.INT64) : null);
    }
}
