package org.gan4j.core.joint;

import ai.djl.nn.Block;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.gan4j.core.condition.SampleTable;
import org.gan4j.core.eval.EvaluatorFiles;
import org.gan4j.core.eval.Hashes;

/**
 * Joint embeddings kept with the evaluators, in {@code <cache>/evaluators/<dataset>-<key>/}, where
 * the key hashes {@link JointEmbedding#VERSION}, the encoders, the settings and the content of the
 * training and held-out pairs. The first {@link #obtain} trains and saves one (parameters first,
 * card last, each atomically, through {@link EvaluatorFiles}); later ones load it after checking the
 * parameters against the card's SHA-256, and a damaged one is trained again.
 */
public final class JointEmbeddingCache {

    private final Path cacheDir;
    private final Consumer<String> progress;

    /**
     * The two encoders, built fresh for each training or load.
     *
     * @param description what they are, e.g. {@code image:dcgan + text:relgan} (part of the key)
     * @param a makes a's uninitialized encoder of the settings' encoder width
     * @param b makes b's
     */
    public record Encoders(String description, Supplier<Block> a, Supplier<Block> b) {}

    /**
     * @param cacheDir the data cache; embeddings go to its {@code evaluators} sub-folder
     * @param progress receives one-line messages
     */
    public JointEmbeddingCache(Path cacheDir, Consumer<String> progress) {
        this.cacheDir = cacheDir;
        this.progress = progress;
    }

    /**
     * Loads the joint embedding of these pairs and settings, first training and saving it when it is
     * missing or damaged.
     *
     * @param dataset the name to cache it under
     * @param encoders the two encoders
     * @param train the training pairs
     * @param heldOut the held-out pairs, for the card's R-precision
     * @param settings how to train it
     * @return the embedding with its card
     * @throws IOException if the cache cannot be read or written
     */
    public TrainedJointEmbedding obtain(String dataset, Encoders encoders, JointEmbedding.Pairs train,
            JointEmbedding.Pairs heldOut, JointEmbedding.Settings settings) throws IOException {
        String fingerprint = fingerprint(train.a(), train.b(), heldOut.a(), heldOut.b());
        Path directory = EvaluatorFiles.directory(cacheDir, dataset, EvaluatorFiles.key(JointEmbedding.VERSION,
                fingerprint, settings + " " + encoders.description()));
        Optional<TrainedJointEmbedding> cached = EvaluatorFiles.loadIfValid(directory,
                d -> load(d, encoders, train, settings), progress);
        if (cached.isPresent()) {
            return cached.get();
        }
        long start = System.nanoTime();
        JointEmbedding embedding = JointEmbedding.train(encoders.a().get(), encoders.b().get(), train, settings,
                progress);
        try {
            double wall = (System.nanoTime() - start) / 1e9;
            double rPrecision = RPrecision.ofPairs(embedding.embedA(heldOut.a()), embedding.embedB(heldOut.b()),
                    labels(heldOut.b()), settings.seed());
            byte[] parameters = embedding.parameters();
            JointEmbeddingCard card = new JointEmbeddingCard(JointEmbedding.VERSION, dataset, encoders.description(),
                    fingerprint, train.size(), heldOut.size(), rPrecision, settings.toString(), wall,
                    Hashes.sha256(parameters));
            EvaluatorFiles.save(directory, card, parameters);
            progress.accept("evaluator: saved " + card.describe() + " in " + directory);
            return new TrainedJointEmbedding(card, embedding);
        } catch (IOException | RuntimeException e) {
            embedding.close();
            throw e;
        }
    }

    private static TrainedJointEmbedding load(Path directory, Encoders encoders, JointEmbedding.Pairs shapes,
            JointEmbedding.Settings settings) throws IOException {
        JointEmbeddingCard card = EvaluatorFiles.readCard(directory, JointEmbeddingCard.class, JointEmbedding.VERSION);
        byte[] parameters = EvaluatorFiles.verifiedParameters(directory, card.sha256());
        return new TrainedJointEmbedding(card, JointEmbedding.fromParameters(encoders.a().get(), encoders.b().get(),
                shapes.a().sampleShape(), shapes.b().sampleShape(), settings, parameters,
                directory.resolve(EvaluatorFiles.PARAMETERS).toString()));
    }

    /**
     * @param table labelled samples
     * @return their classes
     */
    static int[] labels(SampleTable table) {
        return IntStream.range(0, table.size()).map(table::label).toArray();
    }

    /** The SHA-256 of the tables' shapes, sizes, labels and sample values, in order. */
    static String fingerprint(SampleTable... tables) {
        MessageDigest digest = Hashes.digest();
        for (SampleTable table : tables) {
            digest.update((table.size() + " " + table.sampleShape() + "\n").getBytes(StandardCharsets.UTF_8));
            int floats = (int) table.sampleShape().size();
            ByteBuffer row = ByteBuffer.allocate(Integer.BYTES + floats * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < table.size(); i++) {
                row.clear();
                row.putInt(table.label(i));
                table.copy(i, row.asFloatBuffer());
                digest.update(row.array());
            }
        }
        return Hashes.hex(digest.digest());
    }
}
