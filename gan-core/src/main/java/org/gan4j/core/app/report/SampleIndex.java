package org.gan4j.core.app.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sample files of a run by training step. Sample writers name their files
 * {@code step-NNNNNNNN.ext} or {@code step-NNNNNNNN-suffix.ext}; the report shows PNG images, WAV
 * clips and text files, and ignores other kinds (e.g. CSV) and files without a step.
 *
 * @param steps step → the files written at that step, sorted by name
 */
public record SampleIndex(TreeMap<Long, StepSamples> steps) {

    private static final Pattern NAME = Pattern.compile("step-(\\d{8,})([-.].*)?");

    /**
     * The sample files of one step, by kind.
     *
     * @param step the step
     * @param images PNG files
     * @param audio WAV files
     * @param texts text files
     */
    public record StepSamples(long step, List<Path> images, List<Path> audio, List<Path> texts) {}

    /**
     * Scans a samples directory.
     *
     * @param directory the directory; absent means no samples
     * @return the index
     * @throws IOException if the directory cannot be listed
     */
    public static SampleIndex scan(Path directory) throws IOException {
        TreeMap<Long, StepSamples> steps = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return new SampleIndex(steps);
        }
        List<Path> files;
        try (var list = Files.list(directory)) {
            files = list.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                continue;
            }
            StepSamples s = steps.computeIfAbsent(Long.parseLong(m.group(1)),
                    step -> new StepSamples(step, new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".png")) {
                s.images().add(file);
            } else if (lower.endsWith(".wav")) {
                s.audio().add(file);
            } else if (lower.endsWith(".txt")) {
                s.texts().add(file);
            }
        }
        steps.values().removeIf(s -> s.images().isEmpty() && s.audio().isEmpty() && s.texts().isEmpty());
        return new SampleIndex(steps);
    }

    /**
     * Picks at most {@code max} steps spread evenly over the run, always including the first and the
     * last.
     *
     * @param max how many steps to keep, ≥ 1
     * @return the chosen steps' samples, oldest first
     */
    public List<StepSamples> spread(int max) {
        List<StepSamples> all = new ArrayList<>(steps.values());
        return Spread.evenly(all, max);
    }
}
