package org.gan4j.examples.crossmodal;

import ai.djl.ndarray.NDArray;
import java.util.List;
import org.gan4j.core.condition.PartnerCheck;
import org.gan4j.text.captions.DigitAttributes;

/**
 * {@code attribute-accuracy} of generated captions: the share of the three attribute words
 * (thickness, width, slant) that name what was measured on the source image; an unreadable
 * caption scores 0.
 */
final class CaptionAttributeCheck implements PartnerCheck {

    private final GeneratedCaptions captions;
    private final int[][] measured;

    /**
     * @param captions the decoder
     * @param measured the attribute levels measured on each source image (embedding row r is image r)
     */
    CaptionAttributeCheck(GeneratedCaptions captions, int[][] measured) {
        this.captions = captions;
        this.measured = measured;
    }

    @Override
    public String name() {
        return "attribute-accuracy";
    }

    @Override
    public double[] score(NDArray samples, int[] rows) {
        List<int[]> tokens = captions.tokens(samples);
        double[] scores = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            DigitAttributes wanted = CaptionScheme.digitAttributes(measured[rows[i]]);
            scores[i] = captions.read(tokens.get(i)).map(c -> c.attributes()).map(said ->
                    ((said.thickness() == wanted.thickness() ? 1 : 0) + (said.width() == wanted.width() ? 1 : 0)
                            + (said.slant() == wanted.slant() ? 1 : 0)) / 3.0).orElse(0.0);
        }
        return scores;
    }
}
