package org.gan4j.image.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.gan4j.core.spi.DataRequest.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdxReaderTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"", ".gz"})
    void givenIdxFolderPlainOrGzippedWhenLoadedThenPixelsRoundTripScaledToMinusOneOne(String suffix) throws IOException {
        Path folder = Fixtures.idxFolder(temp.resolve("mnist"), 25, 7, suffix);

        ImageData train = IdxDirectory.load(folder, Split.TRAIN, Fixtures.DIGITS);
        ImageData test = IdxDirectory.load(folder, Split.HELD_OUT, Fixtures.DIGITS);

        assertEquals(25, train.size());
        assertEquals(7, test.size());
        assertEquals(new Shape(1, 4, 3), train.sampleShape());
        for (int i = 0; i < train.size(); i++) {
            assertEquals(i % 10, train.label(i));
            float[] image = train.image(i);
            for (int j = 0; j < image.length; j++) {
                assertEquals(Fixtures.pixel(i, j) / 127.5f - 1f, image[j], 1e-6f);
            }
        }
    }

    @Test
    void givenByteExtremesWhenScaledThenZeroIsMinusOneAnd255IsOne() {
        assertEquals(-1f, ImageData.scale(0, 255));
        assertEquals(1f, ImageData.scale(255, 255));
        assertEquals(0f, ImageData.scale(127.5f, 255), 1e-7f);
    }

    @Test
    void givenIdxFilesWhenWrittenAndReadThenIdentical() throws IOException {
        IdxImages images = Fixtures.images(3, 2, 5);
        IdxWriter.writeImages(temp.resolve("i.gz"), images);
        IdxWriter.writeLabels(temp.resolve("l"), new int[] {0, 255, 9});

        assertArrayEquals(images.pixels(), IdxReader.readImages(temp.resolve("i.gz")).pixels());
        assertArrayEquals(new int[] {0, 255, 9}, IdxReader.readLabels(temp.resolve("l")));
    }

    @Test
    void givenLabelFileWhereImagesBelongWhenReadThenMessageNamesFileAndBothMagicNumbers() throws IOException {
        Path labels = temp.resolve("train-images-idx3-ubyte");
        IdxWriter.writeLabels(labels, new int[] {1, 2, 3});

        IOException e = assertThrows(IOException.class, () -> IdxReader.readImages(labels));

        assertMessage(e, labels.toString(), "magic number 2049", "expected 2051", "swapped", "re-download");
    }

    @Test
    void givenTruncatedImageFileWhenReadThenMessageNamesFileAndMissingBytes() throws IOException {
        Path file = temp.resolve("train-images-idx3-ubyte");
        IdxWriter.writeImages(file, Fixtures.images(10, 4, 3));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 5));

        IOException e = assertThrows(IOException.class, () -> IdxReader.readImages(file));

        assertMessage(e, file.toString(), "truncated", "10 images of 4×3", "120 bytes", "only 115", "delete " + temp);
    }

    @Test
    void givenTruncatedGzipFileWhenReadThenMessageNamesFile() throws IOException {
        Path file = temp.resolve("train-images-idx3-ubyte.gz");
        IdxWriter.writeImages(file, Fixtures.images(50, 28, 28));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

        IOException e = assertThrows(IOException.class, () -> IdxReader.readImages(file));

        assertMessage(e, file.toString(), "truncated", "re-download");
    }

    @Test
    void givenFileLongerThanItsHeaderWhenReadThenRejected() throws IOException {
        Path file = temp.resolve("labels");
        Files.write(file, ByteBuffer.allocate(11).putInt(IdxReader.LABELS_MAGIC).putInt(2).array());

        IOException e = assertThrows(IOException.class, () -> IdxReader.readLabels(file));

        assertMessage(e, file.toString(), "longer than its header", "2 labels");
    }

    @Test
    void givenEmptyFileWhenReadThenMessageSaysHeaderIsCut() throws IOException {
        Path file = Files.createFile(temp.resolve("t10k-labels-idx1-ubyte"));

        IOException e = assertThrows(IOException.class, () -> IdxReader.readLabels(file));

        assertMessage(e, file.toString(), "header");
    }

    @Test
    void givenGzipNameButGarbageWhenReadThenMagicErrorNotCrash() throws IOException {
        Path file = temp.resolve("x.gz");
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("hello, world".getBytes(StandardCharsets.US_ASCII));
        }

        IOException e = assertThrows(IOException.class, () -> IdxReader.readImages(file));

        assertMessage(e, file.toString(), "magic number");
    }

    @Test
    void givenLabelCountDifferentFromImageCountWhenLoadedThenMessageNamesBothFiles() throws IOException {
        Path folder = Fixtures.idxFolder(temp.resolve("mnist"), 20, 5, "");
        IdxWriter.writeLabels(folder.resolve("t10k-labels-idx1-ubyte"), Fixtures.labels(4));

        IOException e = assertThrows(IOException.class, () -> IdxDirectory.load(folder, Split.HELD_OUT, Fixtures.DIGITS));

        assertMessage(e, folder.resolve("t10k-labels-idx1-ubyte").toString(), "4 labels",
                folder.resolve("t10k-images-idx3-ubyte").toString(), "5 images");
    }

    @Test
    void givenLabelBeyondTheClassesWhenLoadedThenMessageNamesFileAndLabel() throws IOException {
        Path folder = Fixtures.idxFolder(temp.resolve("mnist"), 20, 5, "");
        IdxWriter.writeLabels(folder.resolve("train-labels-idx1-ubyte"), withValue(Fixtures.labels(20), 3, 12));

        IOException e = assertThrows(IOException.class, () -> IdxDirectory.load(folder, Split.TRAIN, Fixtures.DIGITS));

        assertMessage(e, "train-labels-idx1-ubyte", "label 12 at index 3");
    }

    @Test
    void givenFolderWithoutIdxFilesWhenLoadedThenMessageListsTheExpectedNames() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("empty"));

        IOException e = assertThrows(IOException.class, () -> IdxDirectory.load(folder, Split.TRAIN, Fixtures.DIGITS));

        assertMessage(e, folder.toString(), "train-images-idx3-ubyte", "t10k-labels-idx1-ubyte", "path");
    }

    @Test
    void givenDottedFileNamesWhenLoadedThenFound() throws IOException {
        Path folder = Fixtures.idxFolder(temp.resolve("mnist"), 3, 2, ".gz");
        Files.move(folder.resolve("train-images-idx3-ubyte.gz"), folder.resolve("train-images.idx3-ubyte.gz"));

        assertEquals(3, IdxDirectory.load(folder, Split.TRAIN, Fixtures.DIGITS).size());
    }

    private static int[] withValue(int[] values, int index, int value) {
        values[index] = value;
        return values;
    }

    static void assertMessage(Exception e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> "message lacks '" + part + "': " + e.getMessage());
        }
    }
}
