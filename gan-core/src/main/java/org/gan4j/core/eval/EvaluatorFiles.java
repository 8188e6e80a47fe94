package org.gan4j.core.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.gan4j.core.checkpoint.AtomicFiles;

/**
 * The files of a cached evaluator, {@code <cache>/evaluators/<dataset>-<key>/}: the classifier's
 * parameters ({@value #PARAMETERS}) and its card ({@value #CARD}), which records their SHA-256. The
 * parameters are written first and the card last, each atomically, so a crash never leaves a
 * directory that looks complete; reading checks the parameters against the card's hash.
 */
public final class EvaluatorFiles {

    /** The card's file name. */
    public static final String CARD = "evaluator.json";

    /** The parameter file's name. */
    public static final String PARAMETERS = "classifier.params";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EvaluatorFiles() {}

    /** Reads a saved evaluator from its directory. */
    @FunctionalInterface
    public interface Loader<L> {
        /**
         * @param directory an evaluator directory
         * @return the evaluator
         * @throws IOException if the files cannot be read, or {@link CorruptEvaluatorException}
         */
        L load(Path directory) throws IOException;
    }

    /**
     * @param architectureVersion the classifier's architecture version
     * @param dataFingerprint the SHA-256 of the training and held-out data
     * @param training the training settings, by their {@code toString}
     * @return a short hash of everything the trained classifier depends on
     */
    public static String key(int architectureVersion, String dataFingerprint, Object training) {
        return Hashes.shorten(Hashes.sha256("architecture " + architectureVersion + "\ndata " + dataFingerprint
                + "\ntraining " + training));
    }

    /**
     * @param cacheDir the data cache
     * @param dataset the data source's name
     * @param key a short hash of everything the classifier depends on
     * @return the evaluator's directory
     */
    public static Path directory(Path cacheDir, String dataset, String key) {
        return cacheDir.resolve("evaluators").resolve(dataset.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + key);
    }

    /**
     * Writes the parameters, then the card.
     *
     * @param directory the evaluator's directory
     * @param card the card, written as JSON (recording the parameters' SHA-256)
     * @param parameters the parameter file's bytes
     * @throws IOException if writing fails
     */
    public static void save(Path directory, ClassifierCard card, byte[] parameters) throws IOException {
        byte[] cardBytes = JSON.writeValueAsBytes(card);
        AtomicFiles.write(directory.resolve(PARAMETERS), parameters);
        AtomicFiles.write(directory.resolve(CARD), cardBytes);
    }

    /**
     * Loads the evaluator in {@code directory} if it has a card, reporting a damaged one.
     *
     * @param directory the evaluator's directory
     * @param loader reads it
     * @param progress receives one-line messages
     * @return the evaluator, or empty when it is missing or damaged and must be trained again
     * @throws IOException if the files cannot be read
     */
    public static <C extends ClassifierCard, L extends CachedClassifier<C>> Optional<L> loadIfValid(Path directory,
            Loader<L> loader, Consumer<String> progress) throws IOException {
        if (Files.exists(directory.resolve(CARD))) {
            try {
                L cached = loader.load(directory);
                progress.accept("evaluator: using " + cached.card().describe() + " from " + directory);
                return Optional.of(cached);
            } catch (CorruptEvaluatorException e) {
                progress.accept("evaluator: " + e.getMessage() + "; training it again");
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a complete evaluator's card and checks its architecture version.
     *
     * @param directory an evaluator directory
     * @param type the card's record class
     * @param architectureVersion the version this gan4j builds
     * @return the card
     * @throws CorruptEvaluatorException if a file is missing, the card is unreadable or for another version
     * @throws IOException if the card cannot be read
     */
    public static <C extends ClassifierCard> C readCard(Path directory, Class<C> type, int architectureVersion)
            throws IOException {
        requireComplete(directory);
        Path cardFile = directory.resolve(CARD);
        C card;
        try {
            card = JSON.readValue(cardFile.toFile(), type);
        } catch (JacksonException e) {
            throw new CorruptEvaluatorException("the evaluator card " + cardFile + " is unreadable: "
                    + e.getOriginalMessage(), e);
        }
        if (card.architectureVersion() != architectureVersion) {
            throw new CorruptEvaluatorException("the evaluator in " + directory + " is for classifier architecture "
                    + card.architectureVersion() + ", this gan4j has " + architectureVersion);
        }
        return card;
    }

    /**
     * @param directory an evaluator directory
     * @throws CorruptEvaluatorException if the card or the parameters are missing
     */
    public static void requireComplete(Path directory) throws CorruptEvaluatorException {
        if (!Files.isRegularFile(directory.resolve(CARD)) || !Files.isRegularFile(directory.resolve(PARAMETERS))) {
            throw new CorruptEvaluatorException("the evaluator in " + directory + " is incomplete: it needs both "
                    + CARD + " and " + PARAMETERS);
        }
    }

    /**
     * Reads the parameters and checks them against the card's hash.
     *
     * @param directory an evaluator directory
     * @param sha256 the SHA-256 recorded on the card
     * @return the parameter file's bytes
     * @throws CorruptEvaluatorException if they do not match the hash
     * @throws IOException if the file cannot be read
     */
    public static byte[] verifiedParameters(Path directory, String sha256) throws IOException {
        Path parameterFile = directory.resolve(PARAMETERS);
        byte[] parameters = Files.readAllBytes(parameterFile);
        String actual = Hashes.sha256(parameters);
        if (!actual.equals(sha256)) {
            throw new CorruptEvaluatorException("the evaluator parameters " + parameterFile + " are damaged: their "
                    + "SHA-256 " + Hashes.shorten(actual) + "… differs from " + Hashes.shorten(sha256)
                    + "… recorded in " + CARD);
        }
        return parameters;
    }
}
