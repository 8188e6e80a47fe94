package org.gan4j.image.samples;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.gan4j.core.checkpoint.AtomicFiles;
import org.gan4j.core.spi.SampleWriter;

/**
 * Writes a batch of images (N, C, H, W) with values in [-1, 1] as one PNG grid, {@code stem.png}:
 * grey for one channel, RGB for three. Tiles are separated and framed by {@link #BORDER} pixels of
 * white. Class-conditional samples (INT64 labels of shape (N)) get one row per class, row {@code c}
 * for class {@code c}, in batch order within a row; other samples fill a near-square grid row by
 * row.
 */
public final class ImageGridWriter implements SampleWriter {

    /** The width of the frame around every tile, in pixels. */
    public static final int BORDER = 2;

    /** The level (0..255, every channel) of the frame and of empty cells. */
    public static final int BORDER_LEVEL = 255;

    /**
     * Maps a sample value to an 8-bit level: -1 → 0, 1 → 255, linear between, clamped outside;
     * NaN → 0.
     *
     * @param value the sample value
     * @return the level in [0, 255]
     */
    public static int level(float value) {
        if (Float.isNaN(value)) {
            return 0;
        }
        return Math.round((Math.max(-1f, Math.min(1f, value)) + 1f) * 127.5f);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the samples are not (N, 1 or 3, H, W)
     */
    @Override
    public List<Path> write(NDArray samples, NDArray conditions, Path directory, String stem) throws IOException {
        Shape shape = samples.getShape();
        if (shape.dimension() != 4 || (shape.get(1) != 1 && shape.get(1) != 3)) {
            throw new IllegalArgumentException("an image grid needs samples of shape (N, 1 or 3, H, W), got " + shape);
        }
        int count = (int) shape.get(0);
        GridLayout layout = isClassLabels(conditions, count)
                ? GridLayout.byClass(conditions.toLongArray())
                : GridLayout.square(count);
        BufferedImage grid = render(samples.toFloatArray(), shape, layout);
        Path file = directory.resolve(stem + ".png");
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(grid, "png", out)) {
                throw new IOException("no PNG writer available for " + file);
            }
        });
        return List.of(file);
    }

    private static boolean isClassLabels(NDArray conditions, int count) {
        return conditions != null
                && conditions.getDataType() == DataType.INT64
                && conditions.getShape().equals(new Shape(count));
    }

    private static BufferedImage render(float[] values, Shape shape, GridLayout layout) {
        int channels = (int) shape.get(1);
        int height = (int) shape.get(2);
        int width = (int) shape.get(3);
        BufferedImage grid = new BufferedImage(
                layout.columns() * (width + BORDER) + BORDER,
                layout.rows() * (height + BORDER) + BORDER,
                channels == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        WritableRaster raster = grid.getRaster();
        fill(raster, BORDER_LEVEL);
        int tile = channels * height * width;
        for (int i = 0; i < layout.cells().length; i++) {
            int left = BORDER + (layout.cells()[i] % layout.columns()) * (width + BORDER);
            int top = BORDER + (layout.cells()[i] / layout.columns()) * (height + BORDER);
            for (int c = 0; c < channels; c++) {
                for (int y = 0; y < height; y++) {
                    for (int x = 0; x < width; x++) {
                        int value = level(values[i * tile + (c * height + y) * width + x]);
                        raster.setSample(left + x, top + y, c, value);
                    }
                }
            }
        }
        return grid;
    }

    private static void fill(WritableRaster raster, int level) {
        for (int band = 0; band < raster.getNumBands(); band++) {
            for (int y = 0; y < raster.getHeight(); y++) {
                for (int x = 0; x < raster.getWidth(); x++) {
                    raster.setSample(x, y, band, level);
                }
            }
        }
    }
}
