package org.gan4j.core.export;

import ai.djl.ndarray.NDArray;

/**
 * Turns one generated sample (without the batch axis) into the user's type: an image, a waveform,
 * a string. Modalities offer their own; {@link #floats()} works for every modality.
 *
 * @param <O> the decoded type
 */
@FunctionalInterface
public interface SampleDecoder<O> {

    /**
     * @param sample one sample of the card's sample shape
     * @return the decoded sample
     */
    O decode(NDArray sample);

    /** @return a decoder to the sample's values, flattened in row-major order */
    static SampleDecoder<float[]> floats() {
        return NDArray::toFloatArray;
    }
}
