package org.gan4j.core.joint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gan4j.core.condition.SampleTable;
import org.gan4j.core.device.Devices;
import org.gan4j.core.eval.EvaluatorFiles;
import org.gan4j.core.nn.Mlp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A joint embedding trained for a few steps on two toy "modalities" (each a noisy class prototype
 * of its own width, so a pair shares only its class) pairs held-out samples far above chance, is
 * cached and reloaded, and serves as an R-precision check.
 */
class JointEmbeddingTest {

    private static final int CLASSES = 10;
    private static final JointEmbedding.Settings SETTINGS = new JointEmbedding.Settings(16, 8, 80, 32, 1e-2f, 0.1f, 3);
    private static final JointEmbeddingCache.Encoders ENCODERS =
            new JointEmbeddingCache.Encoders("mlp + mlp", () -> Mlp.of(32, 1, 16), () -> Mlp.of(32, 1, 16));

    @TempDir
    Path cache;

    /** Noisy prototypes: row i has class i mod 10. */
    private record ToyTable(float[][] rows) implements SampleTable {

        static ToyTable of(int size, int width, long prototypeSeed, long noiseSeed) {
            SplittableRandom prototypes = new SplittableRandom(prototypeSeed);
            float[][] centres = new float[CLASSES][width];
            for (float[] c : centres) {
                for (int j = 0; j < width; j++) {
                    c[j] = (float) prototypes.nextGaussian();
                }
            }
            SplittableRandom noise = new SplittableRandom(noiseSeed);
            float[][] rows = new float[size][width];
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < width; j++) {
                    rows[i][j] = centres[i % CLASSES][j] + 0.5f * (float) noise.nextGaussian();
                }
            }
            return new ToyTable(rows);
        }

        @Override
        public Shape sampleShape() {
            return new Shape(rows[0].length);
        }

        @Override
        public int size() {
            return rows.length;
        }

        @Override
        public int label(int index) {
            return index % CLASSES;
        }

        @Override
        public void copy(int index, FloatBuffer target) {
            target.put(rows[index]);
        }
    }

    private static JointEmbedding.Pairs pairs(int size, long noiseSeed) {
        return new JointEmbedding.Pairs(ToyTable.of(size, 6, 11, noiseSeed), ToyTable.of(size, 9, 12, noiseSeed + 1));
    }

    @Test
    void givenPairedToyDataWhenTrainedBrieflyThenHeldOutRPrecisionBeatsChanceAndTheCacheReloadsIt() throws IOException {
        JointEmbedding.Pairs train = pairs(320, 1);
        JointEmbedding.Pairs heldOut = pairs(200, 100);
        List<String> lines = new ArrayList<>();
        float[][] first;
        double rPrecision;
        try (TrainedJointEmbedding trained = new JointEmbeddingCache(cache, lines::add)
                .obtain("toy", ENCODERS, train, heldOut, SETTINGS)) {
            rPrecision = trained.card().heldOutRPrecision();
            assertTrue(rPrecision > 0.5, "held-out R-precision " + rPrecision + " against chance 0.01");
            assertEquals(rPrecision, RPrecision.ofPairs(trained.embedding().embedA(heldOut.a()),
                    trained.embedding().embedB(heldOut.b()), JointEmbeddingCache.labels(heldOut.b()), 3), 1e-12);
            first = trained.embedding().embedB(heldOut.b());
            // as a partner check: real held-out samples against their own partners, and shuffled ones
            RPrecisionCheck check = new RPrecisionCheck(trained.embedding(), heldOut.b(), 3);
            try (NDManager manager = Devices.newBaseManager()) {
                float[] flat = new float[200 * 6];
                FloatBuffer buffer = FloatBuffer.wrap(flat);
                for (int i = 0; i < 200; i++) {
                    heldOut.a().copy(i, buffer);
                }
                int[] own = java.util.stream.IntStream.range(0, 200).toArray();
                int[] shifted = java.util.stream.IntStream.range(0, 200).map(i -> (i + 1) % 200).toArray();
                double real = java.util.Arrays.stream(check.score(manager.create(flat, new Shape(200, 6)), own))
                        .average().orElseThrow();
                double wrong = java.util.Arrays.stream(check.score(manager.create(flat, new Shape(200, 6)), shifted))
                        .average().orElseThrow();
                assertEquals(rPrecision, real, 1e-6);
                assertTrue(wrong < 0.05, "partners of another class rank first for " + wrong);
            }
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("evaluator: saved joint embedding")), lines.toString());
        lines.clear();
        try (TrainedJointEmbedding loaded = new JointEmbeddingCache(cache, lines::add)
                .obtain("toy", ENCODERS, train, heldOut, SETTINGS)) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("evaluator: using joint embedding")), lines.toString());
            assertEquals(rPrecision, loaded.card().heldOutRPrecision(), 0);
            float[][] again = loaded.embedding().embedB(heldOut.b());
            for (int i = 0; i < first.length; i++) {
                assertArrayEquals(first[i], again[i], 0);
            }
        }
    }

    @Test
    void givenDamagedParametersWhenObtainingThenItIsTrainedAgain() throws IOException {
        JointEmbedding.Pairs train = pairs(64, 1);
        JointEmbedding.Pairs heldOut = pairs(120, 100);
        JointEmbedding.Settings quick = new JointEmbedding.Settings(16, 8, 2, 32, 1e-2f, 0.1f, 3);
        Path directory;
        try (TrainedJointEmbedding trained = new JointEmbeddingCache(cache, s -> {})
                .obtain("toy", ENCODERS, train, heldOut, quick)) {
            directory = Files.list(cache.resolve("evaluators")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(directory.resolve(EvaluatorFiles.PARAMETERS));
        bytes[bytes.length - 1] ^= 1;
        Files.write(directory.resolve(EvaluatorFiles.PARAMETERS), bytes);
        List<String> lines = new ArrayList<>();
        try (TrainedJointEmbedding again = new JointEmbeddingCache(cache, lines::add)
                .obtain("toy", ENCODERS, train, heldOut, quick)) {
            assertTrue(lines.stream().anyMatch(l -> l.contains("are damaged") && l.endsWith("training it again")),
                    lines.toString());
        }
    }

    @Test
    void givenBadInputWhenTrainingThenErrorsNameTheValues() {
        IllegalArgumentException sizes = assertThrows(IllegalArgumentException.class,
                () -> new JointEmbedding.Pairs(ToyTable.of(10, 6, 1, 1), ToyTable.of(12, 9, 1, 1)));
        assertTrue(sizes.getMessage().contains("10 a samples and 12 b samples"), sizes.getMessage());
        IllegalArgumentException width = assertThrows(IllegalArgumentException.class, () -> JointEmbedding.train(
                Mlp.of(8, 1, 5), Mlp.of(8, 1, 16), pairs(64, 1), SETTINGS, s -> {}));
        assertTrue(width.getMessage().contains("a encoder maps a sample of shape (6) to (1, 5)")
                && width.getMessage().contains("(B, 16)"), width.getMessage());
        IllegalArgumentException batch = assertThrows(IllegalArgumentException.class, () -> new JointEmbedding.Settings(
                16, 8, 10, 1, 1e-3f, 0.1f, 1));
        assertTrue(batch.getMessage().contains("batchSize of at least 2"), batch.getMessage());
        try (TrainedJointEmbedding trained = JointEmbeddingTest.quick()) {
            IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                    () -> trained.embedding().embedB(ToyTable.of(120, 6, 1, 1)));
            assertTrue(shape.getMessage().contains("shape (9) but is given samples of shape (6)"), shape.getMessage());
            IllegalArgumentException few = assertThrows(IllegalArgumentException.class,
                    () -> new RPrecisionCheck(trained.embedding(), ToyTable.of(100, 9, 1, 1), 1));
            assertTrue(few.getMessage().contains("only 90 of the 100 rows"), few.getMessage());
        }
    }

    @Test
    void givenSamplesThatMakeTheLossNanWhenTrainingThenItStopsNamingTheStepAndNothingIsCached() {
        ToyTable poisoned = ToyTable.of(64, 6, 11, 1);
        poisoned.rows()[0][0] = Float.NaN;
        JointEmbedding.Pairs pairs = new JointEmbedding.Pairs(poisoned, ToyTable.of(64, 9, 12, 2));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new JointEmbeddingCache(cache, s -> {})
                .obtain("toy", ENCODERS, pairs, pairs(120, 5), SETTINGS));
        assertTrue(e.getMessage().contains("InfoNCE loss became NaN at step 1 of 80"), e.getMessage());
        assertEquals(0, cache.toFile().list().length, "nothing cached");
    }

    @Test
    void givenTheSameSeedWhenTrainedAfterOtherRandomWorkThenTheEmbeddingIsTheSame() {
        JointEmbedding.Settings settings = new JointEmbedding.Settings(16, 8, 20, 32, 1e-2f, 0.1f, 3);
        byte[] first;
        try (JointEmbedding e = JointEmbedding.train(ENCODERS.a().get(), ENCODERS.b().get(), pairs(64, 1), settings,
                s -> {})) {
            first = e.parameters();
        }
        try (NDManager other = NDManager.newBaseManager()) {
            other.randomNormal(new Shape(1000)); // a training run's draws before the first evaluation
        }
        try (JointEmbedding e = JointEmbedding.train(ENCODERS.a().get(), ENCODERS.b().get(), pairs(64, 1), settings,
                s -> {})) {
            assertArrayEquals(first, e.parameters(), "the joint embedding depends only on its seed and data");
        }
    }

    private static TrainedJointEmbedding quick() {
        JointEmbedding.Settings quick = new JointEmbedding.Settings(16, 8, 1, 32, 1e-2f, 0.1f, 3);
        return new TrainedJointEmbedding(null, JointEmbedding.train(ENCODERS.a().get(), ENCODERS.b().get(),
                pairs(64, 1), quick, s -> {}));
    }
}
