package org.gan4j.core.condition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;

/**
 * Draws, for a sample of class {@code c}, an embedding row of another class: first one of the other
 * classes uniformly, then one of its rows. Shifting a batch by one instead gives true matches by
 * chance (about 10% with 10 classes) and teaches the matching-aware discriminator to reject right
 * pairs. When the rows carry attribute codes it also draws rows of the same class with other
 * attributes, the same way one level down.
 */
public final class MismatchedPartners {

    private final Groups byClass;
    private final TreeMap<Integer, Groups> byAttributesOfClass = new TreeMap<>();

    /**
     * @param rowLabels the class of each embedding row
     * @throws IllegalArgumentException if fewer than two classes have rows
     */
    public MismatchedPartners(int[] rowLabels) {
        this(rowLabels, null);
    }

    /**
     * @param rowLabels the class of each embedding row
     * @param rowAttributes the attribute code of each row, or {@code null} for none
     * @throws IllegalArgumentException if fewer than two classes have rows
     */
    public MismatchedPartners(int[] rowLabels, int[] rowAttributes) {
        byClass = Groups.of(rowLabels.length, row -> rowLabels[row]);
        if (byClass.keys.length < 2) {
            throw new IllegalArgumentException("mismatched pairs need embeddings of at least two classes, got "
                    + Arrays.toString(byClass.keys) + "; turn the matching-aware loss off or pair more than one class");
        }
        if (rowAttributes != null) {
            for (int k = 0; k < byClass.keys.length; k++) {
                int[] rows = byClass.rows[k];
                Groups codes = Groups.of(rows.length, i -> rowAttributes[rows[i]]);
                byAttributesOfClass.put(byClass.keys[k], codes.mapRows(i -> rows[i]));
            }
        }
    }

    /**
     * @param label the class of the sample
     * @param random the source of randomness
     * @return an embedding row whose class differs from {@code label}
     */
    public int draw(int label, SplittableRandom random) {
        return byClass.drawOther(label, random);
    }

    /**
     * @param label the class of the sample
     * @param attributes the attribute code of its right partner
     * @param random the source of randomness
     * @return a row of class {@code label} whose attribute code differs, or -1 if the class has rows
     *     of one code only or no codes were given
     */
    public int drawSameClass(int label, int attributes, SplittableRandom random) {
        Groups codes = byAttributesOfClass.get(label);
        return codes == null || codes.keys.length < 2 ? -1 : codes.drawOther(attributes, random);
    }

    /** Rows grouped by a key, keys sorted. */
    private record Groups(int[] keys, int[][] rows) {

        static Groups of(int count, IntUnaryOperator keyOf) {
            TreeMap<Integer, List<Integer>> grouped = new TreeMap<>();
            for (int i = 0; i < count; i++) {
                grouped.computeIfAbsent(keyOf.applyAsInt(i), k -> new ArrayList<>()).add(i);
            }
            return new Groups(grouped.keySet().stream().mapToInt(Integer::intValue).toArray(),
                    grouped.values().stream().map(r -> r.stream().mapToInt(Integer::intValue).toArray())
                            .toArray(int[][]::new));
        }

        Groups mapRows(IntUnaryOperator map) {
            return new Groups(keys, Arrays.stream(rows).map(r -> Arrays.stream(r).map(map).toArray()).toArray(int[][]::new));
        }

        /** A row of a key other than {@code key}: the key uniformly among the others, then a row of it. */
        int drawOther(int key, SplittableRandom random) {
            int own = Arrays.binarySearch(keys, key);
            int pick = random.nextInt(own >= 0 ? keys.length - 1 : keys.length);
            if (own >= 0 && pick >= own) {
                pick++;
            }
            int[] group = rows[pick];
            return group[random.nextInt(group.length)];
        }
    }
}
