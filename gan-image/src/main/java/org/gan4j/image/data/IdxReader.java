package org.gan4j.image.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads IDX files, the format of MNIST and Fashion-MNIST: idx3-ubyte images and idx1-ubyte labels,
 * plain or gzipped (recognised by the gzip magic bytes, whatever the file name). Every defect (wrong
 * magic number, bad dimensions, truncated or overlong data, damaged gzip) is an {@link IOException}
 * that names the file, what was found, what was expected and how to fix it.
 */
public final class IdxReader {

    /** The magic number of idx3-ubyte image files (unsigned bytes, 3 dimensions). */
    public static final int IMAGES_MAGIC = 0x0803;

    /** The magic number of idx1-ubyte label files (unsigned bytes, 1 dimension). */
    public static final int LABELS_MAGIC = 0x0801;

    private static final int BUFFER = 1 << 16;

    private IdxReader() {}

    /**
     * Reads an idx3-ubyte image file.
     *
     * @param file the file, plain or gzipped
     * @return its images
     * @throws IOException if the file cannot be read or is not a well-formed idx3-ubyte file
     */
    public static IdxImages readImages(Path file) throws IOException {
        try (DataInputStream in = open(file)) {
            readMagic(in, file, IMAGES_MAGIC, "idx3-ubyte images");
            int count = readDimension(in, file, "image count", 0);
            int rows = readDimension(in, file, "rows", 1);
            int cols = readDimension(in, file, "columns", 1);
            long length = (long) count * rows * cols;
            if (length > Integer.MAX_VALUE - 8) {
                throw damaged(file, "its header announces " + count + " images of " + rows + "×" + cols
                        + ", more than gan4j can hold in memory (2 GB)");
            }
            byte[] pixels = readBody(in, file, (int) length, count + " images of " + rows + "×" + cols);
            return new IdxImages(count, rows, cols, pixels);
        }
    }

    /**
     * Reads an idx1-ubyte label file.
     *
     * @param file the file, plain or gzipped
     * @return the labels, 0..255
     * @throws IOException if the file cannot be read or is not a well-formed idx1-ubyte file
     */
    public static int[] readLabels(Path file) throws IOException {
        try (DataInputStream in = open(file)) {
            readMagic(in, file, LABELS_MAGIC, "idx1-ubyte labels");
            int count = readDimension(in, file, "label count", 0);
            byte[] bytes = readBody(in, file, count, count + " labels");
            int[] labels = new int[count];
            for (int i = 0; i < count; i++) {
                labels[i] = Byte.toUnsignedInt(bytes[i]);
            }
            return labels;
        }
    }

    /**
     * The fix offered for a damaged file.
     *
     * @param file the damaged file
     * @return advice naming the file's folder
     */
    static String fix(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return "re-download it (if it is in the gan4j cache, delete " + folder + " to fetch it again)";
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        try {
            raw.mark(2);
            boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            return new DataInputStream(gzip ? new BufferedInputStream(new GZIPInputStream(raw, BUFFER), BUFFER) : raw);
        } catch (ZipException | EOFException e) {
            raw.close();
            throw damaged(file, "it is not a readable gzip file (" + e.getMessage() + ")");
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    private static void readMagic(DataInputStream in, Path file, int expected, String kind) throws IOException {
        int magic = readHeaderInt(in, file);
        if (magic != expected) {
            String found = magic == IMAGES_MAGIC ? " (an idx3-ubyte image file)"
                    : magic == LABELS_MAGIC ? " (an idx1-ubyte label file)" : "";
            throw damaged(file, "found magic number " + magic + found + ", expected " + expected + " for " + kind
                    + " (are the images and labels files swapped?)");
        }
    }

    private static int readDimension(DataInputStream in, Path file, String what, int min) throws IOException {
        int value = readHeaderInt(in, file);
        if (value < min) {
            throw damaged(file, "its header gives " + what + " " + value + " (at least " + min + " expected)");
        }
        return value;
    }

    private static int readHeaderInt(DataInputStream in, Path file) throws IOException {
        try {
            return in.readInt();
        } catch (EOFException e) {
            throw damaged(file, "it ends inside the IDX header");
        } catch (ZipException e) {
            throw damaged(file, "its gzip data is damaged (" + e.getMessage() + ")");
        }
    }

    private static byte[] readBody(DataInputStream in, Path file, int length, String what) throws IOException {
        byte[] body = new byte[length];
        int read;
        try {
            read = in.readNBytes(body, 0, length);
        } catch (EOFException | ZipException e) {
            throw damaged(file, "it is truncated or its gzip data is damaged (" + e.getMessage() + ")");
        }
        if (read < length) {
            throw damaged(file, "it is truncated: its header announces " + what + " (" + length
                    + " bytes of data) but only " + read + " bytes follow");
        }
        if (in.read() != -1) {
            throw damaged(file, "it is longer than its header says (" + what + ", " + length + " bytes of data)");
        }
        return body;
    }

    private static IOException damaged(Path file, String problem) {
        return new IOException(file + ": " + problem + "; " + fix(file));
    }
}
