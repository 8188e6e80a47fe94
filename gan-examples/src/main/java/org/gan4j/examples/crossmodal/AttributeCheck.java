package org.gan4j.examples.crossmodal;

import ai.djl.ndarray.NDArray;
import org.gan4j.core.condition.PartnerCheck;

/**
 * {@code attribute-accuracy}: the share of a caption's attributes (a digit's thickness, width and
 * slant; a garment's brightness, pattern and width) that the image drawn from it shows, measured
 * with the training images' cut points of the caption's class.
 */
final class AttributeCheck implements PartnerCheck {

    private final MultimodalDigits.Part part;
    private final CaptionScheme scheme;
    private final AttributeScale cuts;

    /**
     * @param part the held-out pairs (row r's caption describes image r)
     * @param scheme what is measured
     * @param cuts the attribute cut points
     */
    AttributeCheck(MultimodalDigits.Part part, CaptionScheme scheme, AttributeScale cuts) {
        this.part = part;
        this.scheme = scheme;
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
            int[] wanted = part.attributes()[rows[i]];
            int[] drawn = cuts.levels(scheme.measure(image, height, width), part.images().label(rows[i]));
            int same = 0;
            for (int j = 0; j < wanted.length; j++) {
                same += wanted[j] == drawn[j] ? 1 : 0;
            }
            scores[i] = same / (double) wanted.length;
        }
        return scores;
    }
}
