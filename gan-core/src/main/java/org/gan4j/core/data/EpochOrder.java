package org.gan4j.core.data;

/**
 * The order in which a data source visits its samples: position {@code p} of the endless stream is
 * sample {@code permutation(e)[p mod n]} of epoch {@code e = p / n}, where each epoch's permutation
 * is shuffled from the seed and the epoch number alone. Every sample is thus seen exactly once per
 * epoch, and any position can be looked up without replaying the ones before it. Not thread-safe.
 */
public final class EpochOrder {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final int size;
    private final long seed;
    private long cachedEpoch = -1;
    private int[] cached;

    /**
     * @param size the number of samples, at least 1
     * @param seed the shuffling seed
     */
    public EpochOrder(int size, long seed) {
        if (size <= 0) {
            throw new IllegalArgumentException("cannot order " + size + " samples");
        }
        this.size = size;
        this.seed = seed;
    }

    /**
     * @param position a position in the stream, from 0
     * @return the sample number at that position
     */
    public int sampleAt(long position) {
        long epoch = position / size;
        if (epoch != cachedEpoch) {
            cached = Permutations.of(size, seed * GOLDEN_GAMMA + epoch);
            cachedEpoch = epoch;
        }
        return cached[(int) (position % size)];
    }
}
