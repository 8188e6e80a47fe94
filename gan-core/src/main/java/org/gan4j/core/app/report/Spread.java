package org.gan4j.core.app.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Thins a list to a bounded size, keeping items spread evenly over it (the report's size bounds). */
final class Spread {

    private Spread() {}

    /**
     * Keeps at most {@code max} items spread evenly over a list, the first and last included.
     *
     * @param items the items
     * @param max how many to keep, ≥ 1
     * @param <T> the item type
     * @return the kept items in order (the last one alone when {@code max} is 1)
     */
    static <T> List<T> evenly(List<T> items, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max = " + max + " must be ≥ 1");
        }
        int n = items.size();
        if (n <= max) {
            return List.copyOf(items);
        }
        if (max == 1) {
            return List.of(items.get(n - 1));
        }
        Map<Integer, T> kept = new TreeMap<>();
        for (int i = 0; i < max; i++) {
            int index = (int) Math.round(i * (n - 1) / (double) (max - 1));
            kept.put(index, items.get(index));
        }
        return List.copyOf(kept.values());
    }
}
