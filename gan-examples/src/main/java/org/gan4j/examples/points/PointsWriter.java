package org.gan4j.examples.points;

import ai.djl.ndarray.NDArray;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.gan4j.core.checkpoint.AtomicFiles;
import org.gan4j.core.spi.SampleWriter;

/**
 * Writes 2-D points as {@code stem.csv} (a header {@code x,y}, then one point per line) and
 * {@code stem.png} (a {@value #SIZE}×{@value #SIZE} scatter plot, with the modes circled when the
 * writer knows them).
 */
public final class PointsWriter implements SampleWriter {

    /** The plot's width and height in pixels. */
    public static final int SIZE = 400;

    private final MixtureLayout layout;

    /** A writer that plots points only. */
    public PointsWriter() {
        this(null);
    }

    /** @param layout the modes to circle on the plot, or {@code null} */
    public PointsWriter(MixtureLayout layout) {
        this.layout = layout;
    }

    @Override
    public List<Path> write(NDArray samples, NDArray conditions, Path directory, String stem) throws IOException {
        if (samples.getShape().dimension() != 2 || samples.getShape().get(1) != 2) {
            throw new IllegalArgumentException("points samples must have shape (N, 2), not " + samples.getShape());
        }
        float[] xy = samples.toFloatArray();
        Path csv = directory.resolve(stem + ".csv");
        StringBuilder text = new StringBuilder("x,y\n");
        for (int i = 0; i < xy.length; i += 2) {
            text.append(String.format(Locale.ROOT, "%.6f,%.6f%n", xy[i], xy[i + 1]));
        }
        AtomicFiles.write(csv, text.toString().getBytes(StandardCharsets.UTF_8));
        Path png = directory.resolve(stem + ".png");
        AtomicFiles.write(png, out -> {
            if (!ImageIO.write(ScatterPlot.render(xy, layout, SIZE), "png", out)) {
                throw new IOException("no PNG writer is available to write " + png);
            }
        });
        return List.of(csv, png);
    }
}
