package org.gan4j.image.model;

import ai.djl.nn.Block;
import java.util.List;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.spi.Architecture;
import org.gan4j.core.spi.ModelRequest;

/**
 * The DCGAN architectures for images of 28, 32 or 64 pixels, grey or RGB: {@code dcgan} (batch
 * normalisation in D) and {@code sn-dcgan} (spectral normalisation in D, the same generator). They
 * are class-conditional when the data carries class labels. Options: {@code width} (64), and for
 * class-conditional data {@code embedding} (50), {@code discriminator} ({@code projection},
 * {@code concat} or {@code auxiliary} for AC-GAN) and {@code auxiliaryWeight} (1); see {@link DcganBlocks} for the layouts.
 */
public final class DcganArchitecture implements Architecture {

    private final String name;
    private final DiscriminatorNorm norm;

    private DcganArchitecture(String name, DiscriminatorNorm norm) {
        this.name = name;
        this.norm = norm;
    }

    /** @return {@code dcgan}: batch-normalised discriminator, leaky ReLU 0.2 */
    public static DcganArchitecture dcgan() {
        return new DcganArchitecture("dcgan", DiscriminatorNorm.BATCH);
    }

    /** @return {@code sn-dcgan}: spectrally normalised discriminator, leaky ReLU 0.1 */
    public static DcganArchitecture snDcgan() {
        return new DcganArchitecture("sn-dcgan", DiscriminatorNorm.SPECTRAL);
    }

    /** @return every image architecture, for a modality's {@code architectures()} */
    public static List<Architecture> all() {
        return List.of(dcgan(), snDcgan());
    }

    /** {@inheritDoc} */
    @Override
    public String name() {
        return name;
    }

    /** {@inheritDoc} */
    @Override
    public String description() {
        String discriminator = norm == DiscriminatorNorm.BATCH ? "batch-normalised" : "spectrally normalised";
        return "DCGAN, " + discriminator + " discriminator, 28/32/64 px, class-conditional on labelled data"
                + " (options: width, embedding, discriminator = projection|concat|auxiliary, auxiliaryWeight)";
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException for an unsupported image shape, or the AC-GAN discriminator with an embedding condition
     * @throws org.gan4j.core.options.ConfigException for an unknown or invalid option
     */
    @Override
    public GanModel build(ModelRequest request) {
        ConditionSpec condition = request.condition();
        DcganOptions options = DcganOptions.parse(request.options(), condition);
        DcganBlocks blocks = blocks(request, options);
        return new GanModel(
                name,
                () -> blocks.generator(condition, options.labelWidth()),
                blocks.discriminator(condition, options.conditioning()),
                request.prior(),
                condition,
                blocks.geometry().shape(),
                options.auxiliaryWeight());
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException for an unsupported image shape
     */
    @Override
    public Block encoder(ModelRequest request, int embeddingDim) {
        return blocks(request, DcganOptions.parse(request.options(), request.condition())).encoder(embeddingDim);
    }

    private DcganBlocks blocks(ModelRequest request, DcganOptions options) {
        return new DcganBlocks(ImageGeometry.of(request.sampleShape()), options.width(), norm, options.dropout());
    }
}
