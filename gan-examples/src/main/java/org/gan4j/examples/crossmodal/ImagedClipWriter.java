package org.gan4j.examples.crossmodal;

import ai.djl.ndarray.NDArray;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.gan4j.audio.samples.AudioSampleWriter;
import org.gan4j.core.checkpoint.AtomicFiles;
import org.gan4j.core.data.FloatBatchBuffer;
import org.gan4j.core.spi.SampleWriter;
import org.gan4j.image.samples.ImageGridWriter;

/**
 * Writes spoken digits drawn from images: gan-audio's {@link AudioSampleWriter} files ({@code
 * STEM-NNN.wav}, one per sample, and {@code STEM.png}, their spectrograms), then {@code
 * STEM-sources.png}, the source images as a near-square grid ({@link ImageGridWriter}; sample i in
 * cell i, row-major), and {@code STEM-sources.txt}, one line per sample: {@code
 * STEM-NNN.wav<TAB>row,col<TAB>the source image} (e.g. {@code training image 123 (class 7)}). A
 * condition that is not a training image's embedding gets a black cell and is named as such.
 */
final class ImagedClipWriter implements SampleWriter {

    private final AudioSampleWriter clips = new AudioSampleWriter();
    private final ImageGridWriter grid = new ImageGridWriter();
    private final FloatBatchBuffer buffer = new FloatBatchBuffer();
    private final Supplier<Optional<CrossModalSource>> training;

    /** @param training the training source the conditions were drawn from */
    ImagedClipWriter(Supplier<Optional<CrossModalSource>> training) {
        this.training = training;
    }

    @Override
    public List<Path> write(NDArray samples, NDArray conditions, Path directory, String stem) throws IOException {
        List<Path> files = new ArrayList<>(clips.write(samples, null, directory, stem));
        if (conditions == null || training.get().isEmpty()) {
            return files;
        }
        CrossModalSource source = training.get().get();
        int[] rows = ConditionRows.of(conditions, source.pairs());
        NDArray images = ConditionRows.images(rows, source.part().images(), buffer, samples.getManager());
        files.addAll(grid.write(images, null, directory, stem + "-sources"));
        int side = (int) Math.ceil(Math.sqrt(rows.length));
        StringBuilder index = new StringBuilder();
        for (int i = 0; i < rows.length; i++) {
            index.append(String.format("%s-%03d.wav", stem, i)).append('\t').append(i / side).append(',')
                    .append(i % side).append('\t').append(ConditionRows.name(rows[i], source)).append('\n');
        }
        Path file = directory.resolve(stem + "-sources.txt");
        AtomicFiles.write(file, index.toString().getBytes(StandardCharsets.UTF_8));
        files.add(file);
        return files;
    }
}
