package org.gan4j.audio.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SpectralTest {

    @Test
    void givenRandomVectorWhenTransformedThenMatchesDirectDft() {
        int n = 16;
        Random random = new Random(1);
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            re[i] = random.nextGaussian();
            im[i] = random.nextGaussian();
        }
        double[] re0 = re.clone();
        double[] im0 = im.clone();
        new Fft(n).forward(re, im);
        for (int k = 0; k < n; k++) {
            double sr = 0;
            double si = 0;
            for (int j = 0; j < n; j++) {
                double a = -2 * Math.PI * j * k / n;
                sr += re0[j] * Math.cos(a) - im0[j] * Math.sin(a);
                si += re0[j] * Math.sin(a) + im0[j] * Math.cos(a);
            }
            assertEquals(sr, re[k], 1e-9);
            assertEquals(si, im[k], 1e-9);
        }
        new Fft(n).inverse(re, im);
        for (int i = 0; i < n; i++) {
            assertEquals(re0[i], re[i], 1e-12);
            assertEquals(im0[i], im[i], 1e-12);
        }
    }

    @Test
    void givenChirpWhenStftInvertedThenSignalIsRecovered() {
        float[] chirp = Signals.chirp(100, 3000, 8000, 2000);
        Stft stft = new Stft(128, 32);
        Spectrum spectrum = stft.forward(chirp);
        assertEquals(1 + 2000 / 32, spectrum.frames());
        assertEquals(65, spectrum.bins());
        float[] back = stft.inverse(spectrum, chirp.length);
        for (int i = 0; i < chirp.length; i++) {
            assertEquals(chirp[i], back[i], 1e-5, "sample " + i);
        }
    }

    @Test
    void givenSineOnABinWhenTransformedThenMagnitudePeaksThereAtQuarterWindowTimesAmplitude() {
        // 1000 Hz at 8 kHz with a 64-point window is exactly bin 8; Hann's coherent gain is N/2 · A / 2.
        Stft stft = new Stft(64, 16);
        float[][] magnitudes = stft.forward(Signals.sine(1000, 8000, 640)).magnitudes();
        float[] middle = magnitudes[20];
        assertEquals(64 / 4.0 * 0.5, middle[8], 1e-3);
        assertTrue(middle[6] < 1e-3 && middle[10] < 1e-3);
    }

    @Test
    void givenChirpMagnitudesWhenGriffinLimReconstructsThenSpectralConvergenceIsBelowTenPercent() {
        float[] chirp = Signals.chirp(200, 3500, 8000, 4096);
        Stft stft = new Stft(256, 64);
        float[][] target = stft.forward(chirp).magnitudes();
        float[] rebuilt = new GriffinLim(stft, 60, 0.99).reconstruct(target, chirp.length, 7);
        double random = Signals.spectralConvergence(stft, new GriffinLim(stft, 1, 0).reconstruct(target,
                chirp.length, 7), target);
        double converged = Signals.spectralConvergence(stft, rebuilt, target);
        assertTrue(converged < 0.10, "spectral convergence " + converged);
        assertTrue(converged < random / 3, converged + " vs one iteration " + random);
    }

    @Test
    void givenToneWhenMelFilteredThenTheBandAroundItsFrequencyIsLoudest() {
        int rate = 8000;
        Stft stft = new Stft(256, 128);
        MelFilterbank mel = new MelFilterbank(stft, rate, 20);
        float[][] logMel = mel.logMel(Signals.sine(1500, rate, 2048));
        int loudest = 0;
        for (int b = 1; b < mel.bands(); b++) {
            if (logMel[b][8] > logMel[loudest][8]) {
                loudest = b;
            }
        }
        double top = MelFilterbank.mel(rate / 2.0);
        double low = MelFilterbank.hertz(top * loudest / 21);
        double high = MelFilterbank.hertz(top * (loudest + 2) / 21);
        assertTrue(low < 1500 && 1500 < high, "band " + loudest + " spans " + low + "–" + high + " Hz");
        assertEquals(1500, MelFilterbank.hertz(MelFilterbank.mel(1500)), 1e-9);
    }

    @Test
    void givenChirpWhenSpectrogramCodecRoundTripsThenTheSpectrogramIsKept() {
        SpectrogramCodec codec = new SpectrogramCodec(64, 64, 60);
        float[] chirp = Signals.chirp(300, 3000, 8000, codec.length());
        float[][] image = codec.encode(chirp);
        assertEquals(64, image.length);
        assertEquals(64, image[0].length);
        float[][] again = codec.encode(codec.decode(image, 3));
        double error = 0;
        for (int f = 0; f < 64; f++) {
            for (int t = 0; t < 64; t++) {
                assertTrue(Math.abs(image[f][t]) <= SpectrogramCodec.PEAK + 1e-6);
                error += Math.abs(again[f][t] - image[f][t]);
            }
        }
        assertTrue(error / (64 * 64) < 0.05, "mean absolute error " + error / (64 * 64));
        float[][] silence = codec.encode(new float[codec.length()]);
        assertEquals(-SpectrogramCodec.PEAK, silence[10][10], 1e-6, "the floor lies inside tanh's range");
    }

    @Test
    void givenToneWhenResampledThenMatchesTheToneAtTheNewRate() {
        float[] original = Signals.sine(440, 22050, 22050);
        float[] resampled = Resampler.resample(original, 22050, 16000);
        float[] expected = Signals.sine(440, 16000, 16000);
        assertEquals(16000, resampled.length);
        for (int n = 100; n < 15900; n++) {
            assertEquals(expected[n], resampled[n], 2e-3, "sample " + n);
        }
    }

    @Test
    void givenToneAboveNewNyquistWhenDownsampledThenItIsFilteredOut() {
        float[] high = Resampler.resample(Signals.sine(6000, 16000, 16000), 16000, 8000);
        float[] low = Resampler.resample(Signals.sine(1000, 16000, 16000), 16000, 8000);
        assertEquals(8000, high.length);
        assertTrue(rms(high, 100, 7900) < 0.01, "rms " + rms(high, 100, 7900));
        assertEquals(0.5 / Math.sqrt(2), rms(low, 100, 7900), 5e-3);
    }

    private static double rms(float[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += x[i] * (double) x[i];
        }
        return Math.sqrt(sum / (to - from));
    }
}
