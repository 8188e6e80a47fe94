package org.gan4j.text.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BleuTest {

    private final Map<String, Integer> ids = new HashMap<>();

    private int[] words(String sentence) {
        return java.util.Arrays.stream(sentence.split(" ")).mapToInt(w -> ids.computeIfAbsent(w, k -> ids.size())).toArray();
    }

    private List<int[]> references() {
        return List.of(words("the cat is on the mat"), words("there is a cat on the mat"));
    }

    /*
     * Hypothesis "the cat the cat on the mat" (7 tokens) against R1 "the cat is on the mat" (6) and
     * R2 "there is a cat on the mat" (7):
     *   unigrams: the x3 (clipped to 2, R1 has 2), cat x2 (clipped to 1), on, mat   -> p1 = 5/7
     *   bigrams:  the-cat x2 (clip 1), cat-the (0), cat-on (R2), on-the, the-mat     -> p2 = 4/6
     *   trigrams: the-cat-the, cat-the-cat, the-cat-on, cat-on-the (R2), on-the-mat -> p3 = 2/5
     *   4-grams:  only cat-on-the-mat (R2) of 4                                     -> p4 = 1/4
     *   5-grams:  none of 3; method 1 puts 0.1 in the numerator                     -> p5 = 0.1/3
     *   closest reference length 7 = hypothesis length, so the brevity penalty is 1.
     * BLEU-N = (p1 ... pN)^(1/N); the values below also match nltk 3.8's sentence_bleu with
     * SmoothingFunction().method1 (0.6900655593423543, 0.5753695826647881, 0.4671379777282001,
     * 0.27550652571135575).
     */
    @Test
    void givenTheTextbookExampleWhenScoredThenMatchesTheHandComputedPrecisions() {
        List<int[]> refs = references();
        int[] hypothesis = words("the cat the cat on the mat");
        double p1 = 5.0 / 7, p2 = 4.0 / 6, p3 = 2.0 / 5, p4 = 1.0 / 4, p5 = 0.1 / 3;
        assertEquals(Math.sqrt(p1 * p2), Bleu.against(refs, 2).sentence(hypothesis), 1e-12);
        assertEquals(Math.cbrt(p1 * p2 * p3), Bleu.against(refs, 3).sentence(hypothesis), 1e-12);
        assertEquals(Math.pow(p1 * p2 * p3 * p4, 0.25), Bleu.against(refs, 4).sentence(hypothesis), 1e-12);
        assertEquals(Math.pow(p1 * p2 * p3 * p4 * p5, 0.2), Bleu.against(refs, 5).sentence(hypothesis), 1e-12);
        assertEquals(0.27550652571135575, Bleu.against(refs, 5).sentence(hypothesis), 1e-12);
    }

    /*
     * "the cat" (2 tokens): p1 = 2/2, p2 = 1/1, no trigram at all so p3 = 0.1 / max(1, 0) = 0.1;
     * the closest reference length is 6, so BP = exp(1 - 6/2) = e^-2.
     */
    @Test
    void givenAShortHypothesisWhenScoredThenTheBrevityPenaltyAndEmptyOrderSmoothingApply() {
        List<int[]> refs = references();
        int[] hypothesis = words("the cat");
        assertEquals(Math.exp(-2), Bleu.against(refs, 2).sentence(hypothesis), 1e-12);
        assertEquals(Math.exp(-2) * Math.cbrt(0.1), Bleu.against(refs, 3).sentence(hypothesis), 1e-12);
    }

    @Test
    void givenNoMatchingUnigramWhenScoredThenZero() {
        List<int[]> refs = references();
        assertEquals(0.0, Bleu.against(refs, 2).sentence(words("dog dog")));
    }

    @Test
    void givenATieBetweenReferenceLengthsWhenScoredThenTheShorterReferenceSetsThePenalty() {
        // Hypothesis of 5 tokens, references of 4 and 6: nltk picks 4, so BP = 1 (c > r).
        List<int[]> refs = List.of(words("a b c d"), words("a b c d e f"));
        int[] hypothesis = words("a b c d e");
        assertEquals(1.0, Bleu.against(refs, 2).sentence(hypothesis), 1e-12);
    }

    @Test
    void givenSelfBleuWhenComputedThenEachSequenceIsLeftOutOfItsOwnReferences() {
        Random random = new Random(3);
        List<int[]> set = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int[] s = new int[4 + random.nextInt(6)];
            for (int k = 0; k < s.length; k++) {
                s[k] = random.nextInt(6);
            }
            set.add(s);
        }
        set.add(set.get(0).clone()); // a duplicate keeps its twin as a reference
        for (int order = 2; order <= 5; order++) {
            double bruteForce = 0;
            for (int i = 0; i < set.size(); i++) {
                List<int[]> others = new ArrayList<>(set);
                others.remove(i);
                bruteForce += Bleu.against(others, order).sentence(set.get(i));
            }
            assertEquals(bruteForce / set.size(), Bleu.selfBleu(set, order), 1e-12, "order " + order);
        }
    }

    @Test
    void givenTwoIdenticalAndOneDisjointSequenceWhenSelfBleuThenOnlyTheTwinsScore() {
        // The twins score 1 each against each other; "x y z w" shares no unigram with them: 0.
        List<int[]> set = List.of(words("a b c d"), words("a b c d"), words("x y z w"));
        assertEquals(2.0 / 3, Bleu.selfBleu(set, 3), 1e-12);
        assertArrayEquals(new double[] {1, 1, 0}, Bleu.selfBleuScores(set, 3), 1e-12, "one score per sequence");
    }

    @Test
    void givenTooFewSequencesWhenSelfBleuThenRefused() {
        assertThrows(IllegalArgumentException.class, () -> Bleu.selfBleu(List.of(words("a b")), 2));
    }
}
