package org.gan4j.image.eval;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.function.Consumer;
import org.gan4j.core.eval.CorruptEvaluatorException;
import org.gan4j.core.eval.EvaluatorFiles;
import org.gan4j.core.eval.Hashes;
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
    public static final String CARD = EvaluatorFiles.CARD;

    /** The parameter file's name. */
    public static final String PARAMETERS = EvaluatorFiles.PARAMETERS;

    private final Path cacheDir;
    private final Consumer<String> progress;

    /**
     * @param cacheDir the cache folder; evaluators go to its {@code evaluators} sub-folder
     * @param progress receives one-line messages
     */
    public EvaluatorCache(Path cacheDir, Consumer<String> progress) {
        this.cacheDir = cacheDir;
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
        String fingerprint = fingerprint(train, heldOut);
        Path directory = EvaluatorFiles.directory(cacheDir, dataset,
                EvaluatorFiles.key(ImageClassifier.ARCHITECTURE_VERSION, fingerprint, trainer.settings()));
        Optional<TrainedClassifier> cached = EvaluatorFiles.loadIfValid(directory, EvaluatorCache::load, progress);
        if (cached.isPresent()) {
            return cached.get();
        }
        ClassifierTraining training = trainer.train(train, heldOut, dataset);
        EvaluatorCard card = new EvaluatorCard(ImageClassifier.ARCHITECTURE_VERSION, dataset, fingerprint,
                train.classes(), train.channels(), train.height(), train.width(), training.trainImages(),
                training.heldOutImages(), training.heldOutAccuracy(), trainer.settings(), training.wallSeconds(),
                Hashes.sha256(training.parameters()));
        EvaluatorFiles.save(directory, card, training.parameters());
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
        EvaluatorCard card = EvaluatorFiles.readCard(directory, EvaluatorCard.class,
                ImageClassifier.ARCHITECTURE_VERSION);
        byte[] parameters = EvaluatorFiles.verifiedParameters(directory, card.sha256());
        return open(card, parameters, directory);
    }

    private static TrainedClassifier open(EvaluatorCard card, byte[] parameters, Path directory) throws IOException {
        return new TrainedClassifier(card, ImageClassifier.fromParameters(parameters, card.sampleShape(),
                card.classes().size(), directory.resolve(PARAMETERS).toString()));
    }

    /**
     * @param parts labelled images
     * @return the SHA-256 of their shapes, class names, labels and pixels, in order
     */
    static String fingerprint(ImageData... parts) {
        MessageDigest digest = Hashes.digest();
        for (ImageData part : parts) {
            digest.update((part.size() + " " + part.sampleShape() + " " + part.classes() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            ByteBuffer image = ByteBuffer.allocate(Integer.BYTES + (int) part.sampleShape().size() * Float.BYTES);
            for (int i = 0; i < part.size(); i++) {
                image.clear();
                image.putInt(part.label(i));
                image.asFloatBuffer().put(part.image(i));
                digest.update(image.array());
            }
        }
        return Hashes.hex(digest.digest());
    }
}
