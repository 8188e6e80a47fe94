package org.gan4j.core.augment;

import ai.djl.ndarray.NDArray;

/**
 * Multiplies each sample by a random gain, uniform in decibels over {@code [-maxDb, maxDb]}: the
 * waveform counterpart of brightness.
 */
public final class Gain implements Augmentation {

    private final float maxDb;

    /** @param maxDb the largest gain change in dB, ≥ 0 */
    public Gain(float maxDb) {
        if (!(maxDb >= 0 && Float.isFinite(maxDb))) {
            throw new IllegalArgumentException("gain range must be a finite number of dB ≥ 0, got " + maxDb);
        }
        this.maxDb = maxDb;
    }

    @Override
    public String name() {
        return "gain";
    }

    @Override
    public NDArray apply(NDArray samples) {
        NDArray db = samples.getManager().randomUniform(-maxDb, maxDb, Augmentations.perSample(samples),
                samples.getDataType());
        return samples.mul(db.div(20f).mul((float) Math.log(10)).exp());
    }
}
