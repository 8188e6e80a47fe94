package org.gan4j.core.spi;

import java.io.IOException;
import org.gan4j.core.data.DataSource;

/** A named kind of data a modality can train on, e.g. {@code mnist} or {@code ring8}. */
public interface DataSourceProvider {

    /** The registry name. */
    String name();

    /** A one-line description for {@code gan list}. */
    String description();

    /**
     * Opens the data.
     *
     * @param request options, split, seed and cache directory
     * @return the source
     * @throws IOException if the data cannot be read (the message names the file and the fix)
     */
    DataSource open(DataRequest request) throws IOException;
}
