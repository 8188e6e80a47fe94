package org.gan4j.image.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Small synthetic data files for the tests; nothing here touches the network. */
final class Fixtures {

    static final List<String> DIGITS = StandardDataset.MNIST.classes();

    private Fixtures() {}

    /** Pixel {@code j} of synthetic image {@code i}: a value that differs between images. */
    static int pixel(int image, int j) {
        return (image * 7 + j * 3) % 256;
    }

    /** @return {@code count} synthetic images of rows × cols */
    static IdxImages images(int count, int rows, int cols) {
        byte[] pixels = new byte[count * rows * cols];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < rows * cols; j++) {
                pixels[i * rows * cols + j] = (byte) pixel(i, j);
            }
        }
        return new IdxImages(count, rows, cols, pixels);
    }

    /** @return labels i mod 10 */
    static int[] labels(int count) {
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = i % 10;
        }
        return labels;
    }

    /** Writes the four IDX files of a tiny MNIST (4×3 images) into {@code folder}; suffix ".gz" or "". */
    static Path idxFolder(Path folder, int train, int test, String suffix) throws IOException {
        Files.createDirectories(folder);
        IdxWriter.writeImages(folder.resolve("train-images-idx3-ubyte" + suffix), images(train, 4, 3));
        IdxWriter.writeLabels(folder.resolve("train-labels-idx1-ubyte" + suffix), labels(train));
        IdxWriter.writeImages(folder.resolve("t10k-images-idx3-ubyte" + suffix), images(test, 4, 3));
        IdxWriter.writeLabels(folder.resolve("t10k-labels-idx1-ubyte" + suffix), labels(test));
        return folder;
    }

    /** Packs every file under {@code tree} into a .tgz, with paths relative to {@code tree}. */
    static Path tarball(Path tree, Path tarball) throws IOException {
        try (OutputStream file = Files.newOutputStream(tarball);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(file));
                Stream<Path> paths = Files.walk(tree)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                TarArchiveEntry entry = new TarArchiveEntry(path.toFile(), tree.relativize(path).toString());
                tar.putArchiveEntry(entry);
                Files.copy(path, tar);
                tar.closeArchiveEntry();
            }
        }
        return tarball;
    }

    /** Writes a grey (8-bit) image whose pixel (x, y) is {@code base + x + y * width}. */
    static Path greyPng(Path file, int width, int height, int base) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.getRaster().setSample(x, y, 0, base + x + y * width);
            }
        }
        return write(image, file, "png");
    }

    /** Writes an RGB image filled with one colour. */
    static Path rgbImage(Path file, int width, int height, int rgb, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        return write(image, file, format);
    }

    private static Path write(BufferedImage image, Path file, String format) throws IOException {
        Files.createDirectories(file.getParent());
        if (!ImageIO.write(image, format, file.toFile())) {
            throw new IOException("no ImageIO writer for " + format);
        }
        return file;
    }
}
