package org.gan4j.image.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gan4j.core.spi.DataRequest;

/**
 * A folder with the four files of an MNIST-style data set under their official names, each plain or
 * gzipped ({@code .gz}); names with a dot before {@code idx} ({@code train-images.idx3-ubyte}) are
 * accepted too. The training part is {@code train-*}, the held-out part {@code t10k-*}.
 */
public final class IdxDirectory {

    /** The official file names (each may also be gzipped, with {@code .gz} appended). */
    public static final List<String> FILE_NAMES = List.of("train-images-idx3-ubyte", "train-labels-idx1-ubyte",
            "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");

    private IdxDirectory() {}

    /**
     * Loads one part.
     *
     * @param folder the folder with the four files
     * @param split {@code TRAIN} for the {@code train-*} files, {@code HELD_OUT} for {@code t10k-*}
     * @param classes the class names; every label must be below their count
     * @return the images in [-1, 1] with their labels
     * @throws IOException if a file is missing or damaged, or images and labels do not match
     */
    public static ImageData load(Path folder, DataRequest.Split split, List<String> classes) throws IOException {
        Part part = read(folder, split, classes);
        return ImageData.fromIdx(part.images(), part.labels(), classes);
    }

    /**
     * Reads and checks both parts, as after a download.
     *
     * @param folder the folder with the four files
     * @param classes the class names
     * @return e.g. "60000 training + 10000 test images"
     * @throws IOException if a file is missing or damaged, or images and labels do not match
     */
    static String verify(Path folder, List<String> classes) throws IOException {
        int train = read(folder, DataRequest.Split.TRAIN, classes).labels().length;
        int test = read(folder, DataRequest.Split.HELD_OUT, classes).labels().length;
        return train + " training + " + test + " test images";
    }

    private static Part read(Path folder, DataRequest.Split split, List<String> classes) throws IOException {
        String prefix = split == DataRequest.Split.TRAIN ? "train" : "t10k";
        Path imagesFile = find(folder, prefix + "-images-idx3-ubyte");
        Path labelsFile = find(folder, prefix + "-labels-idx1-ubyte");
        IdxImages images = IdxReader.readImages(imagesFile);
        int[] labels = IdxReader.readLabels(labelsFile);
        if (labels.length != images.count()) {
            throw new IOException(labelsFile + " has " + labels.length + " labels but " + imagesFile + " has "
                    + images.count() + " images, so they do not belong together; " + IdxReader.fix(labelsFile));
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] >= classes.size()) {
                throw new IOException(labelsFile + ": label " + labels[i] + " at index " + i + " is not one of the "
                        + classes.size() + " classes 0.." + (classes.size() - 1) + "; is it the right data set? "
                        + IdxReader.fix(labelsFile));
            }
        }
        return new Part(images, labels);
    }

    private static Path find(Path folder, String name) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + " is not a folder; " + expected());
        }
        String dotted = name.replace("-idx", ".idx");
        for (String candidate : List.of(name, name + ".gz", dotted, dotted + ".gz")) {
            Path file = folder.resolve(candidate);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IOException(folder + " has no " + name + " (nor " + name + ".gz); " + expected());
    }

    private static String expected() {
        return "the data option path must name a folder with the four IDX files " + String.join(", ", FILE_NAMES)
                + " (each may be gzipped, .gz)";
    }

    private record Part(IdxImages images, int[] labels) {}
}
