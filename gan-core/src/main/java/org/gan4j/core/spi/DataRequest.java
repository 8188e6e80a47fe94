package org.gan4j.core.spi;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.gan4j.core.options.Options;

/**
 * What a data source is opened with.
 *
 * @param options the source's options from the configuration
 * @param split which part of the data
 * @param seed the run's seed (for shuffling and synthetic data)
 * @param cacheDir where downloaded or converted data may be kept
 * @param progress receives one-line messages about slow work (downloads, conversions)
 */
public record DataRequest(Options options, Split split, long seed, Path cacheDir, Consumer<String> progress) {

    /**
     * A request whose progress messages go to standard error.
     *
     * @param options the source's options from the configuration
     * @param split which part of the data
     * @param seed the run's seed
     * @param cacheDir where downloaded or converted data may be kept
     */
    public DataRequest(Options options, Split split, long seed, Path cacheDir) {
        this(options, split, seed, cacheDir, System.err::println);
    }

    /**
     * @param other the split wanted
     * @return the same request for another split
     */
    public DataRequest withSplit(Split other) {
        return new DataRequest(options, other, seed, cacheDir, progress);
    }

    /** The parts of a data set. */
    public enum Split {
        /** The part the GAN trains on. */
        TRAIN,
        /** Data never trained on, for evaluation references. */
        HELD_OUT
    }
}
