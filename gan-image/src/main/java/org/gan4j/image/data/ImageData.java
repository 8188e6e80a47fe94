package org.gan4j.image.data;

import ai.djl.ndarray.types.Shape;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.gan4j.core.data.Permutations;

/**
 * Labelled images held in memory as floats in [-1, 1], laid out N × C × H × W (C = 1 for grey, 3 for
 * RGB). Immutable; {@link #subset} and {@link #split} copy. Seen by the trainer through {@link
 * #toDataSource} and by DJL classifiers through {@link #toDataset}, both without copying.
 */
public final class ImageData {

    private final float[] pixels;
    private final int[] labels;
    private final List<String> classes;
    private final int channels;
    private final int height;
    private final int width;

    /**
     * @param pixels N × C × H × W floats in [-1, 1]; kept, not copied
     * @param labels N class indices in [0, classes.size()); kept, not copied
     * @param classes the class names, in label order
     * @param channels C: 1 (grey) or 3 (RGB)
     * @param height H
     * @param width W
     */
    public ImageData(float[] pixels, int[] labels, List<String> classes, int channels, int height, int width) {
        if (channels != 1 && channels != 3 || height <= 0 || width <= 0) {
            throw new IllegalArgumentException("bad image shape " + channels + "×" + height + "×" + width);
        }
        if ((long) labels.length * channels * height * width != pixels.length) {
            throw new IllegalArgumentException(pixels.length + " floats do not hold " + labels.length + " images of "
                    + channels + "×" + height + "×" + width);
        }
        for (int label : labels) {
            if (label < 0 || label >= classes.size()) {
                throw new IllegalArgumentException("label " + label + " outside the " + classes.size() + " classes");
            }
        }
        this.pixels = pixels;
        this.labels = labels;
        this.classes = List.copyOf(classes);
        this.channels = channels;
        this.height = height;
        this.width = width;
    }

    /**
     * Converts IDX images and their labels; pixel value v becomes {@link #scale scale(v, 255)}.
     *
     * @param images greyscale images
     * @param labels one label per image
     * @param classes the class names
     * @return the data, one channel
     */
    public static ImageData fromIdx(IdxImages images, int[] labels, List<String> classes) {
        byte[] bytes = images.pixels();
        float[] floats = new float[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            floats[i] = scale(Byte.toUnsignedInt(bytes[i]), 255);
        }
        return new ImageData(floats, labels, classes, 1, images.rows(), images.cols());
    }

    /**
     * Maps an unsigned sample value to [-1, 1].
     *
     * @param value the value, 0..max
     * @param max the largest value (255 for 8-bit images)
     * @return -1 for 0, 1 for max, linear between
     */
    public static float scale(float value, int max) {
        return value * 2f / max - 1f;
    }

    /** @return the number of images */
    public int size() {
        return labels.length;
    }

    /** @return C, 1 (grey) or 3 (RGB) */
    public int channels() {
        return channels;
    }

    /** @return H */
    public int height() {
        return height;
    }

    /** @return W */
    public int width() {
        return width;
    }

    /** @return the shape of one image, (C, H, W) */
    public Shape sampleShape() {
        return new Shape(channels, height, width);
    }

    /** @return the class names, in label order */
    public List<String> classes() {
        return classes;
    }

    /**
     * @param index an image number
     * @return its class index
     */
    public int label(int index) {
        return labels[index];
    }

    /**
     * @param index an image number
     * @return a copy of its C × H × W floats
     */
    public float[] image(int index) {
        int length = sampleLength();
        float[] copy = new float[length];
        System.arraycopy(pixels, index * length, copy, 0, length);
        return copy;
    }

    /**
     * The images at the given positions, in that order.
     *
     * @param indices image numbers
     * @return a new data set with copies of those images
     */
    public ImageData subset(int[] indices) {
        int length = sampleLength();
        float[] chosen = new float[indices.length * length];
        int[] chosenLabels = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(pixels, indices[i] * length, chosen, i * length, length);
            chosenLabels[i] = labels[indices[i]];
        }
        return new ImageData(chosen, chosenLabels, classes, channels, height, width);
    }

    /**
     * @param count how many images to keep
     * @return the first {@code count} images, or this data if it has no more
     */
    public ImageData first(int count) {
        return count >= size() ? this : subset(IntStream.range(0, count).toArray());
    }

    /**
     * Splits off a held-out part, stratified by class: from each class, a seeded random
     * {@code round(fraction × class size)} images are held out. Both parts keep the original order.
     *
     * @param heldOutFraction the share to hold out, in [0, 1]
     * @param seed the split's seed; the same seed gives the same split
     * @return the two parts
     */
    public Split split(double heldOutFraction, long seed) {
        if (!(heldOutFraction >= 0 && heldOutFraction <= 1)) {
            throw new IllegalArgumentException("held-out fraction " + heldOutFraction + " is not in [0, 1]");
        }
        boolean[] heldOut = new boolean[size()];
        SplittableRandom random = new SplittableRandom(seed);
        for (int c = 0; c < classes.size(); c++) {
            int label = c;
            int[] members = IntStream.range(0, size()).filter(i -> labels[i] == label).toArray();
            Permutations.shuffle(members, random);
            long count = Math.round(heldOutFraction * members.length);
            for (int i = 0; i < count; i++) {
                heldOut[members[i]] = true;
            }
        }
        List<Integer> train = new ArrayList<>();
        List<Integer> held = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            (heldOut[i] ? held : train).add(i);
        }
        return new Split(subset(toArray(train)), subset(toArray(held)));
    }

    /**
     * The trainer's view: index-addressed batches, a seeded shuffle per epoch.
     *
     * @param seed the shuffling seed
     * @param conditional whether batches carry class labels
     * @return the data source
     */
    public ImageDataSource toDataSource(long seed, boolean conditional) {
        return new ImageDataSource(this, seed, conditional);
    }

    /**
     * A DJL data set for classifier training: records are (image (C, H, W) float, label () int64).
     *
     * @param batchSize the batch size
     * @param shuffle whether batches are drawn in random order (DJL's random generator)
     * @return the data set
     */
    public DjlImageDataset toDataset(int batchSize, boolean shuffle) {
        return new DjlImageDataset.Builder(this).setSampling(batchSize, shuffle).build();
    }

    /** @return C × H × W, the floats per image */
    int sampleLength() {
        return channels * height * width;
    }

    void copyImage(int index, FloatBuffer out) {
        int length = sampleLength();
        out.put(pixels, index * length, length);
    }

    private static int[] toArray(List<Integer> indices) {
        return indices.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * A data set split in two.
     *
     * @param train the part to train on
     * @param heldOut the held-out part
     */
    public record Split(ImageData train, ImageData heldOut) {}
}
