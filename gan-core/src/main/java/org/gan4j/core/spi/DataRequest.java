package org.gan4j.core.spi;

import java.nio.file.Path;
import org.gan4j.core.config.Options;

/**
 * What a data source is opened with.
 *
 * @param options the source's options from the configuration
 * @param split which part of the data
 * @param seed the run's seed (for shuffling and synthetic data)
 * @param cacheDir where downloaded or converted data may be kept
 */
public record DataRequest(Options options, Split split, long seed, Path cacheDir) {

    /** The parts of a data set. */
    public enum Split {
        /** The part the GAN trains on. */
        TRAIN,
        /** Data never trained on, for evaluation references. */
        HELD_OUT
    }
}
