package org.gan4j.audio.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntUnaryOperator;
import org.gan4j.audio.data.AudioClips;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.train.Sampler;

/** Three classes of tone bursts (300, 800, 1600 Hz at 4 kHz, window 4096) with random length and level. */
final class Tones {

    static final int WINDOW = 4096;
    static final double[] HERTZ = {300, 800, 1600};

    private Tones() {}

    static AudioClips clips(int perClass, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = perClass * HERTZ.length;
        float[] samples = new float[n * WINDOW];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % HERTZ.length;
            int length = 1000 + random.nextInt(2000);
            int start = (WINDOW - length) / 2;
            double amplitude = 0.2 + 0.6 * random.nextDouble();
            double hertz = HERTZ[labels[i]] * (0.95 + 0.1 * random.nextDouble());
            for (int t = 0; t < length; t++) {
                samples[i * WINDOW + start + t] = (float) (amplitude * Math.sin(2 * Math.PI * hertz * t / 4000));
            }
        }
        return new AudioClips(samples, labels, List.of("low", "mid", "high"), WINDOW, 4000);
    }

    /** A sampler returning clip {@code pick(i)} as sample i, as waveforms (count, 1, WINDOW). */
    static Sampler sampler(AudioClips clips, ConditionSpec condition, IntUnaryOperator pick) {
        return new Sampler() {
            @Override
            public ConditionSpec condition() {
                return condition;
            }

            @Override
            public NDArray generate(NDManager manager, int count, NDArray conditions) {
                float[] out = new float[count * WINDOW];
                long[] wanted = conditions == null ? null : conditions.toLongArray();
                for (int i = 0; i < count; i++) {
                    int index = pick.applyAsInt(wanted == null ? i : (int) wanted[i]);
                    System.arraycopy(clips.clip(index), 0, out, i * WINDOW, WINDOW);
                }
                return manager.create(out, new Shape(count, 1, WINDOW));
            }
        };
    }
}
