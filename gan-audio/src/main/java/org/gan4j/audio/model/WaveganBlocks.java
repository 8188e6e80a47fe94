package org.gan4j.audio.model;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import org.gan4j.core.model.ConditionSpec;

/**
 * WaveGAN (Donahue et al. 2019) for a window of {@code 1024 · base} samples, with model size
 * {@code d = width}:
 *
 * <ul>
 *   <li>Generator: {@code z → Linear → (16d, base) → ReLU → 5 × [ConvT1d k25 s4 p11 op1] }
 *       halving the channels (16d → 8d → 4d → 2d → d → 1), ReLU between, tanh at the end; He-normal
 *       weights in the layers that feed a ReLU (the paper's generator has no batch norm), DCGAN's
 *       N(0, 0.02) in the last, which starts the output near speech level (std ≈ 0.1).
 *   <li>Discriminator: {@code 5 × [Conv1d k25 s4 p11 → LeakyReLU 0.2 → phase shuffle n]} (d → 16d;
 *       no shuffle after the last), flatten, linear; spectrally normalised unless told otherwise.
 * </ul>
 *
 * @param window the clip length, a multiple of 1024
 * @param width d
 * @param phaseShuffle n, the phase-shuffle radius (0 disables it)
 * @param spectral whether the discriminator's weights are spectrally normalised
 */
record WaveganBlocks(int window, int width, int phaseShuffle, boolean spectral) implements AudioBlocks {

    private static final Shape KERNEL = new Shape(25);
    private static final Shape STRIDE = new Shape(4);
    private static final Shape PADDING = new Shape(11);
    private static final Shape OUTPUT_PADDING = new Shape(1);
    private static final int LAYERS = 5;

    /** Checks the geometry. */
    WaveganBlocks {
        if (window % 1024 != 0 || window <= 0 || width < 1 || phaseShuffle < 0) {
            throw new IllegalArgumentException("WaveGAN needs a window that is a multiple of 1024, width ≥ 1 and"
                    + " phase shuffle ≥ 0, got " + window + ", " + width + ", " + phaseShuffle);
        }
    }

    private int base() {
        return window / 1024;
    }

    @Override
    public Block generator(ConditionSpec condition, int labelWidth) {
        SequentialBlock generator = AudioLayers.generatorInput(condition, labelWidth);
        int channels = 16 * width;
        int length = base();
        generator.add(AudioLayers.heNormal(AudioLayers.linear((long) channels * length, false), null))
                .add(LambdaBlock.singleton(z -> z.reshape(-1, channels, length), "reshape"))
                .add(Activation.reluBlock());
        for (int i = 0; i < LAYERS; i++) {
            boolean last = i == LAYERS - 1;
            int filters = last ? 1 : channels >> (i + 1);
            Block layer = AudioLayers.transposed(KERNEL, STRIDE, PADDING, OUTPUT_PADDING, filters, true);
            generator.add(last ? layer : AudioLayers.heNormal(layer, STRIDE))
                    .add(last ? Activation.tanhBlock() : Activation.reluBlock());
        }
        return generator;
    }

    /** @return the trunk's feature width, 16d · base */
    @Override
    public long features() {
        return 16L * width * base();
    }

    /** @return waveforms (B, 1, window) to flattened features (B, {@link #features()}) */
    @Override
    public SequentialBlock trunk() {
        return AudioLayers.convolutionTrunk(KERNEL, STRIDE, PADDING, LAYERS, width, spectral, trunk -> {
            if (phaseShuffle > 0) {
                trunk.add(new PhaseShuffle(phaseShuffle));
            }
        });
    }
}
