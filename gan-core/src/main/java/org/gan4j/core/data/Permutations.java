package org.gan4j.core.data;

import java.util.SplittableRandom;

/** Seeded Fisher–Yates shuffles, the one source of randomness for orders and splits in this package. */
public final class Permutations {

    private Permutations() {}

    /**
     * Shuffles in place.
     *
     * @param values the array to shuffle
     * @param random the generator, advanced by {@code values.length - 1} draws
     */
    public static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = values[i];
            values[i] = values[j];
            values[j] = tmp;
        }
    }

    /**
     * @param size n
     * @param seed the seed
     * @return a seeded random permutation of 0..n-1
     */
    public static int[] of(int size, long seed) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        shuffle(order, new SplittableRandom(seed));
        return order;
    }
}
