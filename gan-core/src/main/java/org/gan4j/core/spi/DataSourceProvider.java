package org.gan4j.core.spi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.gan4j.core.data.DataSource;

/** A named kind of data a modality can train on, e.g. {@code mnist} or {@code ring8}. */
public interface DataSourceProvider {

    /** The registry name. */
    String name();

    /** A one-line description for {@code gan list}. */
    String description();

    /**
     * Downloads or makes the data into the cache ahead of use, so that {@link #open} does no slow
     * work ({@code gan data fetch NAME}). The default does nothing.
     *
     * @param request options and cache directory
     * @throws IOException if the data cannot be obtained (the message names what to install or set)
     */
    default void prepare(DataRequest request) throws IOException {}

    /**
     * Where {@link #prepare} keeps this source's data in the cache, for {@code gan data info}: the
     * data counts as fetched when that path exists. The default is empty: the source keeps nothing
     * in the cache (it is synthesized in memory, or read from a path the user gives).
     *
     * @param request options and cache directory
     * @return the cached folder or file, or empty
     */
    default Optional<Path> cachedAt(DataRequest request) {
        return Optional.empty();
    }

    /**
     * Opens the data.
     *
     * @param request options, split, seed and cache directory
     * @return the source
     * @throws IOException if the data cannot be read (the message names the file and the fix)
     */
    DataSource open(DataRequest request) throws IOException;
}
