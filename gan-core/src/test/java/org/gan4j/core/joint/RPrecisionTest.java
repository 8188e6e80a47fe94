package org.gan4j.core.joint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** R-precision's maths on hand-built embeddings, its tie rule and its distractor draw. */
class RPrecisionTest {

    /** 300 rows of 10 classes (row i has class i mod 10). */
    private static final int[] LABELS = IntStream.range(0, 300).map(i -> i % 10).toArray();

    private static float[][] oneHot(int rows, int width) {
        float[][] out = new float[rows][width];
        for (int i = 0; i < rows; i++) {
            out[i][i % width] = 1;
        }
        return out;
    }

    @Test
    void givenAPerfectEmbeddingWhenMeasuringThenEveryTruePartnerRanksFirst() {
        // each query points exactly at its own partner; all partners are distinct directions
        float[][] partners = new float[300][300];
        for (int i = 0; i < 300; i++) {
            partners[i][i] = 1;
        }
        assertEquals(1.0, RPrecision.ofPairs(partners, partners, LABELS, 7), 0);
    }

    @Test
    void givenAConstantEmbeddingWhenMeasuringThenTiesAreSharedAndTheScoreIsChance() {
        float[][] constant = new float[300][];
        Arrays.fill(constant, new float[] {0.3f, -2f, 1f});
        assertEquals(1.0 / RPrecision.CANDIDATES, RPrecision.ofPairs(constant, constant, LABELS, 7), 1e-12);
        float[][] zeros = new float[300][3];
        assertEquals(0.01, RPrecision.ofPairs(zeros, zeros, LABELS, 7), 1e-12);
    }

    @Test
    void givenNanEmbeddingsWhenMeasuringThenRefusedRatherThanRankedFirst() {
        // NaN compares false both ways, so a NaN query would never be beaten: it must not score 1
        float[][] broken = new float[300][];
        Arrays.fill(broken, new float[] {Float.NaN, 1f, 0f});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RPrecision.ofPairs(broken, broken, LABELS, 7));
        assertTrue(e.getMessage().contains("NaN or infinite"), e.getMessage());
    }

    @Test
    void givenAClassOnlyEmbeddingWhenDistractorsAreOfOtherClassesThenTheTruePartnerWins() {
        // queries and partners are one-hot on their class: the true partner has cosine 1, others 0
        assertEquals(1.0, RPrecision.ofPairs(oneHot(300, 10), oneHot(300, 10), LABELS, 3), 0);
    }

    @Test
    void givenHandBuiltCandidatesWhenScoringThenBeatenIsZeroAndTiesShareOne() {
        float[] query = {1, 0};
        float[][] distractors = new float[RPrecision.DISTRACTORS][];
        Arrays.fill(distractors, new float[] {0, 1});
        assertEquals(1.0, RPrecision.score(query, new float[] {2, 0}, distractors), 0);
        distractors[5] = new float[] {1, 0.1f};
        assertEquals(0.0, RPrecision.score(query, new float[] {1, 0.2f}, distractors), 0);
        distractors[5] = new float[] {4, 0};
        distractors[9] = new float[] {0.5f, 0};
        distractors[60] = new float[] {3, 0};
        assertEquals(0.25, RPrecision.score(query, new float[] {1, 0}, distractors), 1e-12);
    }

    @Test
    void givenARowWhenDrawingDistractorsThenTheyAreDistinctOfOtherClassesAndSeeded() {
        int[] drawn = RPrecision.distractors(LABELS, 42, 5);
        assertEquals(RPrecision.DISTRACTORS, drawn.length);
        assertEquals(RPrecision.DISTRACTORS, Arrays.stream(drawn).distinct().count());
        assertTrue(Arrays.stream(drawn).allMatch(r -> LABELS[r] != LABELS[42]));
        assertArrayEquals(drawn, RPrecision.distractors(LABELS, 42, 5));
        assertNotEquals(Arrays.toString(drawn), Arrays.toString(RPrecision.distractors(LABELS, 42, 6)));
    }

    @Test
    void givenBadInputWhenMeasuringThenErrorsNameTheValues() {
        IllegalArgumentException widths = assertThrows(IllegalArgumentException.class,
                () -> RPrecision.score(new float[3], new float[4], new float[RPrecision.DISTRACTORS][3]));
        assertTrue(widths.getMessage().contains("widths 3 and 4"), widths.getMessage());
        IllegalArgumentException few = assertThrows(IllegalArgumentException.class,
                () -> RPrecision.score(new float[3], new float[3], new float[50][3]));
        assertTrue(few.getMessage().contains("100 candidates") && few.getMessage().contains("1 + 50"),
                few.getMessage());
        int[] small = IntStream.range(0, 100).map(i -> i % 10).toArray();
        IllegalArgumentException table = assertThrows(IllegalArgumentException.class,
                () -> RPrecision.distractors(small, 3, 1));
        assertTrue(table.getMessage().contains("needs 99") && table.getMessage().contains("class 3")
                && table.getMessage().contains("only 90 of the 100"), table.getMessage());
        IllegalArgumentException counts = assertThrows(IllegalArgumentException.class,
                () -> RPrecision.ofPairs(new float[3][2], new float[4][2], new int[4], 1));
        assertTrue(counts.getMessage().contains("3 queries, 4 partners"), counts.getMessage());
    }
}
