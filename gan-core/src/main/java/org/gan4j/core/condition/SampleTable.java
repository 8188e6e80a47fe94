package org.gan4j.core.condition;

import ai.djl.ndarray.types.Shape;
import java.nio.FloatBuffer;

/** Labelled samples held in memory, read one at a time, e.g. a modality's loaded training split. */
public interface SampleTable {

    /** @return the shape of one sample, without the batch axis */
    Shape sampleShape();

    /** @return the number of samples */
    int size();

    /**
     * @param index a sample number in [0, size)
     * @return its class
     */
    int label(int index);

    /**
     * Appends one sample's {@code sampleShape().size()} floats.
     *
     * @param index a sample number in [0, size)
     * @param target where to write
     */
    void copy(int index, FloatBuffer target);
}
