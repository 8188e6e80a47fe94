package org.gan4j.image.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.gan4j.core.checkpoint.AtomicFiles;
import org.gan4j.image.data.ImageData;

/**
 * Trained evaluators kept in {@code <cache>/evaluators/<dataset>-<key>/}, where the key hashes the
 * {@link ImageClassifier#ARCHITECTURE_VERSION}, the training settings and the content of the
 * training and held-out images. A directory holds the classifier's parameters ({@value #PARAMETERS})
 * and its {@link EvaluatorCard} ({@value #CARD}), which records the parameters' SHA-256. Each file is
 * written atomically and the card last, and loading checks the hash, so a crash never leaves a half
 * evaluator that looks valid; {@link #obtain} retrains a damaged one.
 */
public final class EvaluatorCache {

    /** The card's file name. */
    public static final String CARD = "evaluator.json";

    /** The parameter file's name. */
    public static final String PARAMETERS = "classifier.params";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path root;
    private final Consumer<String> progress;

    /**
     * @param cacheDir the cache folder; evaluators go to its {@code evaluators} sub-folder
     * @param progress receives one-line messages
     */
    public EvaluatorCache(Path cacheDir, Consumer<String> progress) {
        this.root = cacheDir.resolve("evaluators");
        this.progress = progress;
    }

    /**
     * Loads the evaluator for these data and settings, first training and saving it when it is
     * missing or damaged.
     *
     * @param dataset the data source's name, e.g. {@code mnist}
     * @param train the labelled training images
     * @param heldOut the labelled held-out images
     * @param trainer trains the classifier when needed
     * @return the evaluator's classifier with its card
     * @throws IOException if the cache cannot be written
     */
    public TrainedClassifier obtain(String dataset, ImageData train, ImageData heldOut, ClassifierTrainer trainer)
            throws IOException {
        String fingerprint = Hashes.fingerprint(train, heldOut);
        Path directory = root.resolve(dataset.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + key(fingerprint, trainer));
        if (Files.exists(directory.resolve(CARD))) {
            try {
                TrainedClassifier cached = load(directory);
                progress.accept("evaluator: using " + cached.card().describe() + " from " + directory);
                return cached;
            } catch (CorruptEvaluatorException e) {
                progress.accept("evaluator: " + e.getMessage() + "; training it again");
            }
        }
        ClassifierTraining training = trainer.train(train, heldOut, dataset);
        EvaluatorCard card = new EvaluatorCard(ImageClassifier.ARCHITECTURE_VERSION, dataset, fingerprint,
                train.classes(), train.channels(), train.height(), train.width(), training.trainImages(),
                training.heldOutImages(), training.heldOutAccuracy(), trainer.settings(), training.wallSeconds(),
                Hashes.sha256(training.parameters()));
        save(directory, card, training.parameters());
        progress.accept("evaluator: saved " + card.describe() + " in " + directory);
        return open(card, training.parameters(), directory);
    }

    /**
     * Loads a saved evaluator and checks its parameters against the hash on its card.
     *
     * @param directory an evaluator directory
     * @return the classifier with its card
     * @throws CorruptEvaluatorException if the card is missing or unreadable, the parameters are
     *     missing or do not match the card's SHA-256, or the card is for another architecture version
     * @throws IOException if the files cannot be read
     */
    public static TrainedClassifier load(Path directory) throws IOException {
        Path cardFile = directory.resolve(CARD);
        Path parameterFile = directory.resolve(PARAMETERS);
        if (!Files.isRegularFile(cardFile) || !Files.isRegularFile(parameterFile)) {
            throw new CorruptEvaluatorException("the evaluator in " + directory + " is incomplete: it needs both "
                    + CARD + " and " + PARAMETERS);
        }
        EvaluatorCard card;
        try {
            card = JSON.readValue(cardFile.toFile(), EvaluatorCard.class);
        } catch (JacksonException e) {
            throw new CorruptEvaluatorException("the evaluator card " + cardFile + " is unreadable: "
                    + e.getOriginalMessage(), e);
        }
        if (card.architectureVersion() != ImageClassifier.ARCHITECTURE_VERSION) {
            throw new CorruptEvaluatorException("the evaluator in " + directory + " is for classifier architecture "
                    + card.architectureVersion() + ", this gan4j has " + ImageClassifier.ARCHITECTURE_VERSION);
        }
        byte[] parameters = Files.readAllBytes(parameterFile);
        String actual = Hashes.sha256(parameters);
        if (!actual.equals(card.sha256())) {
            throw new CorruptEvaluatorException("the evaluator parameters " + parameterFile + " are damaged: their "
                    + "SHA-256 " + Hashes.shorten(actual) + "… differs from " + Hashes.shorten(card.sha256())
                    + "… recorded in " + CARD);
        }
        return open(card, parameters, directory);
    }

    /** @return a short hash of everything the trained classifier depends on */
    private static String key(String dataFingerprint, ClassifierTrainer trainer) {
        return Hashes.shorten(Hashes.sha256("architecture " + ImageClassifier.ARCHITECTURE_VERSION + "\ndata "
                + dataFingerprint + "\ntraining " + trainer.settings()));
    }

    private static void save(Path directory, EvaluatorCard card, byte[] parameters) throws IOException {
        AtomicFiles.write(directory.resolve(PARAMETERS), parameters);
        AtomicFiles.write(directory.resolve(CARD), JSON.writeValueAsBytes(card));
    }

    private static TrainedClassifier open(EvaluatorCard card, byte[] parameters, Path directory) throws IOException {
        return new TrainedClassifier(card, ImageClassifier.fromParameters(parameters, card.sampleShape(),
                card.classes().size(), directory.resolve(PARAMETERS).toString()));
    }
}
