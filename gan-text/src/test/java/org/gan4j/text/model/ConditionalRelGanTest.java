package org.gan4j.text.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.Arrays;
import java.util.Map;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.data.RealBatch;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.model.LatentPrior;
import org.gan4j.core.options.Options;
import org.gan4j.core.spi.ModelRequest;
import org.junit.jupiter.api.Test;

/** The RelGAN LSTM and CNN conditioned on embeddings, and conditional MLE. */
class ConditionalRelGanTest {

    private static final int VOCABULARY = 5;
    private static final int LENGTH = 3;
    private static final int DIM = 2;

    private static LstmLanguageModel model(NDManager manager, int conditionDim) {
        Engine.getInstance().setRandomSeed(11);
        LstmLanguageModel m = new LstmLanguageModel(VOCABULARY, LENGTH, 4, 6, 1, 0.5f, conditionDim);
        m.initialize(manager, DataType.FLOAT32, new Shape(1, 1), new Shape(1, Math.max(1, conditionDim)));
        return m;
    }

    @Test
    void givenTwoConditionsWhenGeneratingThenTheShapeIsTheSequencesAndTheConditionsChangeTheOutput() {
        try (NDManager manager = NDManager.newBaseManager()) {
            LstmLanguageModel m = model(manager, DIM);
            NDArray z = manager.zeros(new Shape(2, 1));
            NDArray conditions = manager.create(new float[] {1, 0, 0, 1}, new Shape(2, DIM));
            Engine.getInstance().setRandomSeed(3);
            NDArray out = m.forward(new ParameterStore(manager, false), new NDList(z, conditions), false).head();
            assertEquals(new Shape(2, LENGTH, VOCABULARY), out.getShape());
            assertEquals(1.0, out.sum(new int[] {2}).toFloatArray()[0], 1e-5, "each position is a distribution");
            NDArray tokens = manager.create(new long[] {2, 3, 4, 2, 3, 4}, new Shape(2, LENGTH));
            float[] logits = m.logits(tokens, conditions).toFloatArray();
            int row = LENGTH * VOCABULARY;
            assertFalse(Arrays.equals(Arrays.copyOfRange(logits, 0, row), Arrays.copyOfRange(logits, row, 2 * row)),
                    "the same tokens under two conditions get different next-token logits");
        }
    }

    @Test
    void givenAConditionalModelWithZeroConditionWeightsWhenScoringThenItComputesExactlyTheUnconditionalModel() {
        try (NDManager manager = NDManager.newBaseManager()) {
            LstmLanguageModel plain = model(manager, 0);
            LstmLanguageModel conditional = model(manager, DIM);
            plain.getParameters().forEach(p -> conditional.getParameters().get(p.getKey()).getArray()
                    .set(p.getValue().getArray().toFloatArray()));
            for (String name : new String[] {"conditionGateWeight", "initialStateWeight", "initialStateBias"}) {
                conditional.getParameters().get(name).getArray().muli(0);
            }
            assertEquals(6, plain.getParameters().size(), "an unconditional model has no condition parameters");
            NDArray tokens = manager.create(new long[] {2, 3, 4, 0, 1, 2}, new Shape(2, LENGTH));
            NDArray anyCondition = manager.create(new float[] {3, -2, 0.5f, 7}, new Shape(2, DIM));
            assertArrayEquals(plain.logits(tokens).toFloatArray(), conditional.logits(tokens, anyCondition).toFloatArray());
        }
    }

    @Test
    void givenAMissingOrUnexpectedConditionWhenScoringThenTheErrorSaysWhichIsExpected() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray tokens = manager.zeros(new Shape(2, LENGTH), DataType.INT64);
            IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                    () -> model(manager, DIM).logits(tokens));
            assertTrue(missing.getMessage().contains("conditioned on embeddings of width 2"), missing.getMessage());
            IllegalArgumentException unexpected = assertThrows(IllegalArgumentException.class,
                    () -> model(manager, 0).logits(tokens, manager.zeros(new Shape(2, DIM))));
            assertTrue(unexpected.getMessage().contains("unconditional"), unexpected.getMessage());
            IllegalArgumentException width = assertThrows(IllegalArgumentException.class,
                    () -> model(manager, DIM).logits(tokens, manager.zeros(new Shape(2, 3))));
            assertTrue(width.getMessage().contains("needs (2, 2)"), width.getMessage());
        }
    }

    private static ModelRequest request(String kind, ConditionSpec condition) {
        return new ModelRequest(new Shape(LENGTH, VOCABULARY), condition, new LatentPrior(LatentPrior.Kind.NORMAL, 1),
                new Options("architecture.options", Map.of("filters", 4, "discriminatorEmbedding", 4)));
    }

    @Test
    void givenEmbeddingConditionsWhenBuildingRelGanThenTheProjectionDiscriminatorReadsTheCondition() {
        GanModel model = new SequenceGanArchitecture(SequenceGanArchitecture.Kind.RELGAN)
                .build(request("relgan", ConditionSpec.embedding(DIM)));
        assertEquals(ConditionSpec.embedding(DIM), model.condition());
        Block d = model.discriminator();
        try (NDManager manager = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(5);
            d.initialize(manager, DataType.FLOAT32, new Shape(1, LENGTH, VOCABULARY), new Shape(1, DIM));
            NDArray x = manager.randomUniform(0, 1, new Shape(1, LENGTH, VOCABULARY)).repeat(0, 2);
            NDArray e = manager.create(new float[] {1, 0, 0, 1}, new Shape(2, DIM));
            float[] logits = d.forward(new ParameterStore(manager, false), new NDList(x, e), false).head().toFloatArray();
            assertEquals(2, logits.length);
            assertTrue(Math.abs(logits[0] - logits[1]) > 1e-6, "one sequence, two conditions, two logits: "
                    + Arrays.toString(logits));
        }
    }

    @Test
    void givenConditionsSeqGanOrClassLabelsWhenBuildingThenTheyAreRefused() {
        IllegalArgumentException seqgan = assertThrows(IllegalArgumentException.class,
                () -> new SequenceGanArchitecture(SequenceGanArchitecture.Kind.SEQGAN)
                        .build(request("seqgan", ConditionSpec.embedding(DIM))));
        assertTrue(seqgan.getMessage().contains("use relgan for embeddings"), seqgan.getMessage());
        IllegalArgumentException labels = assertThrows(IllegalArgumentException.class,
                () -> new SequenceGanArchitecture(SequenceGanArchitecture.Kind.RELGAN)
                        .build(request("relgan", ConditionSpec.classLabel(3))));
        assertTrue(labels.getMessage().contains("embedding conditions only"), labels.getMessage());
    }

    /** Condition (1, 0) always comes with the sequence 2 3 2, condition (0, 1) with 3 4 3. */
    private static final class TwoSentences implements DataSource {
        @Override
        public Shape sampleShape() {
            return new Shape(LENGTH, VOCABULARY);
        }

        @Override
        public ConditionSpec condition() {
            return ConditionSpec.embedding(DIM);
        }

        @Override
        public long size() {
            return 64;
        }

        @Override
        public RealBatch batch(NDManager manager, long index, int batchSize) {
            long[] tokens = new long[batchSize * LENGTH];
            float[] conditions = new float[batchSize * DIM];
            for (int i = 0; i < batchSize; i++) {
                int kind = (int) ((index + i) % 2);
                long[] sentence = kind == 0 ? new long[] {2, 3, 2} : new long[] {3, 4, 3};
                System.arraycopy(sentence, 0, tokens, i * LENGTH, LENGTH);
                conditions[i * DIM + kind] = 1;
            }
            return new RealBatch(manager.create(tokens, new Shape(batchSize, LENGTH)).oneHot(VOCABULARY),
                    manager.create(conditions, new Shape(batchSize, DIM)));
        }
    }

    @Test
    void givenSentencesTiedToConditionsWhenTrainedByMleThenSamplesFollowTheirCondition() {
        try (NDManager manager = NDManager.newBaseManager()) {
            LstmLanguageModel m = model(manager, DIM);
            float nll = new MleTrainer(m, new MleSettings(150, 16, 0.05f)).train(new TwoSentences(), manager, s -> {});
            assertTrue(nll < 0.05, "the sentence is determined by its condition: NLL " + nll);
            Engine.getInstance().setRandomSeed(9);
            int n = 50;
            NDArray conditions = manager.create(new float[] {0, 1}, new Shape(1, DIM)).repeat(0, n);
            long[] sampled = m.forward(new ParameterStore(manager, false),
                    new NDList(manager.zeros(new Shape(n, 1)), conditions), false).head().argMax(-1).toLongArray();
            int right = 0;
            for (int i = 0; i < n; i++) {
                right += Arrays.equals(Arrays.copyOfRange(sampled, i * LENGTH, (i + 1) * LENGTH), new long[] {3, 4, 3}) ? 1 : 0;
            }
            assertTrue(right >= 45, right + " of " + n + " samples under condition (0, 1) are its sentence 3 4 3");
        }
    }
}
