package org.gan4j.image.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PNG grids read back pixel by pixel. */
class ImageGridWriterTest {

    private static final int B = ImageGridWriter.BORDER;
    private static final int WHITE = ImageGridWriter.BORDER_LEVEL;
    private static final int HEIGHT = 4;
    private static final int WIDTH = 3;

    @TempDir
    Path directory;

    private NDManager manager;

    @BeforeEach
    void open() {
        manager = NDManager.newBaseManager();
    }

    @AfterEach
    void close() {
        manager.close();
    }

    @Test
    void givenSampleValuesWhenLevelledThenMinusOneToOneSpansZeroTo255AndOutliersClamp() {
        assertEquals(0, ImageGridWriter.level(-1f));
        assertEquals(128, ImageGridWriter.level(0f));
        assertEquals(255, ImageGridWriter.level(1f));
        assertEquals(64, ImageGridWriter.level(-0.5f));
        assertEquals(0, ImageGridWriter.level(-3f));
        assertEquals(255, ImageGridWriter.level(7f));
        assertEquals(0, ImageGridWriter.level(Float.NaN));
    }

    @Test
    void givenFiveGreyImagesWhenWrittenThenNearSquareGridWithBordersHoldsEachTileInOrder() throws IOException {
        NDArray samples = manager.create(tiles(5, 1), new Shape(5, 1, HEIGHT, WIDTH));

        List<Path> files = new ImageGridWriter().write(samples, null, directory, "step-000100");

        assertEquals(List.of(directory.resolve("step-000100.png")), files);
        BufferedImage grid = ImageIO.read(files.get(0).toFile());
        assertEquals(3 * (WIDTH + B) + B, grid.getWidth(), "3 columns");
        assertEquals(2 * (HEIGHT + B) + B, grid.getHeight(), "2 rows");
        assertEquals(1, grid.getRaster().getNumBands(), "grey");
        for (int i = 0; i < 5; i++) {
            assertTile(grid, i / 3, i % 3, i, 0);
        }
        assertEmpty(grid, 1, 2);
        assertEquals(WHITE, grid.getRaster().getSample(0, 0, 0), "outer frame");
        assertEquals(WHITE, grid.getRaster().getSample(B + WIDTH, B, 0), "frame between tiles");
    }

    @Test
    void givenRgbImagesWhenWrittenThenEachChannelLandsInItsBand() throws IOException {
        NDArray samples = manager.create(tiles(2, 3), new Shape(2, 3, HEIGHT, WIDTH));

        Path file = new ImageGridWriter().write(samples, null, directory, "rgb").get(0);

        BufferedImage grid = ImageIO.read(file.toFile());
        assertEquals(2 * (WIDTH + B) + B, grid.getWidth());
        assertEquals(HEIGHT + 2 * B, grid.getHeight());
        for (int i = 0; i < 2; i++) {
            for (int channel = 0; channel < 3; channel++) {
                assertTile(grid, 0, i, i, channel);
            }
        }
    }

    @Test
    void givenClassLabelsCyclingThroughThreeClassesWhenWrittenThenRowCHoldsClassCInBatchOrder() throws IOException {
        NDArray samples = manager.create(tiles(7, 1), new Shape(7, 1, HEIGHT, WIDTH));
        NDArray labels = manager.arange(0, 7, 1, DataType.INT64).mod(3);

        Path file = new ImageGridWriter().write(samples, labels, directory, "classes").get(0);

        BufferedImage grid = ImageIO.read(file.toFile());
        assertEquals(3 * (WIDTH + B) + B, grid.getWidth(), "class 0 has 3 samples");
        assertEquals(3 * (HEIGHT + B) + B, grid.getHeight(), "one row per class");
        for (int i = 0; i < 7; i++) {
            assertTile(grid, i % 3, i / 3, i, 0);
        }
        assertEmpty(grid, 1, 2);
        assertEmpty(grid, 2, 2);
    }

    @Test
    void givenFloatConditionsWhenWrittenThenSquareGridIsUsed() throws IOException {
        NDArray samples = manager.create(tiles(4, 1), new Shape(4, 1, HEIGHT, WIDTH));
        NDArray embeddings = manager.zeros(new Shape(4, 8));

        BufferedImage grid = ImageIO.read(new ImageGridWriter().write(samples, embeddings, directory, "e").get(0).toFile());

        assertEquals(2 * (WIDTH + B) + B, grid.getWidth());
        assertTile(grid, 1, 1, 3, 0);
    }

    @Test
    void givenSamplesThatAreNotImagesWhenWrittenThenRejected() {
        NDArray flat = manager.zeros(new Shape(4, 12));
        NDArray twoChannels = manager.zeros(new Shape(4, 2, HEIGHT, WIDTH));
        assertThrows(IllegalArgumentException.class, () -> new ImageGridWriter().write(flat, null, directory, "x"));
        assertThrows(IllegalArgumentException.class, () -> new ImageGridWriter().write(twoChannels, null, directory, "x"));
    }

    /**
     * Synthetic images: pixel (y, x) of channel c in image i has value {@link #value}, so every
     * pixel of the grid identifies where it came from.
     */
    private static float[] tiles(int count, int channels) {
        float[] values = new float[count * channels * HEIGHT * WIDTH];
        int k = 0;
        for (int i = 0; i < count; i++) {
            for (int c = 0; c < channels; c++) {
                for (int y = 0; y < HEIGHT; y++) {
                    for (int x = 0; x < WIDTH; x++) {
                        values[k++] = value(i, c, y, x);
                    }
                }
            }
        }
        return values;
    }

    /** A distinct value in [-1, 1) per (image, channel, row, column), for up to 8 images. */
    private static float value(int image, int channel, int y, int x) {
        return -1f + (((image * 3 + channel) * HEIGHT + y) * WIDTH + x) / 150f;
    }

    private static void assertTile(BufferedImage grid, int row, int column, int image, int channel) {
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int px = B + column * (WIDTH + B) + x;
                int py = B + row * (HEIGHT + B) + y;
                assertEquals(ImageGridWriter.level(value(image, channel, y, x)), grid.getRaster().getSample(px, py, channel),
                        "image " + image + " channel " + channel + " pixel (" + y + ", " + x + ")");
            }
        }
    }

    private static void assertEmpty(BufferedImage grid, int row, int column) {
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int px = B + column * (WIDTH + B) + x;
                int py = B + row * (HEIGHT + B) + y;
                assertEquals(WHITE, grid.getRaster().getSample(px, py, 0), "empty cell (" + row + ", " + column + ")");
            }
        }
    }
}
