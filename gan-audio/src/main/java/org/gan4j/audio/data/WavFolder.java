package org.gan4j.audio.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.gan4j.audio.signal.WavFiles;
import org.gan4j.audio.signal.Waveform;

/**
 * Loads a folder of labelled WAV files: one sub-folder per class, each holding {@code .wav} files
 * (any case). Labels are the sub-folder names in sorted order; files are read in sorted order;
 * hidden entries and other files are skipped. Every file is read as mono (see {@link WavFiles}),
 * resampled to the wanted rate, trimmed and centred in the window (see {@link ClipWindow}).
 */
public final class WavFolder {

    private WavFolder() {}

    /**
     * @param root the folder with one sub-folder per class
     * @param window the clip length in samples
     * @param sampleRate the rate to resample to
     * @return the clips
     * @throws IOException if the folder has no classes, a class has no WAV files, or a file is not
     *     readable audio or too long for the window; the message names the file and the fix
     */
    public static AudioClips load(Path root, int window, int sampleRate) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException(root + " is not a folder: a WAV folder needs one sub-folder of .wav files per class");
        }
        List<Path> classFolders = list(root, Files::isDirectory);
        if (classFolders.isEmpty()) {
            throw new IOException(root + " has no class sub-folders: put each class's .wav files in their own"
                    + " folder, e.g. " + root.resolve("seven").resolve("0001.wav"));
        }
        List<String> classes = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Path folder : classFolders) {
            List<Path> wavs = list(folder, WavFolder::isWav);
            if (wavs.isEmpty()) {
                throw new IOException(folder + " holds no .wav files; every class sub-folder of " + root
                        + " needs at least one (remove the folder or add files)");
            }
            for (Path wav : wavs) {
                files.add(wav);
                labels.add(classes.size());
            }
            classes.add(folder.getFileName().toString());
        }
        float[] samples = new float[Math.multiplyExact(files.size(), window)];
        for (int i = 0; i < files.size(); i++) {
            Waveform waveform = WavFiles.read(files.get(i)).at(sampleRate);
            float[] clip = ClipWindow.fit(waveform.samples(), window, files.get(i).toString());
            System.arraycopy(clip, 0, samples, i * window, window);
        }
        return new AudioClips(samples, labels.stream().mapToInt(Integer::intValue).toArray(), classes, window,
                sampleRate);
    }

    private static boolean isWav(Path file) {
        return Files.isRegularFile(file) && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".wav");
    }

    private static List<Path> list(Path folder, Predicate<Path> keep) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".")).filter(keep).sorted().toList();
        }
    }
}
