package org.gan4j.audio.model;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv1d;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.initializer.Initializer;
import ai.djl.training.initializer.NormalInitializer;
import java.util.function.Consumer;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.nn.AuxiliaryClassifierDiscriminator;
import org.gan4j.core.nn.ClassEmbedding;
import org.gan4j.core.nn.LabelConcatenation;
import org.gan4j.core.nn.ProjectionDiscriminator;
import org.gan4j.core.nn.SnConvolution;
import org.gan4j.core.nn.SnLinear;
import org.gan4j.core.nn.TransposedConvolution;

/**
 * The layers both audio GANs are built from, and their class conditioning: a learned label
 * embedding (N(0, 1), like PyTorch's {@code nn.Embedding}) concatenated to z in the generator, and
 * the projection discriminator. Weights are initialised as in DCGAN (Radford et al. 2016): N(0,
 * 0.02), batch-norm scales N(1, 0.02), biases 0; generator layers without batch norm that feed a
 * ReLU can take He-normal weights instead ({@link #heNormal}).
 */
final class AudioLayers {

    private static final Initializer WEIGHTS = new NormalInitializer(0.02f);
    private static final Initializer SCALES =
            (manager, shape, dataType) -> manager.randomNormal(1f, 0.02f, shape, dataType);

    private AudioLayers() {}

    private static Block weights(Block block) {
        block.setInitializer(WEIGHTS, Parameter.Type.WEIGHT);
        return block;
    }

    /**
     * Gives a layer that feeds a ReLU He-normal weights (He et al. 2015): N(0, 2 / n) with n the
     * inputs that reach one output, so the signal keeps its scale from layer to layer. Without batch
     * norm, DCGAN's N(0, 0.02) shrinks it about 10× per WaveGAN layer: a fresh generator's output
     * has a standard deviation of 3·10⁻⁴, silence that the discriminator separates from speech at
     * once and for good.
     *
     * @param block a {@link #linear} (weight: outputs × inputs) or {@link #transposed} layer (weight:
     *     inputs × outputs × kernel)
     * @param stride the transposed convolution's stride, whose phases each see 1/stride of the
     *     kernel's taps; {@code null} for a linear layer
     * @return the block
     */
    static Block heNormal(Block block, Shape stride) {
        block.setInitializer((manager, shape, dataType) -> {
            double inputs = stride == null ? shape.get(1) : shape.get(0) * shape.slice(2).size() / (double) stride.size();
            return manager.randomNormal(0f, (float) Math.sqrt(2 / inputs), shape, dataType);
        }, Parameter.Type.WEIGHT);
        return block;
    }

    /**
     * @param kernel the kernel shape, 1-D or 2-D
     * @param stride the stride
     * @param padding the padding
     * @param filters the output channels
     * @param spectral whether the weight is spectrally normalised
     * @return a convolution
     */
    static Block convolution(Shape kernel, Shape stride, Shape padding, int filters, boolean spectral) {
        if (spectral) {
            return weights(SnConvolution.builder().setKernelShape(kernel).optStride(stride).optPadding(padding)
                    .setFilters(filters).build());
        }
        return weights(kernel.dimension() == 1
                ? Conv1d.builder().setKernelShape(kernel).optStride(stride).optPadding(padding).setFilters(filters).build()
                : Conv2d.builder().setKernelShape(kernel).optStride(stride).optPadding(padding).setFilters(filters).build());
    }

    /**
     * @param kernel the convolutions' kernel
     * @param stride their stride
     * @param padding their padding
     * @param layers how many
     * @param width d: layer i has d · 2^i filters
     * @param spectral whether the convolutions are spectrally normalised
     * @param between adds what follows every convolution but the last (e.g. phase shuffle), if anything
     * @return layers × [Conv → LeakyReLU 0.2 → between], then flatten
     */
    static SequentialBlock convolutionTrunk(Shape kernel, Shape stride, Shape padding, int layers, int width,
            boolean spectral, Consumer<SequentialBlock> between) {
        SequentialBlock trunk = new SequentialBlock();
        for (int layer = 0; layer < layers; layer++) {
            trunk.add(convolution(kernel, stride, padding, width << layer, spectral))
                    .add(Activation.leakyReluBlock(0.2f));
            if (layer < layers - 1) {
                between.accept(trunk);
            }
        }
        return trunk.add(Blocks.batchFlattenBlock());
    }

    /**
     * @param kernel the kernel shape
     * @param stride the stride
     * @param padding the padding
     * @param outputPadding the output padding
     * @param filters the output channels
     * @param bias whether to add a bias
     * @return a transposed convolution
     */
    static Block transposed(Shape kernel, Shape stride, Shape padding, Shape outputPadding, int filters, boolean bias) {
        return weights(TransposedConvolution.builder().setKernelShape(kernel).optStride(stride).optPadding(padding)
                .optOutputPadding(outputPadding).setFilters(filters).optBias(bias).build());
    }

    /**
     * @param units the output features
     * @param spectral whether the weight is spectrally normalised
     * @return a fully connected layer with bias
     */
    static Block linear(long units, boolean spectral) {
        return weights(spectral ? SnLinear.builder().setUnits(units).build() : Linear.builder().setUnits(units).build());
    }

    /** @return batch normalisation over the channel axis */
    static Block batchNorm() {
        Block norm = BatchNorm.builder().build();
        norm.setInitializer(SCALES, Parameter.Type.GAMMA);
        return norm;
    }

    /**
     * Starts a generator: for class labels, a learned embedding of the label appended to z; for an
     * embedding (another modality's encoder), a linear map of it.
     *
     * @param condition unconditional, class labels or an embedding
     * @param labelWidth the width appended to z
     * @return a block to add the generator's layers to
     */
    static SequentialBlock generatorInput(ConditionSpec condition, int labelWidth) {
        SequentialBlock generator = new SequentialBlock();
        if (condition.kind() == ConditionSpec.Kind.CLASS_LABEL) {
            Block embedding = new ClassEmbedding(condition.size(), labelWidth, false);
            embedding.setInitializer(new NormalInitializer(1f), Parameter.Type.WEIGHT);
            generator.add(new LabelConcatenation(embedding, new Shape(labelWidth)));
        } else if (condition.kind() == ConditionSpec.Kind.EMBEDDING) {
            generator.add(new LabelConcatenation(linear(labelWidth, false), new Shape(labelWidth)));
        }
        return generator;
    }

    /**
     * Finishes a discriminator: a linear head on the trunk's features, plus the projection of a
     * class embedding (class labels) or of a linear map of the embedding (embeddings) on them.
     *
     * @param trunk maps samples to features (B, features)
     * @param features the width of the features
     * @param condition unconditional, class labels or an embedding
     * @param spectral whether the head and embedding are spectrally normalised
     * @return the discriminator
     */
    static Block discriminator(Block trunk, long features, ConditionSpec condition, boolean spectral, boolean auxiliary) {
        return switch (condition.kind()) {
            case NONE -> new SequentialBlock().add(trunk).add(linear(1, spectral));
            case CLASS_LABEL -> auxiliary
                    ? new AuxiliaryClassifierDiscriminator(trunk, linear(1, spectral), linear(condition.size(), spectral),
                            condition.size())
                    : new ProjectionDiscriminator(trunk, linear(1, spectral),
                            weights(new ClassEmbedding(condition.size(), features, spectral)));
            case EMBEDDING -> new ProjectionDiscriminator(trunk, linear(1, spectral), linear(features, spectral));
        };
    }
}
