package org.gan4j.text.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What sentence BLEU needs from a set of references, computed once: for every n-gram its largest
 * count in any one reference (with how many references reach it and the runner-up, so that one
 * reference can be left out exactly) and the multiset of reference lengths.
 */
final class ReferenceSet {

    private final List<Map<String, MaxCount>> maxCounts;
    private final TreeMap<Integer, Integer> lengths = new TreeMap<>();
    private final int size;

    ReferenceSet(List<int[]> references, int maxOrder) {
        this.size = references.size();
        this.maxCounts = new ArrayList<>();
        for (int n = 1; n <= maxOrder; n++) {
            Map<String, MaxCount> table = new HashMap<>();
            for (int[] reference : references) {
                NgramCounts.of(reference, n).forEach((key, count) -> table.computeIfAbsent(key, k -> new MaxCount()).add(count));
            }
            maxCounts.add(table);
        }
        for (int[] reference : references) {
            lengths.merge(reference.length, 1, Integer::sum);
        }
    }

    /** @return the number of references */
    int size() {
        return size;
    }

    /**
     * The largest count of an n-gram in one reference.
     *
     * @param n the order
     * @param key the n-gram
     * @param excludedCount the n-gram's count in a reference to leave out, or -1 to keep all
     * @return the count, 0 if no (remaining) reference has it
     */
    int maxCount(int n, String key, int excludedCount) {
        MaxCount m = maxCounts.get(n - 1).get(key);
        if (m == null) {
            return 0;
        }
        return excludedCount == m.max && m.reachedBy == 1 ? m.second : m.max;
    }

    /**
     * nltk's {@code closest_ref_length}: the reference length nearest the hypothesis length, the
     * shorter one on a tie.
     *
     * @param hypothesisLength the hypothesis length
     * @param excludedLength the length of a reference to leave out, or -1 to keep all
     * @return the length
     */
    int closestLength(int hypothesisLength, int excludedLength) {
        int best = -1;
        for (Map.Entry<Integer, Integer> e : lengths.entrySet()) {
            int length = e.getKey();
            if (length == excludedLength && e.getValue() == 1) {
                continue;
            }
            if (best < 0 || Math.abs(length - hypothesisLength) < Math.abs(best - hypothesisLength)) {
                best = length;
            }
        }
        return best;
    }

    /** The largest and second-largest count of an n-gram over the references. */
    private static final class MaxCount {
        int max;
        int reachedBy;
        int second;

        void add(int count) {
            if (count > max) {
                second = max;
                max = count;
                reachedBy = 1;
            } else if (count == max) {
                reachedBy++;
            } else if (count > second) {
                second = count;
            }
        }
    }
}
