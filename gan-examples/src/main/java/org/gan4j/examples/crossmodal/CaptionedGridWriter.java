package org.gan4j.examples.crossmodal;

import ai.djl.ndarray.NDArray;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.gan4j.core.checkpoint.AtomicFiles;
import org.gan4j.core.spi.SampleWriter;
import org.gan4j.image.samples.ImageGridWriter;

/**
 * Writes generated images as a square PNG grid ({@link ImageGridWriter}) and, next to it, {@code
 * STEM-captions.txt}: for each cell (row-major) the source sample whose embedding conditioned it
 * (a caption, or a spoken digit's clip). The
 * trainer draws the sample conditions from the training source's batch 0; a condition not found
 * there is written as such.
 */
final class CaptionedGridWriter implements SampleWriter {

    private final ImageGridWriter grid = new ImageGridWriter();
    private final Supplier<Optional<CrossModalSource>> training;

    /** @param training the training source the conditions were drawn from */
    CaptionedGridWriter(Supplier<Optional<CrossModalSource>> training) {
        this.training = training;
    }

    @Override
    public List<Path> write(NDArray samples, NDArray conditions, Path directory, String stem) throws IOException {
        List<Path> files = new ArrayList<>(grid.write(samples, conditions, directory, stem));
        if (conditions != null && training.get().isPresent()) {
            Path captions = directory.resolve(stem + "-captions.txt");
            AtomicFiles.write(captions, captions(conditions, training.get().get()).getBytes(StandardCharsets.UTF_8));
            files.add(captions);
        }
        return files;
    }

    private static String captions(NDArray conditions, CrossModalSource source) {
        int[] rows = ConditionRows.of(conditions, source.pairs());
        int side = (int) Math.ceil(Math.sqrt(rows.length));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < rows.length; i++) {
            out.append(i / side).append(',').append(i % side).append('\t')
                    .append(ConditionRows.name(rows[i], source)).append('\n');
        }
        return out.toString();
    }
}
