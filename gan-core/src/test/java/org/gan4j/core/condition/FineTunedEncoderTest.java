package org.gan4j.core.condition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.gan4j.core.checkpoint.ParameterFile;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.loss.Losses;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.model.LatentPrior;
import org.gan4j.core.testing.ToyGan;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.PretrainedGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FineTunedEncoderTest {

    private static final int N = 64;
    private static final int DIM = 4;
    private static final Supplier<Block> ARCHITECTURE = () -> Linear.builder().setUnits(DIM).build();

    private NDManager manager;
    private int[] labels;
    private ListSampleTable sources;
    private PretrainedEncoder pretrained;
    private EmbeddingScale scale;
    private FineTunedEncoder fineTuned;

    @BeforeEach
    void pretrain() {
        manager = NDManager.newBaseManager();
        labels = new int[N];
        float[] values = new float[N];
        for (int i = 0; i < N; i++) {
            labels[i] = i % 2;
            values[i] = (labels[i] == 0 ? -1f : 1f) + 0.01f * i;
        }
        sources = new ListSampleTable(labels, values);
        pretrained = PretrainedEncoder.train(ARCHITECTURE.get(), DIM, sources, new int[][] {labels}, new int[] {2},
                new PretrainedEncoder.Settings(40, 16, 0.05f, 3), line -> {});
        scale = EmbeddingScale.fit(pretrained.encodeAll(sources));
        fineTuned = new FineTunedEncoder(ARCHITECTURE, pretrained.weights(), new Shape(1), DIM, scale, 0.5f);
    }

    @AfterEach
    void close() {
        pretrained.close();
        manager.close();
    }

    @Test
    void givenAPretrainedEncoderWhenACopyIsInitializedThenItEmbedsRawRowsAsTheFrozenEmbeddingsAre() {
        float[][] frozen = scale.apply(pretrained.encodeAll(sources));
        Block copy = fineTuned.newCopy();
        copy.initialize(manager, DataType.FLOAT32, new Shape(N, 1));
        float[] embedded = copy.forward(new ParameterStore(manager, false),
                new NDList(manager.create(sources.values(), new Shape(N, 1))), false).head().toFloatArray();
        for (int i = 0; i < N; i++) {
            float[] row = java.util.Arrays.copyOfRange(embedded, i * DIM, (i + 1) * DIM);
            assertArrayEquals(frozen[i], row, 1e-4f, "row " + i);
        }
    }

    @Test
    void givenAWrappedModelWhenTrainingThenGeneratorAndDiscriminatorEachUpdateTheirOwnCopy() {
        try (GanTrainer trainer = trainer()) {
            Block start = fineTuned.newCopy();
            start.initialize(manager, DataType.FLOAT32, new Shape(1, 1));
            byte[] pretrainedWeights = values(start);
            assertArrayEquals(pretrainedWeights, values(encoderOf(trainer.generator())), "G's copy starts pretrained");
            assertArrayEquals(pretrainedWeights, values(encoderOf(trainer.discriminator())), "D's copy starts pretrained");
            for (int step = 0; step < 10; step++) {
                trainer.step();
            }
            byte[] generatorCopy = values(encoderOf(trainer.generator()));
            byte[] discriminatorCopy = values(encoderOf(trainer.discriminator()));
            assertFalse(java.util.Arrays.equals(pretrainedWeights, generatorCopy), "G's copy was fine-tuned");
            assertFalse(java.util.Arrays.equals(pretrainedWeights, discriminatorCopy), "D's copy was fine-tuned");
            assertFalse(java.util.Arrays.equals(generatorCopy, discriminatorCopy), "the copies are separate");
        }
    }

    @Test
    void givenARateOfOneHalfWhenTheGeneratorTakesItsFirstStepThenItsEncoderCopyMovesHalfAsFar() {
        try (GanTrainer trainer = trainer()) {
            Block generator = trainer.generator();
            float[] encoderBefore = floats(encoderOf(generator));
            float[] networkBefore = floats(generator.getChildren().get(1).getValue());
            trainer.step();
            // Adam's first step moves every weight with a gradient by the learning rate (G's: 1e-3)
            float lr = ToyGan.settings(5).lrGenerator();
            assertEquals(0.5 * lr, largestMove(encoderBefore, floats(encoderOf(generator))), 1e-6);
            assertEquals(lr, largestMove(networkBefore, floats(generator.getChildren().get(1).getValue())), 1e-6);
        }
    }

    @Test
    void givenTheSameSeedWhenTrainingTwiceThenBothRunsEndWithTheSameWeights() {
        byte[][] ends = new byte[2][];
        for (int run = 0; run < 2; run++) {
            try (GanTrainer trainer = trainer()) {
                for (int step = 0; step < 5; step++) {
                    trainer.step();
                }
                ends[run] = values(trainer.generator());
            }
        }
        assertArrayEquals(ends[0], ends[1]);
    }

    /** The wrapped toy GAN on targets -2 (class 0) and +2 (class 1), conditioned on raw source rows. */
    private GanTrainer trainer() {
        float[] targetValues = new float[N];
        float[][] rows = new float[N][];
        for (int i = 0; i < N; i++) {
            targetValues[i] = labels[i] == 0 ? -2f : 2f;
            rows[i] = new float[] {sources.values()[i]};
        }
        PairedEmbeddings pairs = PairedEmbeddings.byClass(new ListSampleTable(labels, targetValues), rows, labels);
        GanModel model = fineTuned.wrap(conditionedOn(DIM));
        assertEquals(ConditionSpec.embedding(1), model.condition());
        return new GanTrainer(model, new PairedEmbeddingSource(pairs, new PairingOptions(true, 0, 0.5), 5),
                Losses.create("non-saturating", 0f), ToyGan.settings(5), manager);
    }

    @Test
    void givenAModelOfAnotherEmbeddingWidthWhenWrappingThenTheWidthsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fineTuned.wrap(conditionedOn(DIM + 1)));
        assertTrue(e.getMessage().contains("embedding width 4") && e.getMessage().contains("embedding of width 5"),
                e.getMessage());
    }

    @Test
    void givenAGeneratorPretrainedByMaximumLikelihoodWhenWrappingThenItIsRefusedWithTheReason() {
        GanModel selfTrained = new GanModel("self-trained", SelfTrainedGenerator::new, concatenated(1),
                new LatentPrior(LatentPrior.Kind.NORMAL, 2), ConditionSpec.embedding(DIM), new Shape(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fineTuned.wrap(selfTrained));
        assertTrue(e.getMessage().contains("'self-trained' trains its generator outside the adversarial step"),
                e.getMessage());
    }

    /** A generator that pretrains itself, as gan-text's RelGAN does by maximum likelihood. */
    private static final class SelfTrainedGenerator extends LambdaBlock implements PretrainedGenerator {
        SelfTrainedGenerator() {
            super(inputs -> inputs);
        }

        @Override
        public void pretrain(DataSource data, NDManager manager, long seed, Consumer<String> progress) {}
    }

    @Test
    void givenRowsOfTheWrongWidthWhenInitializingACopyThenTheExpectedShapeIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fineTuned.newCopy().initialize(manager, DataType.FLOAT32, new Shape(2, 3)));
        assertTrue(e.getMessage().contains("(B, 1)") && e.getMessage().contains("(2, 3)"), e.getMessage());
    }

    /** A generator and a discriminator that append the condition to their input, then one linear layer. */
    private static GanModel conditionedOn(int width) {
        return new GanModel("toy-conditional", () -> concatenated(1), concatenated(1),
                new LatentPrior(LatentPrior.Kind.NORMAL, 2), ConditionSpec.embedding(width), new Shape(1));
    }

    private static Block concatenated(int outputs) {
        return new SequentialBlock().add(new LambdaBlock(inputs -> new NDList(NDArrays.concat(inputs, 1))))
                .add(Linear.builder().setUnits(outputs).build());
    }

    private static Block encoderOf(Block wrapped) {
        return wrapped.getChildren().get(0).getValue();
    }

    private static float[] floats(Block block) {
        return block.getParameters().values().stream().map(p -> p.getArray().toFloatArray())
                .reduce(new float[0], (a, b) -> {
                    float[] out = java.util.Arrays.copyOf(a, a.length + b.length);
                    System.arraycopy(b, 0, out, a.length, b.length);
                    return out;
                });
    }

    private static double largestMove(float[] before, float[] after) {
        double largest = 0;
        for (int i = 0; i < before.length; i++) {
            largest = Math.max(largest, Math.abs(after[i] - before[i]));
        }
        return largest;
    }

    /** The block's parameters, paths and values, as {@link ParameterFile} writes them. */
    private static byte[] values(Block block) {
        return ParameterFile.toBytes(block.getParameters());
    }
}
