package org.gan4j.examples.crossmodal;

import ai.djl.ndarray.NDArray;
import org.gan4j.core.condition.PartnerCheck;
import org.gan4j.text.captions.DigitAttributes;

/**
 * {@code attribute-accuracy}: the share of a caption's three attributes (thickness, width, slant)
 * that the digit drawn from it shows, measured with the training images' cut points of the
 * caption's class.
 */
final class AttributeCheck implements PartnerCheck {

    private final MultimodalDigits.Part part;
    private final DigitAttributeScale cuts;

    /**
     * @param part the held-out pairs (row r's caption describes image r)
     * @param cuts the attribute cut points
     */
    AttributeCheck(MultimodalDigits.Part part, DigitAttributeScale cuts) {
        this.part = part;
        this.cuts = cuts;
    }

    @Override
    public String name() {
        return "attribute-accuracy";
    }

    @Override
    public double[] score(NDArray samples, int[] rows) {
        int height = (int) samples.getShape().get(2);
        int width = (int) samples.getShape().get(3);
        int size = height * width;
        float[] pixels = samples.toFloatArray();
        double[] scores = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            float[] image = java.util.Arrays.copyOfRange(pixels, i * size, (i + 1) * size);
            DigitAttributes wanted = part.attributes()[rows[i]];
            DigitAttributes drawn = cuts.attributes(DigitMeasurements.of(image, height, width), part.images().label(rows[i]));
            scores[i] = ((wanted.thickness() == drawn.thickness() ? 1 : 0) + (wanted.width() == drawn.width() ? 1 : 0)
                    + (wanted.slant() == drawn.slant() ? 1 : 0)) / 3.0;
        }
        return scores;
    }
}
