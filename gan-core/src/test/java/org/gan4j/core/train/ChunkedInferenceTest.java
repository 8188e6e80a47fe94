package org.gan4j.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.BaseNDManager;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;

class ChunkedInferenceTest {

    @Test
    void givenABatchLargerThanTheChunkWhenRunInSlicesThenTheOutputEqualsOneCallAndNoSliceIntermediateRemains() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(3);
            SequentialBlock network = new SequentialBlock().add(Linear.builder().setUnits(16).build())
                    .add(BatchNorm.builder().build()).add(Activation::relu).add(Linear.builder().setUnits(2).build());
            network.initialize(manager, DataType.FLOAT32, new Shape(1, 5));
            ParameterStore parameters = new ParameterStore(manager, false);
            try (NDManager scope = manager.newSubManager()) {
                NDArray z = scope.randomNormal(new Shape(10, 5));
                float[] whole = ChunkedInference.forward(network, parameters, new NDList(z), 10).toFloatArray();
                int before = ((BaseNDManager) scope).getManagedArrays().size();
                NDArray sliced = ChunkedInference.forward(network, parameters, new NDList(z), 3);
                assertEquals(new Shape(10, 2), sliced.getShape());
                assertArrayEquals(whole, sliced.toFloatArray(), 1e-6f);
                assertEquals(before + 1, ((BaseNDManager) scope).getManagedArrays().size(),
                        "only the concatenated output stays on the caller's manager");
            }
        }
    }

    @Test
    void givenTwoInputsWhenSlicedThenEachRowKeepsItsCondition() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ParameterStore parameters = new ParameterStore(manager, false);
            Block sum = new LambdaBlock(in -> new NDList(in.get(0).add(in.get(1))));
            NDArray z = manager.arange(7f).reshape(7, 1);
            NDArray conditions = manager.arange(7f).mul(10).reshape(7, 1);
            NDArray out = ChunkedInference.forward(sum, parameters, new NDList(z, conditions), 2);
            assertArrayEquals(new float[] {0, 11, 22, 33, 44, 55, 66}, out.toFloatArray(), 0f);
        }
    }

    @Test
    void givenSampleShapesWhenChunkedThenImagesAndWaveformsAreSlicedButLargeSequenceOutputsAreNot() {
        assertEquals(ChunkedInference.CHUNK, ChunkedInference.chunkFor(new Shape(1, 28, 28)));
        assertEquals(ChunkedInference.CHUNK, ChunkedInference.chunkFor(new Shape(1, 8192)));
        assertEquals(Integer.MAX_VALUE, ChunkedInference.chunkFor(new Shape(20, 5000)));
    }
}
