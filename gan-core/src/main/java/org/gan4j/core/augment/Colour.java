package org.gan4j.core.augment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * DiffAugment's colour transform for inputs in [-1, 1]: a random brightness offset in [-0.5,
 * 0.5), a saturation factor in [0, 2) around the mean over channels, and a contrast factor in
 * [0.5, 1.5) around each sample's mean, all per sample.
 */
public final class Colour implements Augmentation {

    @Override
    public String name() {
        return "color";
    }

    @Override
    public NDArray apply(NDArray samples) {
        Augmentations.spatialAxes(samples);
        NDManager manager = samples.getManager();
        var perSample = Augmentations.perSample(samples);
        NDArray x = samples.add(manager.randomUniform(-0.5f, 0.5f, perSample, samples.getDataType()));
        NDArray channelMean = x.mean(new int[] {1}, true);
        x = x.sub(channelMean).mul(manager.randomUniform(0f, 2f, perSample, samples.getDataType())).add(channelMean);
        NDArray sampleMean = x.reshape(samples.getShape().get(0), -1).mean(new int[] {1}).reshape(perSample);
        return x.sub(sampleMean).mul(manager.randomUniform(0.5f, 1.5f, perSample, samples.getDataType())).add(sampleMean);
    }
}
