package org.gan4j.examples.points;

import java.util.List;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.options.Options;
import org.gan4j.core.spi.DataRequest;
import org.gan4j.core.spi.DataSourceProvider;

/**
 * A named Gaussian-mixture data source. Every source shares the option {@code std}; a source's
 * own options (such as the ring's {@code radius}) are read by its {@link LayoutReader}. The
 * held-out split draws from the same mixture with a different derived seed.
 */
public final class MixtureSource implements DataSourceProvider {

    /** Mixed into the run seed for the held-out split. */
    private static final long HELD_OUT_SALT = 0x6A09E667F3BCC909L;

    /** Builds a layout from a source's options and the resolved std. */
    @FunctionalInterface
    interface LayoutReader {
        MixtureLayout read(Options options, double std);
    }

    private final String name;
    private final String description;
    private final double defaultStd;
    private final List<String> optionNames;
    private final LayoutReader reader;

    MixtureSource(String name, String description, double defaultStd, List<String> optionNames, LayoutReader reader) {
        this.name = name;
        this.description = description;
        this.defaultStd = defaultStd;
        this.optionNames = List.copyOf(optionNames);
        this.reader = reader;
    }

    /** @return 8 Gaussians on a circle of radius 2, std 0.02 (Metz et al., unrolled GANs) */
    public static MixtureSource ring8() {
        return new MixtureSource("ring8", "8 Gaussians on a circle of radius 2, std 0.02 (options: std, radius)",
                0.02, List.of("std", "radius"),
                (options, std) -> MixtureLayout.ring(8, options.getDouble("radius", 2.0, 1e-3, 1e3), std));
    }

    /** @return 25 Gaussians on the grid {-4,-2,0,2,4}², std 0.05 (Srivastava et al., VEEGAN) */
    public static MixtureSource grid25() {
        return new MixtureSource("grid25", "5x5 grid of Gaussians at {-4,-2,0,2,4}², std 0.05 (options: std)",
                0.05, List.of("std"),
                (options, std) -> MixtureLayout.grid(new double[] {-4, -2, 0, 2, 4}, std));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    /**
     * Reads the layout from a source's options.
     *
     * @param options the data options
     * @return the layout
     * @throws org.gan4j.core.options.ConfigException on an unknown or out-of-range option
     */
    public MixtureLayout layout(Options options) {
        options.requireOnly(optionNames);
        double std = options.getDouble("std", defaultStd, 1e-6, 100);
        return reader.read(options, std);
    }

    @Override
    public DataSource open(DataRequest request) {
        long seed = request.split() == DataRequest.Split.TRAIN ? request.seed() : request.seed() ^ HELD_OUT_SALT;
        return new GaussianMixture(layout(request.options()), seed);
    }
}
