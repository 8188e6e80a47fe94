package org.gan4j.image.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.gan4j.core.options.ConfigException;
import org.gan4j.core.options.Options;
import org.gan4j.core.spi.DataRequest;

/**
 * Data source {@code image-folder}: a folder with one sub-folder of PNG/JPEG images per class (see
 * {@link ImageFolder}). Options: {@code path} (required), {@code resize} (N: resize every image to
 * N × N), {@code channels} (1: convert to grey, 3: to RGB) and {@code heldOut} (the share of each
 * class held out for evaluation, default 0.1). The held-out images are drawn with a fixed seed, not
 * the run's, so that they stay held out in every run.
 */
public final class ImageFolderProvider extends ImageDataProvider {

    /** The seed of the train/held-out split. */
    public static final long SPLIT_SEED = 0x1a2e_f01dL;

    /** Creates the provider. */
    public ImageFolderProvider() {
        super("image-folder", "your own images: one sub-folder of PNG/JPEG files per class (option path)",
                List.of("resize", "channels", "heldOut"));
    }

    @Override
    protected ImageData read(DataRequest request) throws IOException {
        Options options = request.options();
        Path root = path(options).orElseThrow(() -> new ConfigException(
                "data source image-folder needs the option path: a folder with one sub-folder of PNG/JPEG images per class"));
        int resize = options.getInt("resize", 0, 1, 4096);
        int channels = options.getInt("channels", 0, 1, 3);
        if (channels == 2) {
            throw new ConfigException("option channels = 2 of data source image-folder must be 1 (grey) or 3 (RGB)");
        }
        double heldOut = options.getDouble("heldOut", 0.1, 0.01, 0.9);
        ImageData.Split split = ImageFolder.load(root, resize, channels).split(heldOut, SPLIT_SEED);
        ImageData part = request.split() == DataRequest.Split.TRAIN ? split.train() : split.heldOut();
        if (part.size() == 0) {
            throw new IOException(root + ": no images left for the " + request.split() + " part with heldOut "
                    + heldOut + "; add images or change heldOut");
        }
        return part;
    }
}
