package org.gan4j.core.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private EvaluatorFiles() {}

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
     * @param card the card's bytes (recording the parameters' SHA-256)
     * @param parameters the parameter file's bytes
     * @throws IOException if writing fails
     */
    public static void save(Path directory, byte[] card, byte[] parameters) throws IOException {
        AtomicFiles.write(directory.resolve(PARAMETERS), parameters);
        AtomicFiles.write(directory.resolve(CARD), card);
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
