package org.gan4j.audio.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.gan4j.audio.signal.WavFiles;
import org.gan4j.audio.signal.Waveform;
import org.gan4j.core.checkpoint.AtomicFiles;
import org.gan4j.core.data.Permutations;

/**
 * An SC09-like corpus of the words "zero" … "nine" spoken by espeak-ng: every word in every English
 * accent with every voice variant, {@code repeats} times, each at a random speed (130–220 words per
 * minute) and pitch (20–80), amplitude 40. Each clip is resampled to 16 kHz mono, trimmed at −45
 * dBFS and peak-normalised to a random −6 … −1 dBFS, then stored as a 16-bit WAV file in {@code
 * <dir>/<split>/<label>-<word>/<accent>+<variant>-<repeat>.wav}
 * (the label in front keeps the folders in label order). A seeded share of whole variants (in every
 * accent) is held out; the rest is the training split. Everything random comes from the seed, so the
 * same seed and espeak-ng version make identical bytes. The file {@value #MANIFEST}, written last,
 * lists the clips and marks the corpus complete.
 *
 * @param words the words, in label order
 * @param accents espeak-ng voices
 * @param variants voice variants ({@code ""} for the plain voice)
 * @param repeats clips per (word, accent, variant)
 * @param heldOutShare the share of variants held out
 * @param seed the seed of every random choice
 */
public record SpokenDigitsCorpus(List<String> words, List<String> accents, List<String> variants, int repeats,
        double heldOutShare, long seed) {

    /** The completion marker and clip list. */
    public static final String MANIFEST = "manifest.tsv";

    /** The training split's folder. */
    public static final String TRAIN = "train";

    /** The held-out split's folder. */
    public static final String HELD_OUT = "held-out";

    /** The stored sample rate. */
    public static final int SAMPLE_RATE = 16000;

    /** The digit words. */
    public static final List<String> DIGITS =
            List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");

    /** espeak-ng 1.51's English accents. */
    public static final List<String> ACCENTS = List.of("en-gb", "en-us", "en-gb-scotland", "en-gb-x-gbclan",
            "en-gb-x-rp", "en-gb-x-gbcwmd", "en-029", "en-us-nyc");

    /** Voice variants of espeak-ng 1.51 that sound like speech (no whisper, robots or effects). */
    public static final List<String> VARIANTS = List.of("", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "f1",
            "f2", "f3", "f4", "f5", "klatt", "klatt2", "klatt3", "klatt4", "klatt5", "klatt6", "Alex", "Andy", "Annie",
            "adam", "anika", "aunty", "belinda", "benjamin", "boris", "caleb", "david", "ed", "edward", "grandma",
            "grandpa", "iven", "john", "linda", "max", "michel", "norbert", "paul", "pedro", "quincy", "rob",
            "robert", "steph", "travis", "victor", "zac");

    private static final int AMPLITUDE = 40;

    /** One clip to make. */
    record Clip(int label, String word, String accent, String variant, int repeat, int speed, int pitch,
            double peakDbfs, boolean heldOut) {

        String voice() {
            return variant.isEmpty() ? accent : accent + "+" + variant;
        }

        Path file(Path dir) {
            return dir.resolve(heldOut ? HELD_OUT : TRAIN).resolve(label + "-" + word)
                    .resolve(accent + "+" + (variant.isEmpty() ? "default" : variant) + "-" + repeat + ".wav");
        }
    }

    /**
     * @param seed the seed
     * @param repeats clips per (word, accent, variant)
     * @return the standard corpus: ten digits, eight accents, 50 variants, 20% of variants held out
     */
    public static SpokenDigitsCorpus standard(long seed, int repeats) {
        return new SpokenDigitsCorpus(DIGITS, ACCENTS, VARIANTS, repeats, 0.2, seed);
    }

    /** @return the folder name for this corpus under the cache, naming its seed and size */
    public String folderName() {
        return String.format(Locale.ROOT, "spoken-digits-v1-s%d-w%d-a%d-v%d-r%d", seed, words.size(),
                accents.size(), variants.size(), repeats);
    }

    /** @return the variants held out, chosen from the seed */
    public Set<String> heldOutVariants() {
        int[] order = Permutations.of(variants.size(), seed);
        int count = Math.max(1, (int) Math.round(variants.size() * heldOutShare));
        Set<String> held = new HashSet<>();
        for (int i = 0; i < count; i++) {
            held.add(variants.get(order[i]));
        }
        return held;
    }

    /** @return every clip to make, in a fixed order, with its random settings drawn from the seed */
    List<Clip> plan() {
        Set<String> held = heldOutVariants();
        SplittableRandom random = new SplittableRandom(seed ^ 0x5d16_17a1L);
        List<Clip> clips = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            for (String accent : accents) {
                for (String variant : variants) {
                    for (int r = 0; r < repeats; r++) {
                        clips.add(new Clip(w, words.get(w), accent, variant, r, 130 + random.nextInt(91),
                                20 + random.nextInt(61), -6 + 5 * random.nextDouble(), held.contains(variant)));
                    }
                }
            }
        }
        return clips;
    }

    /**
     * @param dir the corpus folder
     * @return whether the corpus there is complete
     */
    public static boolean isComplete(Path dir) {
        return Files.isRegularFile(dir.resolve(MANIFEST));
    }

    /**
     * Synthesizes the corpus into a folder, two clips at a time.
     *
     * @param dir the corpus folder (created)
     * @param progress receives a line every 500 clips
     * @throws IOException if espeak-ng is missing or fails (the message has the install command) or
     *     the files cannot be written
     */
    public void make(Path dir, Consumer<String> progress) throws IOException {
        make(dir, progress, new Espeak());
    }

    void make(Path dir, Consumer<String> progress, Espeak espeak) throws IOException {
        if (!espeak.available()) {
            throw new IOException("espeak-ng is not installed; the spoken-digits corpus is synthesized with it:"
                    + " install it with `" + Espeak.INSTALL + "`");
        }
        List<Clip> clips = plan();
        progress.accept("spoken-digits: synthesizing " + clips.size() + " clips with espeak-ng into " + dir);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> done = new ArrayList<>();
            for (Clip clip : clips) {
                done.add(pool.submit(() -> synthesize(clip, dir, espeak)));
            }
            StringBuilder manifest = new StringBuilder("split\tlabel\tword\tvoice\tspeed\tpitch\tpeak_dbfs\tfile\n");
            for (int i = 0; i < done.size(); i++) {
                manifest.append(done.get(i).get());
                if ((i + 1) % 500 == 0) {
                    progress.accept("spoken-digits: " + (i + 1) + " / " + clips.size() + " clips");
                }
            }
            AtomicFiles.write(dir.resolve(MANIFEST), manifest.toString().getBytes(StandardCharsets.UTF_8));
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while synthesizing the corpus", e);
        } finally {
            pool.shutdownNow();
        }
        progress.accept(String.format(Locale.ROOT, "spoken-digits: done in %.1f s", (System.nanoTime() - start) / 1e9));
    }

    private static String synthesize(Clip clip, Path dir, Espeak espeak) throws IOException {
        Waveform speech = espeak.say(clip.word(), clip.voice(), clip.speed(), clip.pitch(), AMPLITUDE).at(SAMPLE_RATE);
        float[] sound = ClipWindow.trim(speech.samples());
        if (sound.length == 0) {
            throw new IOException("espeak-ng made silence for '" + clip.word() + "' in voice " + clip.voice());
        }
        float peak = 0;
        for (float s : sound) {
            peak = Math.max(peak, Math.abs(s));
        }
        float gain = (float) (Math.pow(10, clip.peakDbfs() / 20) / peak);
        for (int i = 0; i < sound.length; i++) {
            sound[i] *= gain;
        }
        Path file = clip.file(dir);
        Files.createDirectories(file.getParent());
        WavFiles.write(file, new Waveform(sound, SAMPLE_RATE));
        return String.format(Locale.ROOT, "%s\t%d\t%s\t%s\t%d\t%d\t%.3f\t%s%n", clip.heldOut() ? HELD_OUT : TRAIN,
                clip.label(), clip.word(), clip.voice(), clip.speed(), clip.pitch(), clip.peakDbfs(),
                dir.relativize(file));
    }
}
