package org.gan4j.image.model;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.norm.Dropout;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.nn.LabelConcatenation;
import org.gan4j.core.nn.AuxiliaryClassifierDiscriminator;
import org.gan4j.core.nn.ProjectionDiscriminator;

/**
 * Builds the networks of one DCGAN layout (Radford et al. 2016). All blocks are uninitialized.
 *
 * <ul>
 *   <li>Generator: {@code z → Linear → (width·2^(n-1), s0, s0) → BN → ReLU → [ConvT → BN → ReLU]
 *       → … → ConvT to C channels → tanh}, with {@code n} {@link ImageGeometry#doublings()} and
 *       {@code s0} the {@link ImageGeometry#baseSize()}; the channels halve at every doubling, so
 *       the last hidden map has {@code width} channels. Conditioned on a class label, a learned
 *       label embedding is concatenated to z.
 *   <li>Discriminator: {@code [Conv → (BN) → LeakyReLU] × n → flatten → Linear(1)}, the first
 *       convolution with {@code width} filters, doubling thereafter, normalised as {@link
 *       DiscriminatorNorm} says. Conditioned on a class label, through {@link LabelConditioning}
 *       (an AC-GAN discriminator adds a {@code Linear(classes)} head on the same features).
 *   <li>Encoder: the discriminator's (unconditional) trunk and a linear map to the embedding.
 * </ul>
 *
 * <p>Layers followed by batch normalisation have no bias.
 *
 * @param geometry the image shape
 * @param width the channels of the generator's last hidden map and the discriminator's first
 * @param norm how the discriminator and encoder are normalised
 * @param dropout the drop rate after each activation of the discriminator's trunk (not the
 *     encoder's), 0 for none
 */
public record DcganBlocks(ImageGeometry geometry, int width, DiscriminatorNorm norm, float dropout) {

    /** Checks the width and that the norm is given. */
    public DcganBlocks {
        if (width < 1) {
            throw new IllegalArgumentException("width must be ≥ 1, got " + width);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
        if (geometry == null || norm == null) {
            throw new IllegalArgumentException("geometry and norm are required");
        }
    }

    /**
     * Builds a generator mapping {@code NDList(z (B, zDim)[, labels (B)])} to images (B, C, H, W)
     * in [-1, 1].
     *
     * @param condition unconditional or a class label
     * @param labelWidth the width of the label embedding concatenated to z (class labels only)
     * @return the generator
     * @throws IllegalArgumentException for an embedding condition
     */
    public Block generator(ConditionSpec condition, int labelWidth) {
        int classes = classes(condition);
        SequentialBlock generator = new SequentialBlock();
        if (classes > 0) {
            generator.add(new LabelConcatenation(DcganLayers.inputEmbedding(classes, labelWidth), new Shape(labelWidth)));
        }
        int channels = geometry.deepestChannels(width);
        int side = geometry.baseSize();
        generator.add(DcganLayers.linear(geometry.deepestFeatures(width), false))
                .add(LambdaBlock.singleton(z -> z.reshape(-1, channels, side, side), "reshape"))
                .add(DcganLayers.batchNorm())
                .add(Activation.reluBlock());
        for (int doubling = geometry.doublings() - 2; doubling >= 0; doubling--) {
            generator.add(DcganLayers.transposedConvolution(width << doubling, false))
                    .add(DcganLayers.batchNorm())
                    .add(Activation.reluBlock());
        }
        return generator.add(DcganLayers.transposedConvolution(geometry.channels(), true))
                .add(Activation.tanhBlock());
    }

    /**
     * Builds a discriminator mapping {@code NDList(x (B, C, H, W)[, labels (B)])} to logits (B,
     * 1), followed by class logits (B, classes) for {@link LabelConditioning#AUXILIARY}.
     *
     * @param condition unconditional or a class label
     * @param conditioning how a class label enters (ignored when unconditional)
     * @return the discriminator
     * @throws IllegalArgumentException for an embedding condition
     */
    public Block discriminator(ConditionSpec condition, LabelConditioning conditioning) {
        int classes = classes(condition);
        if (classes > 0 && conditioning == LabelConditioning.PROJECTION) {
            return new ProjectionDiscriminator(
                    trunk(dropout), norm.linear(1), norm.projection(classes, geometry.deepestFeatures(width)));
        }
        if (classes > 0 && conditioning == LabelConditioning.AUXILIARY) {
            return new AuxiliaryClassifierDiscriminator(trunk(dropout), norm.linear(1), norm.linear(classes), classes);
        }
        SequentialBlock discriminator = new SequentialBlock();
        if (classes > 0) {
            discriminator.add(new LabelConcatenation(
                    DcganLayers.inputEmbedding(classes, (long) geometry.size() * geometry.size()),
                    new Shape(1, geometry.size(), geometry.size())));
        }
        return discriminator.add(trunk(dropout)).add(norm.linear(1));
    }

    /**
     * Builds an encoder mapping images (B, C, H, W) to embeddings (B, embeddingDim): the
     * discriminator's trunk followed by a linear layer.
     *
     * @param embeddingDim the width of the embedding
     * @return the encoder
     */
    public Block encoder(int embeddingDim) {
        return new SequentialBlock().add(trunk(0f)).add(DcganLayers.linear(embeddingDim, true));
    }

    /**
     * The discriminator's convolutional trunk: images (B, C', H, W) to flattened features (B,
     * {@link ImageGeometry#deepestFeatures(int)}).
     *
     * @param rate the drop rate after each stage's activation, 0 for none
     * @return the trunk
     */
    SequentialBlock trunk(float rate) {
        SequentialBlock trunk = new SequentialBlock();
        for (int halving = 0; halving < geometry.doublings(); halving++) {
            trunk.addAll(norm.downsampling(width << halving, halving == 0));
            if (rate > 0) {
                trunk.add(Dropout.builder().optRate(rate).build());
            }
        }
        return trunk.add(Blocks.batchFlattenBlock());
    }

    /**
     * Checks that a condition is one these networks take.
     *
     * @param condition the condition
     * @return the number of classes, 0 when unconditional
     * @throws IllegalArgumentException for an embedding condition
     */
    static int classes(ConditionSpec condition) {
        return switch (condition.kind()) {
            case NONE -> 0;
            case CLASS_LABEL -> condition.size();
            case EMBEDDING -> throw new IllegalArgumentException("DCGAN models cannot be conditioned on an "
                    + condition + " yet; use class labels or no condition");
        };
    }
}
