package org.gan4j.examples.crossmodal;

import java.util.List;
import org.gan4j.core.spi.Architecture;
import org.gan4j.core.spi.DataSourceProvider;
import org.gan4j.core.spi.EvaluatorFactory;
import org.gan4j.core.spi.Modality;
import org.gan4j.core.spi.Preset;
import org.gan4j.core.spi.SampleWriter;

/**
 * The {@code crossmodal} modality: one modality's samples generated from another's, through
 * gan-core's condition mechanism. Registered through {@code
 * META-INF/services/org.gan4j.core.spi.Modality}; it finds the modalities it combines in the same
 * registry at run time, so gan-core never names them.
 */
public final class CrossModalModality implements Modality {

    /** The registry name. */
    public static final String NAME = "crossmodal";

    private final MultimodalDigitsProvider digits = new MultimodalDigitsProvider();
    private final List<Preset> presets = List.of(
            Preset.fromResource(CrossModalModality.class, "text2image", "MNIST digits drawn from captions (class,"
                    + " thickness, width, slant) through a pretrained text encoder, conditioning augmentation and a"
                    + " matching-aware projection discriminator"),
            Preset.fromResource(CrossModalModality.class, "speech2image", "MNIST digits drawn from spoken digits"
                    + " (espeak-ng, held-out voices for evaluation) through a pretrained WaveGAN-trunk audio encoder"),
            Preset.fromResource(CrossModalModality.class, "image2speech", "spoken digits (WaveGAN) drawn from MNIST"
                    + " images through a pretrained DCGAN-trunk image encoder; held-out voices and test images for"
                    + " evaluation"),
            Preset.fromResource(CrossModalModality.class, "image2text", "captions of MNIST digits (class, thickness,"
                    + " width, slant) written by a conditional RelGAN from a pretrained, frozen DCGAN image encoder"),
            Preset.fromResource(CrossModalModality.class, "fashion-text2image", "Fashion-MNIST garments drawn from"
                    + " captions (garment, brightness, pattern, width measured on each image); text2image's recipe"));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "cross-modal conditional GANs: a target modality generated from another modality's embeddings";
    }

    @Override
    public String sampleType() {
        return "a target-modality sample with its source condition (e.g. a 28x28 digit drawn from a caption)";
    }

    @Override
    public List<DataSourceProvider> dataSources() {
        return List.of(digits);
    }

    @Override
    public List<Architecture> architectures() {
        return List.of(new ConditionalArchitecture());
    }

    @Override
    public SampleWriter sampleWriter() {
        return new TargetSampleWriter(digits::lastTraining);
    }

    @Override
    public EvaluatorFactory evaluatorFactory() {
        return new CrossModalEvaluatorFactory();
    }

    @Override
    public List<Preset> presets() {
        return presets;
    }
}
