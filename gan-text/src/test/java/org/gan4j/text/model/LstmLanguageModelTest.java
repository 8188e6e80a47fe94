package org.gan4j.text.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import org.gan4j.text.data.TokenSequences;
import org.gan4j.text.metrics.SequenceNll;
import org.junit.jupiter.api.Test;

class LstmLanguageModelTest {

    private static LstmLanguageModel model(NDManager manager, int vocabulary, int length, float std) {
        Engine.getInstance().setRandomSeed(11);
        LstmLanguageModel m = new LstmLanguageModel(vocabulary, length, 4, 5, 0, std);
        m.initialize(manager, DataType.FLOAT32, new Shape(1, 1));
        return m;
    }

    @Test
    void givenAllSequencesWhenTheirLikelihoodsAreSummedThenTheyFormADistribution() {
        try (NDManager manager = NDManager.newBaseManager()) {
            LstmLanguageModel m = model(manager, 3, 3, 1f);
            List<int[]> all = new ArrayList<>();
            for (int i = 0; i < 27; i++) {
                all.add(new int[] {i / 9, i / 3 % 3, i % 3});
            }
            float[] nll = m.tokenNll(new TokenSequences(all, 3).slice(manager, 0, 27)).toFloatArray();
            double total = 0;
            for (float v : nll) {
                total += Math.exp(-3.0 * v); // per-token mean times length = -log p(sequence)
            }
            assertEquals(1.0, total, 1e-4);
        }
    }

    @Test
    void givenManySamplesWhenCountedThenTheFirstTokenFollowsTheModelsSoftmax() {
        try (NDManager manager = NDManager.newBaseManager()) {
            LstmLanguageModel m = model(manager, 4, 2, 1f);
            NDArray anyTokens = manager.zeros(new Shape(1, 2), DataType.INT64);
            float[] p = m.logits(anyTokens).get("0, 0").softmax(-1).toFloatArray();
            Engine.getInstance().setRandomSeed(5);
            int n = 20000;
            List<int[]> samples = TokenSequences.rowsOf(m.sample(manager, n, 1f));
            int[] counts = new int[4];
            samples.forEach(s -> counts[s[0]]++);
            for (int k = 0; k < 4; k++) {
                assertEquals(p[k], counts[k] / (double) n, 0.015, "token " + k);
            }
            // the sample NLL (NLL-div) estimates the entropy: compare with the exact entropy of the
            // 16 sequences of length 2.
            double entropy = 0;
            List<int[]> all = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                all.add(new int[] {i / 4, i % 4});
            }
            float[] nll = m.tokenNll(new TokenSequences(all, 4).slice(manager, 0, 16)).toFloatArray();
            for (float v : nll) {
                entropy += Math.exp(-2.0 * v) * v;
            }
            assertEquals(entropy, SequenceNll.mean(m, samples, manager), 0.02);
        }
    }

    @Test
    void givenAFullPrefixWhenCompletedThenThePrefixIsKept() {
        try (NDManager manager = NDManager.newBaseManager()) {
            LstmLanguageModel m = model(manager, 5, 4, 1f);
            NDArray prefix = manager.create(new long[] {1, 2, 3, 4, 4, 3, 2, 1}, new Shape(2, 4));
            assertArrayEquals(prefix.toLongArray(), m.complete(prefix, 4, 1f).toLongArray());
            long[] half = m.complete(prefix, 2, 1f).toLongArray();
            assertArrayEquals(new long[] {1, 2, 4, 3}, new long[] {half[0], half[1], half[4], half[5]});
        }
    }

    @Test
    void givenGumbelSoftmaxOutputsWhenGeneratedThenTheyAreDistributionsThatCarryGradients() {
        try (NDManager manager = NDManager.newBaseManager()) {
            LstmLanguageModel m = model(manager, 6, 3, 0.5f);
            m.setInverseTemperature(1000f);
            NDArray z = manager.zeros(new Shape(8, 1));
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray out = m.forward(new ParameterStore(manager, false), new NDList(z), true).head();
                assertEquals(new Shape(8, 3, 6), out.getShape());
                float[] sums = out.sum(new int[] {2}).toFloatArray();
                for (float s : sums) {
                    assertEquals(1f, s, 1e-5f);
                }
                assertTrue(out.max(new int[] {2}).min().getFloat() > 0.9f, "β = 1000 makes outputs nearly one-hot");
                collector.backward(out.get(":, :, 0").sum());
            }
            float gradient = m.getParameters().get("outputBias").getArray().getGradient().abs().sum().getFloat();
            assertTrue(gradient > 0, "the relaxed outputs pass gradients to the generator");
        }
    }

    @Test
    void givenAGenerationWhenItReturnsThenNoPerTokenVocabularySizedArrayIsLeftOnTheCallersManager() {
        int vocabulary = 50;
        int length = 10;
        int batch = 4;
        try (NDManager manager = NDManager.newBaseManager()) {
            LstmLanguageModel m = model(manager, vocabulary, length, 0.5f);
            try (NDManager scope = manager.newSubManager()) {
                NDArray out = m.forward(new ParameterStore(scope, false), new NDList(scope.zeros(new Shape(batch, 1))), false)
                        .head();
                NDArray tokens = m.sample(scope, batch, 1f);
                // each token's logits, Gumbel noise and softmax (batch × vocabulary each) are released
                // with the token: only the stacked output is that large
                List<NDArray> large = ((ai.djl.ndarray.BaseNDManager) scope).getManagedArrays().stream()
                        .filter(a -> a.size() >= (long) batch * vocabulary).toList();
                assertEquals(List.of(out.getShape()), large.stream().map(NDArray::getShape).toList());
                assertEquals(new Shape(batch, length), tokens.getShape());
            }
        }
    }

    @Test
    void givenARegularLanguageWhenTrainedByMleThenItsNllApproachesTheTrueEntropy() {
        // Sequences are a random start token followed by +1 steps mod 5: the true NLL is
        // log(5) / 5 = 0.32 nats per token; an untrained model is near log(5) = 1.61.
        List<int[]> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int s = i % 5;
            rows.add(new int[] {s, (s + 1) % 5, (s + 2) % 5, (s + 3) % 5, (s + 4) % 5});
        }
        TokenSequences data = new TokenSequences(rows, 5);
        try (NDManager manager = NDManager.newBaseManager()) {
            LstmLanguageModel m = model(manager, 5, 5, 0.1f);
            double before = SequenceNll.mean(m, rows, manager);
            new MleTrainer(m, new MleSettings(200, 25, 0.02f)).train(data, manager, 1, line -> {});
            double after = SequenceNll.mean(m, rows, manager);
            assertTrue(before > 1.4, "untrained NLL " + before);
            assertTrue(after < 0.45, "trained NLL " + after);
        }
    }
}
