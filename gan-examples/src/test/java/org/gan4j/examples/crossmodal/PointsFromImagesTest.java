package org.gan4j.examples.crossmodal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.gan4j.core.condition.PairedEmbeddingSource;
import org.gan4j.core.condition.PairedEmbeddings;
import org.gan4j.core.condition.PairingOptions;
import org.gan4j.core.condition.PretrainedEncoder;
import org.gan4j.core.condition.SampleTable;
import org.gan4j.core.loss.Losses;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.model.LatentPrior;
import org.gan4j.core.options.Options;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.core.spi.ModelRequest;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.TrainerSettings;
import org.junit.jupiter.api.Test;

/**
 * A fifth direction with no gan-core change: 2-D points (the toy modality) generated from image
 * embeddings. Class k of synthetic 28×28 images (a bright block in quadrant k) is paired with mode k
 * of a four-mode mixture; gan-image's DCGAN encoder is pretrained on the images and frozen, and the
 * points MLP, through the {@code conditional} architecture, must put its points in the mode of the
 * image's class.
 */
class PointsFromImagesTest {

    private static final int CLASSES = 4;
    private static final double RADIUS = 2;

    /** Draws one sample of a class into the buffer, from a random source seeded per sample. */
    private interface Drawer {
        void draw(int label, SplittableRandom random, FloatBuffer target);
    }

    /** Labelled synthetic samples of one shape, sample i drawn from seed + i. */
    private record SyntheticTable(Shape sampleShape, int[] labels, long seed, Drawer drawer) implements SampleTable {
        @Override
        public int size() {
            return labels.length;
        }

        @Override
        public int label(int index) {
            return labels[index];
        }

        @Override
        public void copy(int index, FloatBuffer target) {
            drawer.draw(labels[index], new SplittableRandom(seed + index), target);
        }
    }

    /** Synthetic images: background −1, a 7×7 block of +1 in quadrant {@code label}, light noise. */
    private static SyntheticTable blockImages(int[] labels, long seed) {
        return new SyntheticTable(new Shape(1, 28, 28), labels, seed, (label, random, target) -> {
            int top = label / 2 * 14 + 3 + random.nextInt(4);
            int left = label % 2 * 14 + 3 + random.nextInt(4);
            for (int y = 0; y < 28; y++) {
                for (int x = 0; x < 28; x++) {
                    boolean inked = y >= top && y < top + 7 && x >= left && x < left + 7;
                    target.put((inked ? 1f : -1f) + (float) random.nextGaussian() * 0.1f);
                }
            }
        });
    }

    /** Mode k of four on a circle of radius 2, standard deviation 0.05. */
    private static SyntheticTable modePoints(int[] labels, long seed) {
        return new SyntheticTable(new Shape(2), labels, seed, (label, random, target) -> {
            double angle = 2 * Math.PI * label / CLASSES;
            target.put((float) (RADIUS * Math.cos(angle) + 0.05 * random.nextGaussian()));
            target.put((float) (RADIUS * Math.sin(angle) + 0.05 * random.nextGaussian()));
        });
    }

    private static int[] cycling(int n) {
        return java.util.stream.IntStream.range(0, n).map(i -> i % CLASSES).toArray();
    }

    @Test
    void givenImageEmbeddingsPairedWithModesWhenTrainingThePointsMlpThenItsPointsLandInTheImageClassesMode() {
        SyntheticTable images = blockImages(cycling(400), 11);
        ModelRequest encoderRequest = new ModelRequest(images.sampleShape(), ConditionSpec.NONE,
                new LatentPrior(LatentPrior.Kind.NORMAL, 1), new Options("encoder", Map.of("width", 8)));
        float[][] embeddings;
        List<String> encoderLines = new ArrayList<>();
        try (PretrainedEncoder encoder = PretrainedEncoder.train(
                ModalityRegistry.load().modality("image").architecture("dcgan").encoder(encoderRequest, 8), 8, images,
                new int[][] {images.labels()}, new int[] {CLASSES}, new PretrainedEncoder.Settings(60, 32, 2e-3f, 3),
                encoderLines::add)) {
            assertTrue(encoder.trainAccuracy() > 0.9, "the encoder tells the image classes apart: " + encoder.trainAccuracy());
            assertEquals(10, encoderLines.size(), "progress every 6 steps, then the summary: " + encoderLines);
            assertTrue(encoderLines.get(0).startsWith("gan4j: condition encoder step 6/60: loss "), encoderLines.get(0));
            double heldOut = encoder.classAccuracy(blockImages(cycling(100), 1_000_000));
            assertTrue(heldOut > 0.9, "and on unseen images: " + heldOut);
            embeddings = encoder.encodeAll(images);
        }
        PairedEmbeddings pairs = PairedEmbeddings.byClass(modePoints(cycling(1000), 5), embeddings, images.labels());
        PairedEmbeddingSource data = new PairedEmbeddingSource(pairs, new PairingOptions(true, 0.0, 0.5), 7);
        GanModel model = new ConditionalArchitecture().build(new ModelRequest(new Shape(2), data.condition(),
                new LatentPrior(LatentPrior.Kind.NORMAL, 2), new Options("architecture.options", Map.of(
                        "target", "points", "architecture", "mlp", "augmentation", 0,
                        "network", Map.of("width", 64, "layers", 3)))));
        try (NDManager manager = NDManager.newBaseManager();
                GanTrainer trainer = new GanTrainer(model, data, Losses.create("hinge", 0f),
                        TrainerSettings.builder().batchSize(128).learningRates(1e-3, 1e-3).betas(0.5, 0.9)
                                .seed(1).build(), manager)) {
            for (int step = 0; step < 1500; step++) {
                assertTrue(trainer.step().finite(), "step " + step);
            }
            for (int c = 0; c < CLASSES; c++) {
                int row = c;
                double inMode = fractionNearestTo(trainer, manager, embeddings[row], c);
                assertTrue(inMode > 0.8, "image class " + c + ": " + inMode + " of its points in mode " + c + " (chance 0.25)");
            }
        }
    }

    private static double fractionNearestTo(GanTrainer trainer, NDManager manager, float[] embedding, int mode) {
        int n = 200;
        try (NDManager scope = manager.newSubManager()) {
            NDArray conditions = scope.create(embedding).reshape(1, -1).repeat(0, n);
            float[] points = trainer.sampler().generate(scope, n, conditions).toFloatArray();
            int hits = 0;
            for (int i = 0; i < n; i++) {
                double angle = Math.atan2(points[2 * i + 1], points[2 * i]);
                int nearest = (int) Math.floorMod(Math.round(angle / (2 * Math.PI / CLASSES)), CLASSES);
                hits += nearest == mode ? 1 : 0;
            }
            return hits / (double) n;
        }
    }
}
