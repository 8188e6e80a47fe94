package org.gan4j.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import java.util.List;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.nn.SnLinear;
import org.gan4j.core.spi.ModalityRegistry;
import org.junit.jupiter.api.Test;

/** The benchmarks' model descriptions: names, units, run lengths and the parameter counts compared with PyTorch. */
class BenchModelTest {

    @Test
    void givenUnknownModelWhenNamedThenTheErrorNamesTheOptionAndTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BenchModel.named("gan"));
        assertEquals("--model 'gan' is not one of dcgan, wavegan, text", e.getMessage());
        assertEquals("mnist-dcgan", BenchModel.named("dcgan").preset());
    }

    @Test
    void givenStepsPerSecondWhenConvertedThenEachModalityCountsItsOwnUnit() {
        // 10 batches of 1,000 images; 2 steps of 64 clips of 8192 samples at 8 kHz (1.024 s); 3 steps of 64 × 20 tokens.
        assertEquals(10_000, BenchModel.named("dcgan").unitsPerSecond(10, 1000), 1e-9);
        assertEquals(131.072, BenchModel.named("wavegan").unitsPerSecond(2, 64), 1e-9);
        assertEquals(3_840, BenchModel.named("text").unitsPerSecond(3, 64), 1e-9);
    }

    @Test
    void givenOutOfRangeLengthWhenChosenThenTheErrorNamesTheOption() {
        BenchModel dcgan = BenchModel.named("dcgan");
        assertEquals(new BenchModel.RunLength(2, 200, 30, 64), dcgan.stepLength(2, null, null, null));
        assertEquals("--rounds 0 is out of range: it must be ≥ 1",
                assertThrows(IllegalArgumentException.class, () -> dcgan.stepLength(0, null, null, null)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> dcgan.stepLength(null, 0, null, null))
                .getMessage().startsWith("--steps 0 "));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> dcgan.stepLength(null, null, -1, null))
                .getMessage().startsWith("--warmup -1 "));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> dcgan.sample().with(null, null, null, 0))
                .getMessage().startsWith("--batch 0 "));
        // MNIST batches may be large; WaveGAN's come from a pool of 1,024 random clips.
        assertEquals(2048, dcgan.stepLength(null, null, null, 2048).batch());
        String pool = assertThrows(IllegalArgumentException.class,
                () -> BenchModel.named("wavegan").stepLength(null, null, null, 1024)).getMessage();
        assertTrue(pool.startsWith("--batch 1024 is out of range for model 'wavegan'") && pool.contains("< 1024"), pool);
    }

    @Test
    void givenEachPresetModelWhenInitializedThenTrainableCountsAreTheHandCountedLayers() {
        // dcgan G: Linear 100→6272 (no bias) 627,200 + BN 256 + ConvT 128→64 k4x4 (no bias) 131,072 + BN 128
        //   + ConvT 64→1 k4x4 1,024 + bias 1; D (spectrally normalised, the preset's sn-dcgan): SN Conv 1→64 1,024 + 64,
        //   SN Conv 64→128 131,072 + 128, SN Linear 6,273 (u vectors are not trainable).
        assertCounts("dcgan", 627_200 + 256 + 131_072 + 128 + 1_025, 1_088 + 131_200 + 6_273);
        // wavegan G: Linear 100→2048 + bias, then ConvT1d k25 256→128→64→32→16→1 with biases;
        //   D: SN Conv1d k25 1→16→32→64→128→256 with biases (u vectors are not trainable), SN Linear 2048→1.
        assertCounts("wavegan", 206_848 + 819_328 + 204_864 + 51_232 + 12_816 + 401,
                416 + 12_832 + 51_264 + 204_928 + 819_456 + 2_049);
        // text G: embedding 32×5000, input 128×32, recurrent 128×32, one gate bias 128, output 5000×32 + 5000;
        //   D: embedding 5000→64 (no bias), Conv1d 64→64 widths 2..5 with biases, Linear 256→1.
        assertCounts("text", 160_000 + 4_096 + 4_096 + 128 + 165_000, 320_000 + 64 * 64 * 14 + 256 + 257);
    }

    private static void assertCounts(String name, long generator, long discriminator) {
        BenchModel model = BenchModel.named(name);
        GanModel gan = model.build(ModalityRegistry.load());
        try (NDManager manager = NDManager.newBaseManager()) {
            Block g = gan.generatorFactory().get();
            g.initialize(manager, DataType.FLOAT32, new Shape(2, gan.prior().dim()));
            Block d = gan.discriminator();
            d.initialize(manager, DataType.FLOAT32, new Shape(2).addAll(model.sampleShape()));
            assertEquals(new ParameterCounts(generator, discriminator), ParameterCounts.of(g, d), name);
        }
    }

    @Test
    void givenRunningStatisticsAndPowerIterationVectorWhenCountedThenOnlyTrainableParametersCount() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block g = new SequentialBlock().add(Linear.builder().setUnits(4).build()).add(BatchNorm.builder().build());
            g.initialize(manager, DataType.FLOAT32, new Shape(2, 3));
            Block d = SnLinear.builder().setUnits(5).build();
            d.initialize(manager, DataType.FLOAT32, new Shape(2, 4));
            // Linear 3·4 + 4, BN γ and β 4 + 4 (not its running mean and variance); SN linear 4·5 + 5 (not u).
            assertEquals(new ParameterCounts(24, 25), ParameterCounts.of(g, d));
        }
    }

    @Test
    void givenDifferentCountsWhenComparedThenTheBenchStopsNamingBothSides() {
        ParameterCounts ours = new ParameterCounts(333_320, 377_857);
        ours.requireSame("text", new ParameterCounts(333_320, 377_857), "plain PyTorch");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ours.requireSame("text", new ParameterCounts(333_448, 377_857), "plain PyTorch"));
        assertTrue(e.getMessage().startsWith("model 'text' differs between gan4j and plain PyTorch: trainable parameters"
                + " G 333,320 vs 333,448, D 377,857 vs 377,857"), e.getMessage());
    }

    @Test
    void givenFourContendersWhenRotatingOverRoundsThenEachRunsFirstOnceAndTheOrderIsKept() {
        List<String> order = List.of("gan4j", "djl", "pytorch", "ema");
        assertEquals(List.of("gan4j", "djl", "pytorch", "ema"), ThroughputBenchmark.rotated(order, 0));
        assertEquals(List.of("djl", "pytorch", "ema", "gan4j"), ThroughputBenchmark.rotated(order, 1));
        assertEquals(List.of("ema", "gan4j", "djl", "pytorch"), ThroughputBenchmark.rotated(order, 3));
        assertEquals(List.of("gan4j", "djl", "pytorch", "ema"), ThroughputBenchmark.rotated(order, 4));
    }
}
