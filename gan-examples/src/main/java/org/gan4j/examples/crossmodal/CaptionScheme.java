package org.gan4j.examples.crossmodal;

import java.util.List;
import org.gan4j.image.data.StandardDataset;
import org.gan4j.text.captions.CaptionGrammar;
import org.gan4j.text.captions.ClothingAttributes;
import org.gan4j.text.captions.DigitAttributes;

/**
 * The captioned image sets of {@code multimodal-digits} ({@code data.options.dataset}): the images,
 * the attributes measured on each (raw values, cut into levels per class by {@link
 * AttributeScale}) and gan-text's {@link CaptionGrammar} writing them into a caption.
 */
enum CaptionScheme {

    /** MNIST: thickness (3), width (3) and |slant| (2) from {@link DigitMeasurements}. */
    DIGITS("mnist", StandardDataset.MNIST, new int[] {3, 3, 2}) {
        @Override
        double[] measure(float[] image, int height, int width) {
            DigitMeasurements m = DigitMeasurements.of(image, height, width);
            return new double[] {m.thickness(), m.width(), Math.abs(m.slant())};
        }

        @Override
        String caption(int label, int[] levels, long seed) {
            return CaptionGrammar.digit(label, digitAttributes(levels), seed);
        }
    },

    /** Fashion-MNIST: brightness (3), pattern (2) and width (3) from {@link ClothingMeasurements}. */
    CLOTHING("fashion", StandardDataset.FASHION_MNIST, new int[] {3, 2, 3}) {
        @Override
        double[] measure(float[] image, int height, int width) {
            ClothingMeasurements m = ClothingMeasurements.of(image, height, width);
            return new double[] {m.brightness(), m.texture(), m.width()};
        }

        @Override
        String caption(int label, int[] levels, long seed) {
            return CaptionGrammar.clothing(label, new ClothingAttributes(
                    ClothingAttributes.Brightness.values()[levels[0]], ClothingAttributes.Pattern.values()[levels[1]],
                    ClothingAttributes.Width.values()[levels[2]]), seed);
        }
    };

    private final String optionName;
    private final StandardDataset images;
    private final int[] levels;

    CaptionScheme(String optionName, StandardDataset images, int[] levels) {
        this.optionName = optionName;
        this.images = images;
        this.levels = levels;
    }

    /**
     * @param image H × W floats in [-1, 1]
     * @param height the image height
     * @param width the image width
     * @return the raw measurement of each attribute column
     */
    abstract double[] measure(float[] image, int height, int width);

    /**
     * @param label the class
     * @param levels the level of each attribute column
     * @param seed the caption's seed
     * @return the caption
     */
    abstract String caption(int label, int[] levels, long seed);

    /** @return the {@code dataset} option's value */
    String optionName() {
        return optionName;
    }

    /** @return the image set */
    StandardDataset images() {
        return images;
    }

    /** @return the number of levels of each attribute column */
    int[] levels() {
        return levels.clone();
    }

    /**
     * @param levels a digit's thickness, width and slant levels
     * @return them as gan-text's digit attributes
     */
    static DigitAttributes digitAttributes(int[] levels) {
        return new DigitAttributes(DigitAttributes.Thickness.values()[levels[0]],
                DigitAttributes.Width.values()[levels[1]], DigitAttributes.Slant.values()[levels[2]]);
    }

    /** @return the {@code dataset} option's known values */
    static List<String> optionNames() {
        return java.util.Arrays.stream(values()).map(CaptionScheme::optionName).toList();
    }

    /**
     * @param name a {@code dataset} option value
     * @return its scheme
     * @throws IllegalArgumentException naming the known values
     */
    static CaptionScheme named(String name) {
        for (CaptionScheme scheme : values()) {
            if (scheme.optionName.equals(name)) {
                return scheme;
            }
        }
        throw new IllegalArgumentException("unknown dataset '" + name + "'; known: " + optionNames());
    }
}
