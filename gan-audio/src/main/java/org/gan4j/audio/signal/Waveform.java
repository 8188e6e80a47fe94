package org.gan4j.audio.signal;

/**
 * Mono audio: samples in [-1, 1] at a sample rate.
 *
 * @param samples the samples (not copied)
 * @param sampleRate samples per second
 */
public record Waveform(float[] samples, int sampleRate) {

    /** Checks the rate. */
    public Waveform {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive, got " + sampleRate);
        }
    }

    /** @return the duration in seconds */
    public double seconds() {
        return samples.length / (double) sampleRate;
    }

    /**
     * @param rate the wanted sample rate
     * @return this waveform at {@code rate}, resampled if it differs
     */
    public Waveform at(int rate) {
        return rate == sampleRate ? this : new Waveform(Resampler.resample(samples, sampleRate, rate), rate);
    }
}
