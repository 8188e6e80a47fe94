package org.gan4j.audio.eval;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.function.Consumer;
import org.gan4j.audio.data.AudioClips;
import org.gan4j.core.eval.CachedClassifier;
import org.gan4j.core.eval.CorruptEvaluatorException;
import org.gan4j.core.eval.EvaluatorFiles;
import org.gan4j.core.eval.Hashes;

/**
 * Trained audio evaluators in {@code <cache>/evaluators/<dataset>-<key>/} (see {@link
 * EvaluatorFiles}), the key hashing the {@link AudioClassifier#ARCHITECTURE_VERSION}, the training
 * settings and the content of the training and held-out clips. A damaged or incomplete one is
 * trained again.
 */
public final class AudioEvaluatorCache {

    private final Path cacheDir;
    private final Consumer<String> progress;

    /**
     * @param cacheDir the data cache
     * @param progress receives one-line messages
     */
    public AudioEvaluatorCache(Path cacheDir, Consumer<String> progress) {
        this.cacheDir = cacheDir;
        this.progress = progress;
    }

    /**
     * Loads the evaluator for these clips and settings, first training and saving it when missing or damaged.
     *
     * @param dataset the data source's name
     * @param train the labelled training clips
     * @param heldOut the labelled held-out clips
     * @param trainer trains the classifier when needed
     * @return the card and the classifier (the caller closes it)
     * @throws IOException if the cache cannot be written
     */
    public Loaded obtain(String dataset, AudioClips train, AudioClips heldOut, AudioClassifierTrainer trainer)
            throws IOException {
        String fingerprint = fingerprint(train, heldOut);
        Path directory = EvaluatorFiles.directory(cacheDir, dataset,
                EvaluatorFiles.key(AudioClassifier.ARCHITECTURE_VERSION, fingerprint, trainer.settings()));
        Optional<Loaded> cached = EvaluatorFiles.loadIfValid(directory, AudioEvaluatorCache::load, progress);
        if (cached.isPresent()) {
            return cached.get();
        }
        AudioClassifierTrainer.Result result = trainer.train(train, heldOut, dataset);
        AudioEvaluatorCard card = new AudioEvaluatorCard(AudioClassifier.ARCHITECTURE_VERSION, dataset, fingerprint,
                train.classes(), train.window(), train.sampleRate(), train.size(), heldOut.size(),
                result.heldOutAccuracy(), trainer.settings(), result.wallSeconds(), Hashes.sha256(result.parameters()));
        EvaluatorFiles.save(directory, card, result.parameters());
        progress.accept("evaluator: saved " + card.describe() + " in " + directory);
        return new Loaded(card, AudioClassifier.fromParameters(result.parameters(), card.window(),
                card.classes().size(), directory.toString()));
    }

    /**
     * Loads a saved evaluator, checking its parameters against the card's hash.
     *
     * @param directory an evaluator directory
     * @return the card and classifier
     * @throws CorruptEvaluatorException if a file is missing, unreadable, damaged or for another version
     * @throws IOException if the files cannot be read
     */
    public static Loaded load(Path directory) throws IOException {
        AudioEvaluatorCard card = EvaluatorFiles.readCard(directory, AudioEvaluatorCard.class,
                AudioClassifier.ARCHITECTURE_VERSION);
        byte[] parameters = EvaluatorFiles.verifiedParameters(directory, card.sha256());
        return new Loaded(card, AudioClassifier.fromParameters(parameters, card.window(), card.classes().size(),
                directory.toString()));
    }

    /** @return the SHA-256 of the clips' sizes, classes, labels and samples */
    static String fingerprint(AudioClips... parts) {
        MessageDigest digest = Hashes.digest();
        for (AudioClips part : parts) {
            digest.update((part.size() + " " + part.window() + " " + part.sampleRate() + " " + part.classes() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            ByteBuffer bytes = ByteBuffer.allocate(part.size() * Integer.BYTES);
            bytes.asIntBuffer().put(part.labels());
            digest.update(bytes.array());
            ByteBuffer samples = ByteBuffer.allocate(part.window() * Float.BYTES);
            for (int i = 0; i < part.size(); i++) {
                samples.clear();
                samples.asFloatBuffer().put(part.clip(i));
                digest.update(samples.array());
            }
        }
        return Hashes.hex(digest.digest());
    }

    /**
     * A cached evaluator.
     *
     * @param card its provenance
     * @param classifier the classifier, for inference
     */
    public record Loaded(AudioEvaluatorCard card, AudioClassifier classifier)
            implements CachedClassifier<AudioEvaluatorCard> {
        @Override
        public void close() {
            classifier.close();
        }
    }
}
