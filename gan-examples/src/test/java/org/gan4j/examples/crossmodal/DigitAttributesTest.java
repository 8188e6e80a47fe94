package org.gan4j.examples.crossmodal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.List;
import org.gan4j.text.captions.DigitAttributes;
import org.gan4j.text.data.Tokenization;
import org.gan4j.text.data.Vocabulary;
import org.junit.jupiter.api.Test;

/** Attribute measurements on hand-drawn images, per-class cut points, and the captions' one-hot form. */
class DigitAttributesTest {

    private static float[] blank() {
        float[] image = new float[28 * 28];
        Arrays.fill(image, -1f);
        return image;
    }

    @Test
    void givenAnUprightBarTwoPixelsWideWhenMeasuredThenThicknessTwoWidthTwoSlantZero() {
        float[] image = blank();
        for (int y = 5; y < 15; y++) {
            image[y * 28 + 10] = 1f;
            image[y * 28 + 11] = 1f;
        }
        DigitMeasurements m = DigitMeasurements.of(image, 28, 28);
        assertEquals(2.0, m.thickness(), 1e-9, "20 units of ink over 10 rows");
        assertEquals(2.0, m.width(), 1e-9);
        assertEquals(0.0, m.slant(), 1e-9);
    }

    @Test
    void givenADiagonalLeaningRightWhenMeasuredThenSlantIsOnePixelPerRow() {
        float[] image = blank();
        for (int y = 5; y < 15; y++) {
            image[y * 28 + 20 - y] = 1f;
        }
        DigitMeasurements m = DigitMeasurements.of(image, 28, 28);
        assertEquals(1.0, m.slant(), 1e-9, "x grows by one as y goes one row up");
        assertEquals(10.0, m.width(), 1e-9);
    }

    @Test
    void givenThreeImagesOfAClassWhenFittingTheScaleThenTertilesSplitThemThinRegularBold() {
        // thickness, width, |slant| of three images of one class
        double[][] m = {{1, 5, 0.0}, {2, 10, 0.5}, {3, 15, 0.1}};
        AttributeScale scale = AttributeScale.fit(m, new int[] {0, 0, 0}, 1, CaptionScheme.DIGITS.levels());
        assertEquals(new DigitAttributes(DigitAttributes.Thickness.THIN, DigitAttributes.Width.NARROW,
                DigitAttributes.Slant.UPRIGHT), CaptionScheme.digitAttributes(scale.levels(m[0], 0)));
        assertEquals(new DigitAttributes(DigitAttributes.Thickness.REGULAR, DigitAttributes.Width.MEDIUM,
                DigitAttributes.Slant.SLANTED), CaptionScheme.digitAttributes(scale.levels(m[1], 0)));
        assertEquals(new DigitAttributes(DigitAttributes.Thickness.BOLD, DigitAttributes.Width.WIDE,
                DigitAttributes.Slant.SLANTED), CaptionScheme.digitAttributes(scale.levels(m[2], 0)),
                "|slant| 0.1 is the class median");
    }

    @Test
    void givenADiagonalWhenTheDigitSchemeMeasuresThenItReportsTheSlantsMagnitude() {
        float[] image = blank();
        for (int y = 5; y < 15; y++) {
            image[y * 28 + y] = 1f;
        }
        assertArrayEquals(new double[] {1.0, 10.0, 1.0}, CaptionScheme.DIGITS.measure(image, 28, 28), 1e-9,
                "leaning left: slant −1, |slant| 1");
    }

    @Test
    void givenACaptionWhenCopiedThenOneHotRowsOfItsTokensThenPadding() {
        List<String> captions = List.of("a bold seven", "the digit one");
        Vocabulary vocabulary = Vocabulary.build(captions.stream().map(Tokenization.WORD::tokenize).toList(), 100);
        CaptionTable table = new CaptionTable(captions, new int[] {7, 1}, vocabulary, 4);
        int v = (int) vocabulary.size();
        FloatBuffer out = FloatBuffer.allocate(4 * v);
        table.copy(0, out);
        float[] values = out.array();
        int[] expected = {vocabulary.id("a"), vocabulary.id("bold"), vocabulary.id("seven"), vocabulary.id(Vocabulary.PAD)};
        int[] hot = new int[4];
        for (int t = 0; t < 4; t++) {
            float sum = 0;
            for (int k = 0; k < v; k++) {
                sum += values[t * v + k];
                if (values[t * v + k] == 1f) {
                    hot[t] = k;
                }
            }
            assertEquals(1f, sum, "row " + t + " is one-hot");
        }
        assertArrayEquals(expected, hot);
    }
}
