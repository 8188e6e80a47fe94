package org.gan4j.image.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gan4j.core.options.Options;
import org.gan4j.core.spi.AbstractDataSourceProvider;
import org.gan4j.core.spi.DataRequest;

/**
 * Base of the image data sources. Options every source understands: {@code path} (where the data
 * is), {@code limit} (train on only the first N training images, for small-data experiments and
 * tests) and {@code conditional} ({@code true} to give batches their class labels; default {@code
 * false}).
 */
public abstract class ImageDataProvider extends AbstractDataSourceProvider {

    private static final List<String> COMMON_OPTIONS = List.of("path", "limit", "conditional");

    /**
     * @param name the registry name
     * @param description a one-line description
     * @param ownOptions the options this source reads besides the common ones
     */
    protected ImageDataProvider(String name, String description, List<String> ownOptions) {
        super(name, description, COMMON_OPTIONS, ownOptions);
    }

    /** @return {@code mnist}, {@code fashion-mnist} and {@code image-folder} */
    public static List<ImageDataProvider> all() {
        return List.of(new IdxDataProvider(StandardDataset.MNIST), new IdxDataProvider(StandardDataset.FASHION_MNIST),
                new ImageFolderProvider());
    }

    /**
     * Loads the requested part into memory, e.g. for training a classifier on it.
     *
     * @param request options, split and cache directory
     * @return the images; for {@code TRAIN} only the first {@code limit} when that option is set
     * @throws IOException if the data cannot be fetched or read (the message names the file and the fix)
     */
    public final ImageData load(DataRequest request) throws IOException {
        int limit = trainLimit(request);
        ImageData data = read(request);
        return limit > 0 ? data.first(limit) : data;
    }

    @Override
    public final ImageDataSource open(DataRequest request) throws IOException {
        boolean conditional = request.options().getBoolean("conditional", false);
        return new ImageDataSource(load(request), request.seed(), conditional, this);
    }

    /**
     * Reads the whole requested part.
     *
     * @param request options (already checked against the known names), split and cache directory
     * @return the images
     * @throws IOException if the data cannot be fetched or read
     */
    protected abstract ImageData read(DataRequest request) throws IOException;

    /**
     * @param options the source's options
     * @return option {@code path}, with a leading {@code ~/} meaning the home folder
     */
    protected static Optional<Path> path(Options options) {
        return options.getPath("path");
    }
}
