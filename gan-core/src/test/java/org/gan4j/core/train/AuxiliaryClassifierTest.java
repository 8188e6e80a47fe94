package org.gan4j.core.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import java.nio.FloatBuffer;
import java.util.SplittableRandom;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.data.FloatBatchBuffer;
import org.gan4j.core.data.RealBatch;
import org.gan4j.core.loss.Losses;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.model.LatentPrior;
import org.gan4j.core.nn.Mlp;
import org.junit.jupiter.api.Test;

/**
 * The AC-GAN hook: a discriminator that never sees the label but classifies samples teaches the
 * generator to honour its label input only through the auxiliary loss.
 */
class AuxiliaryClassifierTest {

    /** Class 0 near -2, class 1 near +2. */
    private static final class LabelledGaussians implements DataSource {
        private final FloatBatchBuffer buffer = new FloatBatchBuffer();

        @Override
        public Shape sampleShape() {
            return new Shape(1);
        }

        @Override
        public ConditionSpec condition() {
            return ConditionSpec.classLabel(2);
        }

        @Override
        public long size() {
            return Long.MAX_VALUE;
        }

        @Override
        public RealBatch batch(NDManager manager, long index, int batchSize) {
            SplittableRandom random = new SplittableRandom(index);
            long[] labels = new long[batchSize];
            FloatBuffer out = buffer.begin(batchSize);
            for (int i = 0; i < batchSize; i++) {
                labels[i] = random.nextInt(2);
                out.put((float) ((labels[i] == 0 ? -2 : 2) + 0.1 * (random.nextDouble() - 0.5)));
            }
            return new RealBatch(buffer.finish(manager, new Shape(batchSize, 1)), manager.create(labels));
        }
    }

    private static Block generator() {
        return new SequentialBlock()
                .add(in -> new NDList(in.get(0).concat(in.get(1).toType(DataType.INT64, false).oneHot(2), 1)))
                .add(Mlp.of(16, 2, 1));
    }

    private static Block classifyingDiscriminator() {
        return new SequentialBlock()
                .add(in -> new NDList(in.get(0)))
                .add(Mlp.of(16, 2, 3))
                .add(out -> new NDList(out.head().get(new NDIndex(":, 0:1")), out.head().get(new NDIndex(":, 1:3"))));
    }

    private static double labelAgreement(float weight) {
        GanModel model = new GanModel("acgan-toy", AuxiliaryClassifierTest::generator, classifyingDiscriminator(),
                new LatentPrior(LatentPrior.Kind.NORMAL, 4), ConditionSpec.classLabel(2), new Shape(1), weight);
        TrainerSettings settings = TrainerSettings.builder().batchSize(64).learningRates(2e-3, 2e-3).seed(5).build();
        try (NDManager manager = NDManager.newBaseManager();
                GanTrainer trainer = new GanTrainer(model, new LabelledGaussians(), Losses.create("non-saturating", 0f),
                        settings, manager)) {
            for (int i = 0; i < 300; i++) {
                trainer.step();
            }
            try (NDManager scope = manager.newSubManager()) {
                NDArray labels = scope.arange(400).toType(DataType.INT64, false).mod(2);
                float[] x = trainer.sampler().generate(scope, 400, labels).toFloatArray();
                int agree = 0;
                for (int i = 0; i < x.length; i++) {
                    agree += (i % 2 == 0) == (x[i] < 0) ? 1 : 0;
                }
                return agree / (double) x.length;
            }
        }
    }

    @Test
    void givenAuxiliaryClassifierWhenTrainingThenGeneratedSamplesFollowTheirLabels() {
        double withAuxiliary = labelAgreement(1f);
        assertTrue(withAuxiliary > 0.9, "samples on their label's side: " + withAuxiliary);
    }

    @Test
    void givenNoAuxiliaryLossWhenTrainingThenLabelsAreIgnored() {
        double without = labelAgreement(0f);
        assertTrue(without < 0.75, "without the auxiliary loss nothing ties samples to labels: " + without);
    }
}
