package org.gan4j.core.train;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import java.util.function.Supplier;
import org.gan4j.core.condition.ListSampleTable;
import org.gan4j.core.condition.PairedEmbeddingSource;
import org.gan4j.core.condition.PairedEmbeddings;
import org.gan4j.core.condition.PairingOptions;
import org.gan4j.core.loss.Losses;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.model.LatentPrior;
import org.gan4j.core.nn.AugmentedConditionGenerator;
import org.gan4j.core.nn.ConditioningAugmentation;
import org.gan4j.core.nn.LabelConcatenation;
import org.gan4j.core.nn.Mlp;
import org.gan4j.core.testing.ToyGan;
import org.junit.jupiter.api.Test;

/** The trainer with embedding conditions: matching-aware batches, the KL penalty, and a width mismatch. */
class CrossModalTrainingTest {

    /** Two classes of 1-D samples (−1 and +1), each paired with its class's embedding rows. */
    private static PairedEmbeddingSource source(int width) {
        int n = 64;
        int[] labels = new int[n];
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
            values[i] = labels[i] == 0 ? -1f : 1f;
        }
        float[][] embeddings = new float[4][width];
        int[] rowLabels = {0, 0, 1, 1};
        for (int r = 0; r < 4; r++) {
            embeddings[r][0] = rowLabels[r] == 0 ? -1f : 1f;
            embeddings[r][width - 1] += 0.1f * r;
        }
        return new PairedEmbeddingSource(PairedEmbeddings.byClass(new ListSampleTable(labels, values), embeddings,
                rowLabels), new PairingOptions(true, 0.25, 0.5), 5);
    }

    private static Block conditioned(int hidden, long outputs) {
        return new SequentialBlock().add(new LabelConcatenation(Linear.builder().setUnits(4).build(), new Shape(4)))
                .add(Mlp.of(hidden, 2, outputs));
    }

    private static GanModel model(int conditionWidth, float klWeight) {
        Supplier<Block> generator = () -> new AugmentedConditionGenerator(
                new ConditioningAugmentation(3), conditioned(16, 1), klWeight);
        return new GanModel("toy-conditional", generator, conditioned(16, 1), new LatentPrior(LatentPrior.Kind.NORMAL, 2),
                ConditionSpec.embedding(conditionWidth), new Shape(1));
    }

    @Test
    void givenGeneratorConditionedOnAnotherWidthThanTheEncoderMakesWhenTrainingThenErrorNamesBothWidths() {
        try (NDManager manager = NDManager.newBaseManager()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new GanTrainer(model(5, 1f),
                    source(3), Losses.create("non-saturating", 0f), ToyGan.settings(1), manager));
            assertTrue(e.getMessage().contains("conditioned on embedding of width 5 but the data source provides"
                    + " embedding of width 3"), e.getMessage());
        }
    }

    @Test
    void givenKlWeightWhenTrainingWithMatchingAwareBatchesThenTheAugmentationsKlEndsFarBelowTheUnweightedRun() {
        float weighted = klAfterTraining(5f);
        float unweighted = klAfterTraining(0f);
        assertTrue(weighted < 0.5f * unweighted, "KL with weight 5: " + weighted + ", with weight 0: " + unweighted);
    }

    /** Trains 60 steps and returns the augmentation's unweighted KL on the training embeddings. */
    private static float klAfterTraining(float klWeight) {
        PairedEmbeddingSource data = source(3);
        try (NDManager manager = NDManager.newBaseManager();
                GanTrainer trainer = new GanTrainer(model(3, klWeight), data, Losses.create("non-saturating", 0f),
                        TrainerSettings.builder().batchSize(16).learningRates(5e-3, 1e-3).seed(2).build(), manager)) {
            for (int i = 0; i < 60; i++) {
                assertTrue(trainer.step().finite());
            }
            Block augmentation = ((AugmentedConditionGenerator) trainer.generator()).augmentation();
            try (NDManager scope = manager.newSubManager()) {
                NDArray e = data.batch(scope, 0, 16).conditions();
                return augmentation.forward(new ParameterStore(scope, false), new NDList(e), false).get(1).getFloat();
            }
        }
    }
}
