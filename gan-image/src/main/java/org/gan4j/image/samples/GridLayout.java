package org.gan4j.image.samples;

import java.util.Arrays;

/**
 * Where each sample of a batch goes in a grid of tiles.
 *
 * @param rows the number of rows
 * @param columns the number of columns
 * @param cells per sample, its cell index {@code row * columns + column}
 */
record GridLayout(int rows, int columns, int[] cells) {

    /**
     * A near-square grid filled row by row: {@code ceil(sqrt(count))} columns.
     *
     * @param count the number of samples, at least 1
     * @return the layout
     */
    static GridLayout square(int count) {
        requireSamples(count);
        int columns = (int) Math.ceil(Math.sqrt(count));
        int rows = (count + columns - 1) / columns;
        int[] cells = new int[count];
        Arrays.setAll(cells, i -> i);
        return new GridLayout(rows, columns, cells);
    }

    /**
     * One row per class, row {@code c} holding the samples labelled {@code c} in batch order;
     * classes without samples leave their row empty.
     *
     * @param labels the class index of each sample, non-negative
     * @return the layout, with as many columns as the most frequent class has samples
     */
    static GridLayout byClass(long[] labels) {
        requireSamples(labels.length);
        if (Arrays.stream(labels).anyMatch(label -> label < 0)) {
            throw new IllegalArgumentException("class labels must be non-negative: " + Arrays.toString(labels));
        }
        int rows = (int) Arrays.stream(labels).max().orElseThrow() + 1;
        int[] column = new int[labels.length];
        int[] filled = new int[rows];
        for (int i = 0; i < labels.length; i++) {
            column[i] = filled[(int) labels[i]]++;
        }
        int columns = Arrays.stream(filled).max().orElseThrow();
        int[] cells = new int[labels.length];
        Arrays.setAll(cells, i -> (int) labels[i] * columns + column[i]);
        return new GridLayout(rows, columns, cells);
    }

    private static void requireSamples(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a grid needs at least one sample");
        }
    }
}
