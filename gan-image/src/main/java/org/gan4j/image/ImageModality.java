package org.gan4j.image;

import java.util.List;
import org.gan4j.core.spi.Architecture;
import org.gan4j.core.spi.DataSourceProvider;
import org.gan4j.core.spi.EvaluatorFactory;
import org.gan4j.core.spi.Modality;
import org.gan4j.core.spi.Preset;
import org.gan4j.core.spi.SampleWriter;
import org.gan4j.image.data.ImageDataProvider;
import org.gan4j.image.eval.ImageEvaluatorFactory;
import org.gan4j.image.model.DcganArchitecture;
import org.gan4j.image.samples.ImageGridWriter;

/**
 * The image modality: MNIST, Fashion-MNIST and image folders; DCGAN and SN-DCGAN (unconditional
 * or class-conditional); PNG sample grids; a self-trained CNN evaluator for IS, FID, KID,
 * precision/recall and class metrics.
 */
public final class ImageModality implements Modality {

    @Override
    public String name() {
        return "image";
    }

    @Override
    public String description() {
        return "images (MNIST, Fashion-MNIST, folders of PNG/JPEG)";
    }

    @Override
    public String sampleType() {
        return "image (channels, height, width) in [-1, 1]";
    }

    @Override
    public List<DataSourceProvider> dataSources() {
        return List.copyOf(ImageDataProvider.all());
    }

    @Override
    public List<Architecture> architectures() {
        return DcganArchitecture.all();
    }

    @Override
    public SampleWriter sampleWriter() {
        return new ImageGridWriter();
    }

    @Override
    public EvaluatorFactory evaluatorFactory() {
        return new ImageEvaluatorFactory();
    }

    @Override
    public List<Preset> presets() {
        return List.of(
                Preset.fromResource(ImageModality.class, "mnist-dcgan", "DCGAN on MNIST (the README's main job)"),
                Preset.fromResource(ImageModality.class, "mnist-cgan", "class-conditional DCGAN on MNIST (projection D, mode seeking)"),
                Preset.fromResource(ImageModality.class, "fashion-dcgan", "DCGAN on Fashion-MNIST"));
    }
}
