package org.gan4j.image.data;

import static org.gan4j.image.data.IdxReaderTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderTest {

    @TempDir
    Path root;

    @Test
    void givenThreeClassesOfTinyPngsWhenLoadedThenLabelsAreSortedFolderNamesAndShapesMatch() throws IOException {
        Fixtures.greyPng(root.resolve("zebra/a.png"), 3, 2, 0);
        Fixtures.greyPng(root.resolve("ant/b.PNG"), 3, 2, 10);
        Fixtures.greyPng(root.resolve("ant/a.png"), 3, 2, 20);
        Fixtures.greyPng(root.resolve("moth/c.png"), 3, 2, 30);
        Files.writeString(root.resolve("moth/notes.txt"), "not an image");
        Files.createDirectories(root.resolve(".hidden"));

        ImageData data = ImageFolder.load(root, 0, 0);

        assertEquals(List.of("ant", "moth", "zebra"), data.classes());
        assertEquals(4, data.size());
        assertEquals(new Shape(1, 2, 3), data.sampleShape());
        int[] labels = {data.label(0), data.label(1), data.label(2), data.label(3)};
        assertEquals(List.of(0, 0, 1, 2), Arrays.stream(labels).boxed().toList());
        // ant/a.png (base 20) sorts before ant/b.PNG (base 10); pixel (x, y) = base + x + 3y
        float[] first = data.image(0);
        for (int j = 0; j < 6; j++) {
            assertEquals(ImageData.scale(20 + j, 255), first[j], 1e-6f);
        }
    }

    @Test
    void givenRgbJpegsAndPngsWhenLoadedThenThreeChannelsInChannelMajorOrder() throws IOException {
        Fixtures.rgbImage(root.resolve("red/1.png"), 4, 4, 0xff0000, "png");
        Fixtures.rgbImage(root.resolve("white/1.jpg"), 4, 4, 0xffffff, "jpg");

        ImageData data = ImageFolder.load(root, 0, 0);

        assertEquals(new Shape(3, 4, 4), data.sampleShape());
        float[] red = data.image(0);
        assertEquals(1f, red[0], 1e-6f);
        assertEquals(-1f, red[16], 1e-6f);
        assertEquals(-1f, red[32], 1e-6f);
        assertEquals(1f, data.image(1)[40], 0.02f);
    }

    @Test
    void givenMixedSizesWhenLoadedThenErrorNamesTwoFilesAndTheResizeOption() throws IOException {
        Fixtures.greyPng(root.resolve("a/1.png"), 4, 4, 0);
        Fixtures.greyPng(root.resolve("b/2.png"), 5, 3, 0);

        IOException e = assertThrows(IOException.class, () -> ImageFolder.load(root, 0, 0));

        assertMessage(e, Path.of("a", "1.png") + " is 4×4", Path.of("b", "2.png") + " is 5×3", "resize:");
    }

    @Test
    void givenMixedSizesWhenResizedThenAllHaveTheRequestedSizeAndKeepTheirValues() throws IOException {
        Fixtures.rgbImage(root.resolve("a/1.png"), 8, 8, 0x808080, "png");
        Fixtures.rgbImage(root.resolve("b/2.png"), 3, 5, 0x808080, "png");

        ImageData data = ImageFolder.load(root, 4, 0);

        assertEquals(new Shape(3, 4, 4), data.sampleShape());
        for (int i = 0; i < 2; i++) {
            for (float v : data.image(i)) {
                assertEquals(ImageData.scale(128, 255), v, 1e-5f);
            }
        }
    }

    @Test
    void givenRampWhenHalvedThenTriangleFilterWeighsNeighboursAndKeepsTheMean() throws IOException {
        Fixtures.greyPng(root.resolve("a/1.png"), 4, 1, 0);

        ImageData data = ImageFolder.load(root, 2, 0);

        // row 0 1 2 3 -> weights (3, 3, 1)/7 around each output centre: 5/7 and 16/7, mean 1.5 kept
        assertEquals(new Shape(1, 2, 2), data.sampleShape());
        float[] image = data.image(0);
        assertEquals(ImageData.scale(5 / 7f, 255), image[0], 1e-5f);
        assertEquals(ImageData.scale(16 / 7f, 255), image[1], 1e-5f);
        assertEquals(image[0], image[2]);
    }

    @Test
    void givenMixedColourModesWhenLoadedThenErrorNamesTwoFilesAndTheChannelsOption() throws IOException {
        Fixtures.greyPng(root.resolve("a/grey.png"), 4, 4, 0);
        Fixtures.rgbImage(root.resolve("b/colour.png"), 4, 4, 0x123456, "png");

        IOException e = assertThrows(IOException.class, () -> ImageFolder.load(root, 0, 0));

        assertMessage(e, Path.of("a", "grey.png") + " is greyscale", Path.of("b", "colour.png") + " is RGB",
                "channels: 1", "channels: 3");
    }

    @Test
    void givenMixedColourModesWhenConvertedThenOneModeForAll() throws IOException {
        Fixtures.greyPng(root.resolve("a/grey.png"), 2, 2, 100);
        Fixtures.rgbImage(root.resolve("b/colour.png"), 2, 2, 0x00ff00, "png");

        ImageData grey = ImageFolder.load(root, 0, 1);
        ImageData rgb = ImageFolder.load(root, 0, 3);

        assertEquals(new Shape(1, 2, 2), grey.sampleShape());
        assertEquals(ImageData.scale(0.587f * 255, 255), grey.image(1)[0], 1e-5f);
        assertEquals(new Shape(3, 2, 2), rgb.sampleShape());
        float[] replicated = rgb.image(0);
        assertEquals(replicated[0], replicated[4]);
        assertEquals(replicated[0], replicated[8]);
        assertEquals(ImageData.scale(100, 255), replicated[0], 1e-6f);
    }

    @Test
    void givenFolderWithoutClassFoldersWhenLoadedThenErrorExplainsTheLayout() throws IOException {
        Fixtures.greyPng(root.resolve("loose.png"), 2, 2, 0);

        IOException e = assertThrows(IOException.class, () -> ImageFolder.load(root, 0, 0));

        assertMessage(e, "no class sub-folders", root.resolve("cats").toString());
    }

    @Test
    void givenClassFolderWithoutImagesWhenLoadedThenErrorNamesIt() throws IOException {
        Fixtures.greyPng(root.resolve("a/1.png"), 2, 2, 0);
        Files.createDirectories(root.resolve("b"));

        IOException e = assertThrows(IOException.class, () -> ImageFolder.load(root, 0, 0));

        assertMessage(e, root.resolve("b") + " holds no PNG or JPEG files");
    }

    @Test
    void givenUnreadableImageWhenLoadedThenErrorNamesTheFile() throws IOException {
        Fixtures.greyPng(root.resolve("a/1.png"), 2, 2, 0);
        Path broken = Files.writeString(root.resolve("a/2.png"), "not a png");

        IOException e = assertThrows(IOException.class, () -> ImageFolder.load(root, 0, 0));

        assertMessage(e, broken.toString());
    }
}
