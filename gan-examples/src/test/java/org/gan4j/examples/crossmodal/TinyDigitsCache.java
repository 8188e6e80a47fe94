package org.gan4j.examples.crossmodal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.gan4j.audio.data.SpokenDigitsCorpus;
import org.gan4j.audio.signal.WavFiles;
import org.gan4j.audio.signal.Waveform;
import org.gan4j.image.data.DatasetFetcher;

/**
 * A data cache holding a tiny MNIST of all ten digits (IDX files, marked complete so nothing is
 * fetched; image i has class i mod 10 and is a bright block whose place depends on its class) and a
 * tiny spoken-digits corpus of the first {@code spokenClasses} digits (marked complete so espeak-ng
 * is not needed; a clip of class c is a tone burst of 300·(c + 1) Hz at 8 kHz).
 */
final class TinyDigitsCache {

    /** The corpus's sample rate: the crossmodal clips' 8,192-sample window at 8 kHz needs no resampling. */
    static final int RATE = 8000;

    private TinyDigitsCache() {}

    /** MNIST's classes. */
    static final int IMAGE_CLASSES = 10;

    /**
     * @param cache the cache folder to fill
     * @param spokenClasses how many digits are spoken, 2..10
     * @param trainImages training images
     * @param testImages held-out images
     * @param trainClipsPerClass training clips of each digit
     * @param heldOutClipsPerClass held-out clips of each digit
     * @throws IOException if a file cannot be written
     */
    static void write(Path cache, int spokenClasses, int trainImages, int testImages, int trainClipsPerClass,
            int heldOutClipsPerClass) throws IOException {
        Path mnist = Files.createDirectories(DatasetFetcher.location("mnist", cache));
        writeImages(mnist, "train", trainImages, 1);
        writeImages(mnist, "t10k", testImages, 2);
        Files.writeString(mnist.resolve(DatasetFetcher.COMPLETE), "tiny test MNIST\n");
        Path corpus = cache.resolve(SpokenDigitsCorpus.standard(1, 1).folderName());
        String[] words = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
        for (int c = 0; c < spokenClasses; c++) {
            writeClips(corpus.resolve(SpokenDigitsCorpus.TRAIN).resolve(c + "-" + words[c]), c, trainClipsPerClass, 10);
            writeClips(corpus.resolve(SpokenDigitsCorpus.HELD_OUT).resolve(c + "-" + words[c]), c,
                    heldOutClipsPerClass, 20);
        }
        Files.writeString(corpus.resolve(SpokenDigitsCorpus.MANIFEST), "tiny test corpus\n");
    }

    /**
     * Writes a tiny Fashion-MNIST of the same bright blocks (image i has class i mod 10), marked
     * complete so nothing is fetched.
     *
     * @param cache the cache folder to fill
     * @param trainImages training images
     * @param testImages held-out images
     * @throws IOException if a file cannot be written
     */
    static void writeFashion(Path cache, int trainImages, int testImages) throws IOException {
        Path fashion = Files.createDirectories(DatasetFetcher.location("fashion-mnist", cache));
        writeImages(fashion, "train", trainImages, 3);
        writeImages(fashion, "t10k", testImages, 4);
        Files.writeString(fashion.resolve(DatasetFetcher.COMPLETE), "tiny test Fashion-MNIST\n");
    }

    /** @return the label of image i: the ten classes in turn */
    static int label(int i) {
        return i % IMAGE_CLASSES;
    }

    private static void writeImages(Path folder, String prefix, int count, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        ByteBuffer images = ByteBuffer.allocate(16 + count * 28 * 28).putInt(0x803).putInt(count).putInt(28).putInt(28);
        ByteBuffer labels = ByteBuffer.allocate(8 + count).putInt(0x801).putInt(count);
        for (int i = 0; i < count; i++) {
            int label = label(i);
            int top = 2 + (label / 4) * 8 + random.nextInt(3);
            int left = 2 + (label % 4) * 6 + random.nextInt(3);
            for (int y = 0; y < 28; y++) {
                for (int x = 0; x < 28; x++) {
                    boolean inked = y >= top && y < top + 6 && x >= left && x < left + 6;
                    images.put((byte) (inked ? 200 + random.nextInt(56) : random.nextInt(20)));
                }
            }
            labels.put((byte) label);
        }
        Files.write(folder.resolve(prefix + "-images-idx3-ubyte"), images.array());
        Files.write(folder.resolve(prefix + "-labels-idx1-ubyte"), labels.array());
    }

    private static void writeClips(Path folder, int label, int count, long seed) throws IOException {
        Files.createDirectories(folder);
        SplittableRandom random = new SplittableRandom(seed * 31 + label);
        for (int j = 0; j < count; j++) {
            float[] samples = new float[RATE / 2];
            double frequency = 300.0 * (label + 1) * (1 + 0.02 * random.nextGaussian());
            int start = 1000 + random.nextInt(500);
            for (int t = start; t < start + 2000; t++) {
                samples[t] = (float) (0.4 * Math.sin(2 * Math.PI * frequency * t / RATE));
            }
            WavFiles.write(folder.resolve(String.format("clip-%03d.wav", j)), new Waveform(samples, RATE));
        }
    }
}
