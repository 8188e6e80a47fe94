package org.gan4j.image.model;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.norm.Dropout;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.nn.AuxiliaryClassifierDiscriminator;
import org.gan4j.core.nn.LabelConcatenation;
import org.gan4j.core.nn.ProjectionDiscriminator;

/**
 * Builds the networks of one DCGAN layout (Radford et al. 2016). All blocks are uninitialized.
 *
 * <ul>
 *   <li>Generator: {@code z → Linear → (width·2^(n-1), s0, s0) → BN → ReLU → [ConvT → BN → ReLU]
 *       → … → ConvT to C channels → tanh}, with {@code n} {@link ImageGeometry#doublings()} and
 *       {@code s0} the {@link ImageGeometry#baseSize()}; the channels halve at every doubling, so
 *       the last hidden map has {@code width} channels. Conditioned on a class label, a learned
 *       label embedding is concatenated to z; on an embedding (another modality's encoder), a
 *       linear map of it.
 *   <li>Discriminator: {@code [Conv → (BN) → LeakyReLU] × n → flatten → Linear(1)}, the first
 *       convolution with {@code width} filters, doubling thereafter, normalised as {@link
 *       DiscriminatorNorm} says. Conditioned on a class label or an embedding, through {@link
 *       LabelConditioning} (an AC-GAN discriminator, class labels only, adds a {@code
 *       Linear(classes)} head on the same features).
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
     * @param condition unconditional, a class label or an embedding
     * @param labelWidth the width of the label embedding (or the embedding's linear map) concatenated to z
     * @return the generator
     */
    public Block generator(ConditionSpec condition, int labelWidth) {
        SequentialBlock generator = new SequentialBlock();
        if (condition.isConditional()) {
            generator.add(new LabelConcatenation(inputCondition(condition, labelWidth), new Shape(labelWidth)));
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
     * @param condition unconditional, a class label or an embedding
     * @param conditioning how the condition enters (ignored when unconditional); an embedding
     *     is projected onto the features through a linear map, or mapped to an extra channel
     * @return the discriminator
     * @throws IllegalArgumentException for the AC-GAN discriminator with an embedding condition
     */
    public Block discriminator(ConditionSpec condition, LabelConditioning conditioning) {
        boolean embedding = condition.kind() == ConditionSpec.Kind.EMBEDDING;
        if (condition.isConditional() && conditioning == LabelConditioning.PROJECTION) {
            long features = geometry.deepestFeatures(width);
            return new ProjectionDiscriminator(trunk(dropout), norm.linear(1),
                    embedding ? norm.linear(features) : norm.projection(condition.size(), features));
        }
        if (condition.isConditional() && conditioning == LabelConditioning.AUXILIARY) {
            if (embedding) {
                throw new IllegalArgumentException("the AC-GAN discriminator classifies class labels and cannot be"
                        + " conditioned on an " + condition + "; use discriminator: projection or concat");
            }
            return new AuxiliaryClassifierDiscriminator(trunk(dropout), norm.linear(1), norm.linear(condition.size()),
                    condition.size());
        }
        SequentialBlock discriminator = new SequentialBlock();
        if (condition.isConditional()) {
            discriminator.add(new LabelConcatenation(
                    inputCondition(condition, (long) geometry.size() * geometry.size()),
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
     * The block that turns a condition into an extra input of the given width: a learned table of
     * class labels, or a linear map of an embedding (from another modality's encoder).
     */
    private static Block inputCondition(ConditionSpec condition, long width) {
        return condition.kind() == ConditionSpec.Kind.CLASS_LABEL
                ? DcganLayers.inputEmbedding(condition.size(), width) : DcganLayers.linear(width, true);
    }
}
