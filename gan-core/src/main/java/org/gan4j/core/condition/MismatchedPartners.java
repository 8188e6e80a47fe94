package org.gan4j.core.condition;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Draws, for a sample of class {@code c}, an embedding row of another class: first one of the other
 * classes uniformly, then one of its rows. Shifting a batch by one instead gives true matches by
 * chance (about 10% with 10 classes) and teaches the matching-aware discriminator to reject right
 * pairs.
 */
public final class MismatchedPartners {

    private final int[] classes;
    private final int[][] rowsOfClass;

    /**
     * @param rowLabels the class of each embedding row
     * @throws IllegalArgumentException if fewer than two classes have rows
     */
    public MismatchedPartners(int[] rowLabels) {
        TreeMap<Integer, List<Integer>> byClass = new TreeMap<>();
        for (int row = 0; row < rowLabels.length; row++) {
            byClass.computeIfAbsent(rowLabels[row], c -> new ArrayList<>()).add(row);
        }
        if (byClass.size() < 2) {
            throw new IllegalArgumentException("mismatched pairs need embeddings of at least two classes, got "
                    + byClass.keySet() + "; turn the matching-aware loss off or pair more than one class");
        }
        classes = byClass.keySet().stream().mapToInt(Integer::intValue).toArray();
        rowsOfClass = byClass.values().stream().map(rows -> rows.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    /**
     * @param label the class of the sample
     * @param random the source of randomness
     * @return an embedding row whose class differs from {@code label}
     */
    public int draw(int label, SplittableRandom random) {
        int own = java.util.Arrays.binarySearch(classes, label);
        int pick = random.nextInt(own >= 0 ? classes.length - 1 : classes.length);
        if (own >= 0 && pick >= own) {
            pick++;
        }
        int[] rows = rowsOfClass[pick];
        return rows[random.nextInt(rows.length)];
    }
}
