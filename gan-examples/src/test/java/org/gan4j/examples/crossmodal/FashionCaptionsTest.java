package org.gan4j.examples.crossmodal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gan4j.core.options.ConfigException;
import org.gan4j.core.options.Options;
import org.gan4j.core.spi.DataRequest;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.text.data.Tokenization;
import org.gan4j.text.data.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fashion-MNIST with captions: measurements on hand-built garments, captions, the dataset option. */
class FashionCaptionsTest {

    /** Fashion-MNIST's classes in label order, as the captions may name them. */
    private static final List<List<String>> NAMES = List.of(List.of("t-shirt", "top"),
            List.of("pair of trousers", "pair of pants"), List.of("pullover", "sweater"), List.of("dress"),
            List.of("coat", "jacket"), List.of("sandal"), List.of("shirt", "blouse"), List.of("sneaker", "trainer"),
            List.of("bag", "handbag"), List.of("ankle boot", "boot"));

    @TempDir
    Path cache;

    private static float[] blank() {
        float[] image = new float[28 * 28];
        Arrays.fill(image, -1f);
        return image;
    }

    @Test
    void givenAPlainGreyBlockWhenMeasuredThenBrightnessIsItsIntensityTextureZeroWidthItsColumns() {
        float[] image = blank();
        for (int y = 4; y < 14; y++) {
            for (int x = 3; x < 9; x++) {
                image[y * 28 + x] = 0.2f; // intensity 0.6
            }
        }
        ClothingMeasurements m = ClothingMeasurements.of(image, 28, 28);
        assertEquals(0.6, m.brightness(), 1e-6);
        assertEquals(0.0, m.texture(), 1e-9);
        assertEquals(6.0, m.width(), 1e-9);
    }

    @Test
    void givenVerticalStripesWhenMeasuredThenTextureIsTheMeanStepOverAllNeighbourPairs() {
        float[] image = blank();
        for (int y = 4; y < 14; y++) {
            for (int x = 3; x < 9; x++) {
                image[y * 28 + x] = x % 2 == 0 ? 1f : 0f; // intensities 1 and 0.5
            }
        }
        ClothingMeasurements m = ClothingMeasurements.of(image, 28, 28);
        assertEquals(0.75, m.brightness(), 1e-6);
        // 10 rows × 5 horizontal pairs each step 0.5; 9 × 6 vertical pairs step 0: 25 / 104
        assertEquals(25.0 / 104, m.texture(), 1e-6);
        assertEquals(6.0, m.width(), 1e-9);
        assertArrayEquals(new double[] {0.75, 25.0 / 104, 6}, CaptionScheme.CLOTHING.measure(image, 28, 28), 1e-6);
        assertEquals(new ClothingMeasurements(0, 0, 0), ClothingMeasurements.of(blank(), 28, 28));
    }

    @Test
    void givenEveryClassAndLevelWhenCaptionedThenTheCaptionNamesThemAndSurvivesTokenization() {
        String[][] words = {{"dark", "grey", "light"}, {"plain", "patterned"}, {"narrow", "regular", "wide"}};
        for (int label = 0; label < 10; label++) {
            for (int b = 0; b < 3; b++) {
                for (int p = 0; p < 2; p++) {
                    for (int w = 0; w < 3; w++) {
                        String caption = CaptionScheme.CLOTHING.caption(label, new int[] {b, p, w}, label * 31L + b);
                        int own = label;
                        assertTrue(NAMES.get(own).stream().anyMatch(caption::endsWith)
                                || NAMES.get(own).stream().anyMatch(n -> caption.contains(n + " ,")), caption);
                        List<String> tokens = Tokenization.WORD.tokenize(caption);
                        assertTrue(tokens.containsAll(List.of(words[0][b], words[1][p], words[2][w])), caption);
                        Vocabulary vocabulary = Vocabulary.build(List.of(tokens), 100);
                        assertEquals(caption, Tokenization.WORD.join(vocabulary.decode(vocabulary.encode(tokens))));
                    }
                }
            }
        }
    }

    @Test
    void givenBadDatasetOptionsWhenParsingThenTheErrorNamesTheFieldAndTheKnownNames() {
        ConfigException unknown = assertThrows(ConfigException.class, () -> PairingSettings.parse(
                new Options("data.options", Map.of("dataset", "cifar")), 1));
        assertTrue(unknown.getMessage().startsWith("data.options.dataset = 'cifar' is invalid")
                && unknown.getMessage().contains("[mnist, fashion]"), unknown.getMessage());
        ConfigException direction = assertThrows(ConfigException.class, () -> PairingSettings.parse(
                new Options("data.options", Map.of("dataset", "fashion", "source", "image", "target", "text")), 1));
        assertTrue(direction.getMessage().contains("image->text") && direction.getMessage().contains("only text->image"),
                direction.getMessage());
        assertEquals(CaptionScheme.CLOTHING, PairingSettings.parse(
                new Options("data.options", Map.of("dataset", "fashion")), 1).dataset());
    }

    @Test
    void givenATinyFashionCacheWhenLoadingThenEachImageIsPairedWithACaptionOfItsGarment() throws Exception {
        TinyDigitsCache.writeFashion(cache, 120, 110);
        PairingSettings settings = PairingSettings.parse(new Options("data.options", Map.of("dataset", "fashion",
                "encoderSteps", 2, "embedding", 8)), 1);
        MultimodalDigits digits = MultimodalDigits.load(settings, ModalityRegistry.load(), cache, m -> {});
        for (DataRequest.Split split : DataRequest.Split.values()) {
            MultimodalDigits.Part part = digits.part(split);
            CaptionTable captions = (CaptionTable) (split == DataRequest.Split.TRAIN ? digits.source().train()
                    : digits.source().heldOut());
            assertEquals(part.images().size(), captions.size());
            for (int i = 0; i < captions.size(); i++) {
                String caption = captions.caption(i);
                int label = part.images().label(i);
                assertEquals(TinyDigitsCache.label(i), label);
                assertTrue(NAMES.get(label).stream().anyMatch(caption::contains), split + " " + i + ": " + caption);
                assertEquals(3, part.attributes()[i].length);
            }
        }
    }
}
