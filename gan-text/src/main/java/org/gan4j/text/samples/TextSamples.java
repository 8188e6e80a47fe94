package org.gan4j.text.samples;

import ai.djl.ndarray.NDArray;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.gan4j.core.checkpoint.AtomicFiles;
import org.gan4j.core.export.SampleDecoder;
import org.gan4j.text.data.TextDataSource;
import org.gan4j.text.data.Tokenization;
import org.gan4j.text.data.Vocabulary;

/**
 * Text samples of an exported generator: the files that decode them ({@value #VOCABULARY}, {@value
 * #TOKENIZATION}) and the decoder from a one-hot or soft sequence (length, vocabulary) to a string.
 */
public final class TextSamples {

    /** The vocabulary file of an export (absent for oracle data, whose token ids are the text). */
    public static final String VOCABULARY = "vocabulary.txt";
    /** The file naming how tokens are joined ({@code WORDS} or {@code CHARACTERS}). */
    public static final String TOKENIZATION = "tokenization.txt";

    private TextSamples() {}

    /**
     * Writes the decoding files of a run's training data into an export directory.
     *
     * @param source the training split
     * @param directory the export directory
     * @throws IOException if writing fails
     */
    public static void writeResources(TextDataSource source, Path directory) throws IOException {
        if (source.vocabulary() != null) {
            source.vocabulary().write(directory.resolve(VOCABULARY));
            AtomicFiles.write(directory.resolve(TOKENIZATION), source.tokenization().name().getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * A decoder for an exported text generator: the most likely token at each position, decoded with
     * the export's vocabulary and joined by its tokenization; token ids separated by spaces when the
     * export has no vocabulary (oracle data).
     *
     * @param directory the export directory
     * @return the decoder
     * @throws IOException if a decoding file is unreadable
     */
    public static SampleDecoder<String> decoder(Path directory) throws IOException {
        Path vocabularyFile = directory.resolve(VOCABULARY);
        if (!Files.exists(vocabularyFile)) {
            return sample -> Arrays.stream(tokens(sample)).mapToObj(Integer::toString).collect(Collectors.joining(" "));
        }
        Vocabulary vocabulary = Vocabulary.read(vocabularyFile);
        Tokenization tokenization = Tokenization.valueOf(Files.readString(directory.resolve(TOKENIZATION)).strip());
        return sample -> tokenization.join(vocabulary.decode(tokens(sample)));
    }

    private static int[] tokens(NDArray sample) {
        try (NDArray ids = sample.argMax(-1)) {
            return Arrays.stream(ids.toLongArray()).mapToInt(Math::toIntExact).toArray();
        }
    }
}
