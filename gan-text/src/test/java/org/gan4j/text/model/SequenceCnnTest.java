package org.gan4j.text.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.LatentPrior;
import org.gan4j.core.options.Options;
import org.gan4j.core.spi.ModelRequest;
import org.junit.jupiter.api.Test;

class SequenceCnnTest {

    @Test
    void givenTheTextEncoderWhenAppliedToOneHotSentencesThenItGivesOneEmbeddingPerSentenceThatDependsOnTheTokens() {
        ModelRequest request = new ModelRequest(new Shape(6, 11), ConditionSpec.NONE,
                new LatentPrior(LatentPrior.Kind.NORMAL, 1), new Options("architecture.options", java.util.Map.of("filters", 4)));
        Block encoder = new SequenceGanArchitecture(SequenceGanArchitecture.Kind.RELGAN).encoder(request, 5);
        try (NDManager manager = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(3);
            encoder.initialize(manager, DataType.FLOAT32, new Shape(2, 6, 11));
            NDArray tokens = manager.create(new long[] {1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 7}, new Shape(2, 6));
            NDArray out = encoder.forward(new ParameterStore(manager, false), new NDList(tokens.oneHot(11)), false).head();
            assertEquals(new Shape(2, 5), out.getShape());
            float[] first = out.get(0).toFloatArray();
            float[] second = out.get(1).toFloatArray();
            assertEquals(false, java.util.Arrays.equals(first, second), "a different last token changes the embedding");
            NDArray again = encoder.forward(new ParameterStore(manager, false), new NDList(tokens.get("0:1").oneHot(11)), false).head();
            assertArrayEquals(first, again.get(0).toFloatArray(), 1e-6f);
        }
    }

    @Test
    void givenRelGansScheduleWhenStepsPassThenBetaRisesExponentiallyToItsMaximum() {
        RelGanGenerator g = new RelGanGenerator(new LstmLanguageModel(5, 3, 2, 2, 1, 0.1f), new MleSettings(0, 1, 0.1f), 100f, 10);
        assertEquals(1f, g.inverseTemperatureAt(0), 1e-6f);
        assertEquals(10f, g.inverseTemperatureAt(5), 1e-4f);
        assertEquals(100f, g.inverseTemperatureAt(10), 1e-3f);
        assertEquals(100f, g.inverseTemperatureAt(50), 1e-3f);
        g.beforeStep(5);
        assertEquals(10f, g.languageModel().inverseTemperature(), 1e-4f);
    }
}
