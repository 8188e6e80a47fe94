package org.gan4j.examples.crossmodal;

import ai.djl.ndarray.NDArray;
import java.util.List;
import org.gan4j.core.condition.PartnerCheck;
import org.gan4j.text.captions.CaptionGrammar;

/**
 * {@code phrasing-diversity}: the chance that two captions of an evaluation chunk are written in
 * different sentence templates (the Gini–Simpson index {@code 1 − Σ p_k²} over the templates, with
 * unreadable captions as one more group). The real captions pick one of the 3 templates uniformly
 * (≈ 0.667); a generator that always uses one phrasing scores 0. As a per-sample score, caption i
 * gets {@code 1 − p(its group)}, whose mean over the chunk is the index. It ignores the partners.
 */
final class PhrasingDiversityCheck implements PartnerCheck {

    private final GeneratedCaptions captions;

    /** @param captions the decoder */
    PhrasingDiversityCheck(GeneratedCaptions captions) {
        this.captions = captions;
    }

    @Override
    public String name() {
        return "phrasing-diversity";
    }

    @Override
    public double[] score(NDArray samples, int[] rows) {
        List<int[]> tokens = captions.tokens(samples);
        int unreadable = CaptionGrammar.digitTemplates();
        int[] group = tokens.stream().mapToInt(t -> captions.read(t).map(CaptionGrammar.DigitCaption::template)
                .orElse(unreadable)).toArray();
        int[] counts = new int[unreadable + 1];
        for (int g : group) {
            counts[g]++;
        }
        double[] scores = new double[group.length];
        for (int i = 0; i < group.length; i++) {
            scores[i] = 1 - counts[group[i]] / (double) group.length;
        }
        return scores;
    }
}
