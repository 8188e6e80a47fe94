package org.gan4j.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;

/**
 * Runs a network in inference over a large batch a slice at a time, each slice on its own scope,
 * and concatenates the outputs. Small batches keep a convolutional generator's activations in the
 * processor's caches: a 1,000-image DCGAN batch samples at about half the rate of four 250-image
 * slices on the 2-core reference machine (docs/PERFORMANCE.md). The noise is drawn for the whole
 * batch first, so the result does not depend on the slice size for a deterministic network.
 */
final class ChunkedInference {

    /** Samples per network call: the fastest of 128, 256, 500 and 1,000 for the DCGAN generator. */
    static final int CHUNK = 256;

    /**
     * Outputs larger than this many values a sample are not sliced: concatenating them costs more
     * than the caches win (a RelGAN's relaxed one-hot sequences, 20 × 5,000 values each, sampled at
     * 0.92 × one call at batch 1,000), while images (784) and waveforms (8,192) gain 1.3–1.7 ×.
     */
    static final long LARGEST_SLICED_SAMPLE = 65_536;

    private ChunkedInference() {}

    /**
     * @param sampleShape the shape of one output sample
     * @return samples per call for a network with that output: {@link #CHUNK}, or all of them
     */
    static int chunkFor(Shape sampleShape) {
        return sampleShape.size() <= LARGEST_SLICED_SAMPLE ? CHUNK : Integer.MAX_VALUE;
    }

    /**
     * @param network the network, called in inference mode
     * @param parameters its parameter store
     * @param inputs the batch's inputs, all with the batch on axis 0
     * @param chunk samples per call, ≥ 1
     * @return the network's first output for the whole batch, on the first input's manager
     */
    static NDArray forward(Block network, ParameterStore parameters, NDList inputs, int chunk) {
        NDArray first = inputs.head();
        long count = first.getShape().get(0);
        if (count <= chunk) {
            return network.forward(parameters, inputs, false).head();
        }
        NDManager target = first.getManager();
        NDList parts = new NDList();
        for (long from = 0; from < count; from += chunk) {
            NDIndex rows = new NDIndex("{}:{}", from, Math.min(count, from + chunk));
            try (NDManager scope = target.newSubManager()) {
                NDList slice = new NDList();
                for (NDArray input : inputs) {
                    NDArray part = input.get(rows);
                    part.attach(scope);
                    slice.add(part);
                }
                NDArray out = network.forward(parameters, slice, false).head();
                out.attach(target);
                parts.add(out);
            }
        }
        NDArray whole = NDArrays.concat(parts, 0);
        parts.close();
        return whole;
    }
}
