package org.gan4j.examples.crossmodal;

import ai.djl.ndarray.types.Shape;
import java.nio.FloatBuffer;
import org.gan4j.core.condition.SampleTable;
import org.gan4j.image.data.ImageData;

/** Labelled images as gan-core's {@link SampleTable}. */
record ImageTable(ImageData images) implements SampleTable {

    @Override
    public Shape sampleShape() {
        return images.sampleShape();
    }

    @Override
    public int size() {
        return images.size();
    }

    @Override
    public int label(int index) {
        return images.label(index);
    }

    @Override
    public void copy(int index, FloatBuffer target) {
        target.put(images.image(index));
    }
}
