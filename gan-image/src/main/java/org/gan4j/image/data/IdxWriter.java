package org.gan4j.image.data;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes IDX files (idx3-ubyte images, idx1-ubyte labels); gzipped when the name ends in {@code .gz}. */
public final class IdxWriter {

    private IdxWriter() {}

    /**
     * Writes an idx3-ubyte image file.
     *
     * @param file the file to create or replace
     * @param images the images
     * @throws IOException if writing fails
     */
    public static void writeImages(Path file, IdxImages images) throws IOException {
        try (DataOutputStream out = open(file)) {
            out.writeInt(IdxReader.IMAGES_MAGIC);
            out.writeInt(images.count());
            out.writeInt(images.rows());
            out.writeInt(images.cols());
            out.write(images.pixels());
        }
    }

    /**
     * Writes an idx1-ubyte label file.
     *
     * @param file the file to create or replace
     * @param labels the labels, each in 0..255
     * @throws IOException if writing fails
     */
    public static void writeLabels(Path file, int[] labels) throws IOException {
        byte[] bytes = new byte[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] > 255) {
                throw new IllegalArgumentException("label " + labels[i] + " at " + i + " does not fit an unsigned byte");
            }
            bytes[i] = (byte) labels[i];
        }
        try (DataOutputStream out = open(file)) {
            out.writeInt(IdxReader.LABELS_MAGIC);
            out.writeInt(labels.length);
            out.write(bytes);
        }
    }

    private static DataOutputStream open(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            out = new GZIPOutputStream(out, 1 << 16);
        }
        return new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    }
}
