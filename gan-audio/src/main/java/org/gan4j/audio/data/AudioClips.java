package org.gan4j.audio.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.gan4j.core.data.Permutations;

/**
 * Labelled clips in memory, all of one window length and sample rate, stored in one flat array.
 *
 * @param samples {@code size · window} samples, clip after clip
 * @param labels one class index per clip
 * @param classes the class names, in label order
 * @param window the clip length in samples
 * @param sampleRate the samples per second
 */
public record AudioClips(float[] samples, int[] labels, List<String> classes, int window, int sampleRate) {

    /** Checks the sizes agree. */
    public AudioClips {
        if (window <= 0 || samples.length != (long) labels.length * window) {
            throw new IllegalArgumentException(samples.length + " samples do not make " + labels.length
                    + " clips of " + window);
        }
        classes = List.copyOf(classes);
    }

    /** @return the number of clips */
    public int size() {
        return labels.length;
    }

    /** @return the class index of clip {@code i} */
    public int label(int i) {
        return labels[i];
    }

    /** @return a copy of clip {@code i} */
    public float[] clip(int i) {
        float[] out = new float[window];
        System.arraycopy(samples, i * window, out, 0, window);
        return out;
    }

    /** @return the first {@code n} clips (all when there are fewer) */
    public AudioClips first(int n) {
        int count = Math.min(n, size());
        float[] part = new float[count * window];
        System.arraycopy(samples, 0, part, 0, part.length);
        return new AudioClips(part, java.util.Arrays.copyOf(labels, count), classes, window, sampleRate);
    }

    /** @return the clips at the given indices, in that order */
    public AudioClips select(int[] indices) {
        float[] part = new float[indices.length * window];
        int[] partLabels = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(samples, indices[i] * window, part, i * window, window);
            partLabels[i] = labels[indices[i]];
        }
        return new AudioClips(part, partLabels, classes, window, sampleRate);
    }

    /**
     * Holds out a share of every class, drawn with a fixed seed.
     *
     * @param heldOutShare the share of each class held out (at least one clip per class with two or more)
     * @param seed the seed of the draw
     * @return {train, heldOut}
     */
    public AudioClips[] split(double heldOutShare, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Integer> train = new ArrayList<>();
        List<Integer> heldOut = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            int label = c;
            int[] members = IntStream.range(0, size()).filter(i -> labels[i] == label).toArray();
            Permutations.shuffle(members, random);
            int held = members.length < 2 ? 0 : Math.max(1, (int) Math.round(members.length * heldOutShare));
            for (int i = 0; i < members.length; i++) {
                (i < held ? heldOut : train).add(members[i]);
            }
        }
        return new AudioClips[] {
            select(train.stream().sorted().mapToInt(Integer::intValue).toArray()),
            select(heldOut.stream().sorted().mapToInt(Integer::intValue).toArray())
        };
    }
}
