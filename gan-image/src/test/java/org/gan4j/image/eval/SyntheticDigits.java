package org.gan4j.image.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntUnaryOperator;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.train.Sampler;
import org.gan4j.image.data.IdxImages;
import org.gan4j.image.data.ImageData;
import org.gan4j.image.data.StandardDataset;

/**
 * A tiny labelled image set for the tests: 8 × 8 grey images of 10 classes, class c a bright 2 × 2
 * block in cell c of a 4 × 4 grid, with random brightness and pixel noise. Nothing here touches
 * the network or the cache.
 */
final class SyntheticDigits {

    static final int SIZE = 8;
    static final List<String> CLASSES = StandardDataset.MNIST.classes();

    private SyntheticDigits() {}

    /** @return {@code perClass} images of each class, classes interleaved, as 8-bit IDX images */
    static IdxImages images(int perClass, long seed) {
        int count = perClass * CLASSES.size();
        byte[] pixels = new byte[count * SIZE * SIZE];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            int label = i % CLASSES.size();
            int top = label / 4 * 2;
            int left = label % 4 * 2;
            double brightness = 150 + 100 * random.nextDouble();
            for (int y = 0; y < SIZE; y++) {
                for (int x = 0; x < SIZE; x++) {
                    boolean block = y >= top && y < top + 2 && x >= left && x < left + 2;
                    double value = (block ? brightness : 30) + 25 * gaussian(random);
                    pixels[i * SIZE * SIZE + y * SIZE + x] = (byte) Math.max(0, Math.min(255, Math.round(value)));
                }
            }
        }
        return new IdxImages(count, SIZE, SIZE, pixels);
    }

    /** @return the labels of {@link #images}: i mod 10 */
    static int[] labels(int perClass) {
        int[] labels = new int[perClass * CLASSES.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % CLASSES.size();
        }
        return labels;
    }

    /** @return {@link #images} with their labels, in [-1, 1] */
    static ImageData data(int perClass, long seed) {
        return ImageData.fromIdx(images(perClass, seed), labels(perClass), CLASSES);
    }

    /**
     * A "generator" that returns stored images: the i-th sample of a call is image {@code pick(i)}
     * of the set, or for a class-conditional sampler an image of the requested class.
     *
     * @param images the images to return
     * @param condition {@link ConditionSpec#NONE} or 10 class labels
     * @param pick which image the i-th unconditional sample is
     */
    static Sampler sampler(ImageData images, ConditionSpec condition, IntUnaryOperator pick) {
        return new Sampler() {
            private int served;

            @Override
            public ConditionSpec condition() {
                return condition;
            }

            @Override
            public NDArray generate(NDManager manager, int count, NDArray conditions) {
                long[] classes = conditions == null ? null : conditions.toLongArray();
                int length = SIZE * SIZE;
                float[] pixels = new float[count * length];
                for (int i = 0; i < count; i++) {
                    int index = pick.applyAsInt(served++);
                    if (classes != null) {
                        index = index - index % CLASSES.size() + (int) classes[i];
                    }
                    System.arraycopy(images.image(index % images.size()), 0, pixels, i * length, length);
                }
                return manager.create(pixels, new Shape(count, 1, SIZE, SIZE));
            }
        };
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
