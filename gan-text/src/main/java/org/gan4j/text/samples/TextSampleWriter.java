package org.gan4j.text.samples;

import ai.djl.ndarray.NDArray;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.gan4j.core.checkpoint.AtomicFiles;
import org.gan4j.core.spi.SampleWriter;
import org.gan4j.text.data.TextDataSource;
import org.gan4j.text.data.TokenSequences;
import org.gan4j.text.data.Vocabulary;

/**
 * Writes generated sequences as a text file, one sample per line ({@code stem.txt}): decoded
 * sentences for real text, token ids for oracle data. The first write also saves the vocabulary
 * ({@code vocabulary.txt}) next to the samples; later writes (a resumed run) check that the data
 * still has that vocabulary, so samples of one run never mix two vocabularies.
 */
public final class TextSampleWriter implements SampleWriter {

    /** The vocabulary file written next to the samples. */
    public static final String VOCABULARY_FILE = "vocabulary.txt";

    private final Supplier<TextDataSource> data;

    /** @param data the training split the samples imitate (its vocabulary decodes them) */
    public TextSampleWriter(Supplier<TextDataSource> data) {
        this.data = data;
    }

    @Override
    public List<Path> write(NDArray samples, NDArray conditions, Path directory, String stem) throws IOException {
        TextDataSource source = data.get();
        if (source == null) {
            throw new IllegalStateException("text samples are decoded with the training data's vocabulary; open it first");
        }
        Vocabulary vocabulary = source.vocabulary();
        if (vocabulary != null) {
            Path vocabularyFile = directory.resolve(VOCABULARY_FILE);
            if (Files.exists(vocabularyFile)) {
                vocabulary.requireSame(Vocabulary.read(vocabularyFile), vocabularyFile);
            } else {
                vocabulary.write(vocabularyFile);
            }
        }
        StringBuilder text = new StringBuilder();
        for (int[] row : TokenSequences.rowsOf(samples.argMax(-1))) {
            text.append(source.decode(row)).append('\n');
        }
        Path file = directory.resolve(stem + ".txt");
        AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        return List.of(file);
    }
}
