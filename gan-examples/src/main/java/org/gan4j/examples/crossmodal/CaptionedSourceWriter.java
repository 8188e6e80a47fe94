package org.gan4j.examples.crossmodal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.gan4j.core.checkpoint.AtomicFiles;
import org.gan4j.core.condition.PairedEmbeddingSource;
import org.gan4j.core.data.FloatBatchBuffer;
import org.gan4j.core.spi.DataRequest;
import org.gan4j.core.spi.SampleWriter;
import org.gan4j.image.data.ImageData;
import org.gan4j.image.samples.ImageGridWriter;
import org.gan4j.text.data.Vocabulary;

/**
 * Image→text samples: {@code STEM.png}, a square grid of the source images whose embeddings
 * conditioned the captions ({@link ImageGridWriter}; a blank cell for a condition not among the
 * training pairs), and {@code STEM-captions.txt}, one line per cell (row-major) {@code
 * row,col<TAB>generated caption}. The trainer draws the sample conditions from the training
 * source's batch 0.
 */
final class CaptionedSourceWriter implements SampleWriter {

    private final Supplier<Optional<CrossModalSource>> training;

    /** @param training the training source the conditions were drawn from */
    CaptionedSourceWriter(Supplier<Optional<CrossModalSource>> training) {
        this.training = training;
    }

    @Override
    public List<Path> write(NDArray samples, NDArray conditions, Path directory, String stem) throws IOException {
        CrossModalSource source = training.get().orElseThrow(() -> new IllegalStateException(
                "image→text samples need the training source that drew their conditions; none was opened"));
        return write(samples, conditions, directory, stem, source.pairs(), source.part().images(),
                source.digits().captionTargets(DataRequest.Split.TRAIN).vocabulary());
    }

    /**
     * @param samples generated captions (B, length, vocabulary)
     * @param conditions the embeddings they were generated from (B, dim)
     * @param directory where to write
     * @param stem the file name stem
     * @param drawn the paired source whose batch 0 drew the conditions
     * @param images the source images (embedding row r is image r)
     * @param vocabulary the caption vocabulary
     * @return the PNG grid and the caption file
     * @throws IOException if writing fails
     */
    static List<Path> write(NDArray samples, NDArray conditions, Path directory, String stem, PairedEmbeddingSource drawn,
            ImageData images, Vocabulary vocabulary) throws IOException {
        if (conditions == null) {
            throw new IllegalArgumentException("image→text samples need their conditions to find the source images");
        }
        int count = (int) samples.getShape().get(0);
        int[] rows = ConditionRows.of(conditions, drawn);
        GeneratedCaptions captions = new GeneratedCaptions(vocabulary);
        List<int[]> tokens = captions.tokens(samples);
        int side = (int) Math.ceil(Math.sqrt(count));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i / side).append(',').append(i % side).append('\t').append(captions.text(tokens.get(i)))
                    .append(rows[i] != ConditionRows.NONE ? "" : "\t(from a condition not among the training pairs)").append('\n');
        }
        List<Path> files;
        try (NDManager scope = samples.getManager().newSubManager()) {
            files = new ArrayList<>(new ImageGridWriter().write(
                    ConditionRows.images(rows, images, new FloatBatchBuffer(), scope), null, directory, stem));
        }
        Path file = directory.resolve(stem + "-captions.txt");
        AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        files.add(file);
        return files;
    }
}
