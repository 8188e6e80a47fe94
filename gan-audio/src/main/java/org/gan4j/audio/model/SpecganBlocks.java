package org.gan4j.audio.model;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import org.gan4j.core.model.ConditionSpec;

/**
 * SpecGAN-lite: a 2-D DCGAN on (1, bins, frames) spectrograms, bins and frames multiples of 16,
 * with model size {@code d = width}:
 *
 * <ul>
 *   <li>Generator: {@code z → Linear → (8d, bins/16, frames/16) → BN → ReLU → 4 × [ConvT k4 s2 p1]}
 *       (8d → 4d → 2d → d → 1), batch norm and ReLU between, tanh at the end.
 *   <li>Discriminator: {@code 4 × [Conv k4 s2 p1 → LeakyReLU 0.2]} (d → 8d), flatten, linear;
 *       spectrally normalised unless told otherwise.
 * </ul>
 *
 * @param bins the spectrogram's rows
 * @param frames the spectrogram's columns
 * @param width d
 * @param spectral whether the discriminator's weights are spectrally normalised
 */
record SpecganBlocks(int bins, int frames, int width, boolean spectral) implements AudioBlocks {

    private static final Shape KERNEL = new Shape(4, 4);
    private static final Shape STRIDE = new Shape(2, 2);
    private static final Shape PADDING = new Shape(1, 1);
    private static final Shape NO_OUTPUT_PADDING = new Shape(0, 0);
    private static final int LAYERS = 4;

    /** Checks the geometry. */
    SpecganBlocks {
        if (bins % 16 != 0 || frames % 16 != 0 || bins <= 0 || frames <= 0 || width < 1) {
            throw new IllegalArgumentException("SpecGAN needs bins and frames that are multiples of 16 and width ≥ 1,"
                    + " got " + bins + " × " + frames + ", width " + width);
        }
    }

    @Override
    public Block generator(ConditionSpec condition, int labelWidth) {
        SequentialBlock generator = AudioLayers.generatorInput(condition, labelWidth);
        int channels = 8 * width;
        int rows = bins / 16;
        int columns = frames / 16;
        generator.add(AudioLayers.linear((long) channels * rows * columns, false))
                .add(LambdaBlock.singleton(z -> z.reshape(-1, channels, rows, columns), "reshape"))
                .add(AudioLayers.batchNorm())
                .add(Activation.reluBlock());
        for (int layer = 0; layer < LAYERS; layer++) {
            boolean last = layer == LAYERS - 1;
            generator.add(AudioLayers.transposed(KERNEL, STRIDE, PADDING, NO_OUTPUT_PADDING,
                    last ? 1 : channels >> (layer + 1), last));
            if (last) {
                generator.add(Activation.tanhBlock());
            } else {
                generator.add(AudioLayers.batchNorm()).add(Activation.reluBlock());
            }
        }
        return generator;
    }

    /** @return the trunk's feature width */
    @Override
    public long features() {
        return 8L * width * (bins / 16) * (frames / 16);
    }

    /** @return spectrograms (B, 1, bins, frames) to flattened features (B, {@link #features()}) */
    @Override
    public SequentialBlock trunk() {
        return AudioLayers.convolutionTrunk(KERNEL, STRIDE, PADDING, LAYERS, width, spectral, trunk -> {});
    }
}
