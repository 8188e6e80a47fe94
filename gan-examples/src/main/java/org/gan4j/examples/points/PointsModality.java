package org.gan4j.examples.points;

import java.util.List;
import org.gan4j.core.spi.Architecture;
import org.gan4j.core.spi.DataSourceProvider;
import org.gan4j.core.spi.EvaluatorFactory;
import org.gan4j.core.spi.Modality;
import org.gan4j.core.spi.Preset;
import org.gan4j.core.spi.SampleWriter;

/**
 * The {@code points} modality: 2-D Gaussian mixtures ({@code ring8}, {@code grid25}), the {@code
 * mlp} architecture, mode-coverage metrics and the presets {@code points-ring} and {@code
 * points-grid}. Registered through {@code META-INF/services/org.gan4j.core.spi.Modality}.
 */
public final class PointsModality implements Modality {

    /** The registry name. */
    public static final String NAME = "points";

    private static final List<DataSourceProvider> DATA = List.of(MixtureSource.ring8(), MixtureSource.grid25());
    private static final List<Architecture> ARCHITECTURES = List.of(new MlpArchitecture());
    private static final List<Preset> PRESETS = List.of(
            Preset.fromResource(PointsModality.class, "points-ring",
                    "ring8 with an MLP GAN: 8 of 8 modes, ~85% high-quality, in about a minute on a CPU"),
            Preset.fromResource(PointsModality.class, "points-grid",
                    "grid25 with an MLP GAN: about 24 of 25 modes in a few minutes on a CPU"));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "2-D points from Gaussian mixtures: the classic mode-collapse benchmarks";
    }

    @Override
    public String sampleType() {
        return "2-D point (x, y)";
    }

    @Override
    public List<DataSourceProvider> dataSources() {
        return DATA;
    }

    @Override
    public List<Architecture> architectures() {
        return ARCHITECTURES;
    }

    @Override
    public SampleWriter sampleWriter() {
        return new PointsWriter();
    }

    @Override
    public EvaluatorFactory evaluatorFactory() {
        return ModeEvaluator.factory();
    }

    @Override
    public List<Preset> presets() {
        return PRESETS;
    }
}
