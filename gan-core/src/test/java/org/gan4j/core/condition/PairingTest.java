package org.gan4j.core.condition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.util.SplittableRandom;
import org.gan4j.core.data.RealBatch;
import org.gan4j.core.model.ConditionSpec;
import org.junit.jupiter.api.Test;

/** Pairing targets with source embeddings: partners, mismatched draws, batches and bad input. */
class PairingTest {

    /** Rows 0..5 of classes 0, 0, 1, 1, 2, 2; row r's embedding is (r, −r). */
    private static final int[] ROW_LABELS = {0, 0, 1, 1, 2, 2};
    private static final float[][] EMBEDDINGS = {{0, 0}, {1, -1}, {2, -2}, {3, -3}, {4, -4}, {5, -5}};

    @Test
    void givenThreeClassesWhenDrawingMismatchedPartnersThenNeverTheSampleClassAndEveryOtherClassOccurs() {
        MismatchedPartners partners = new MismatchedPartners(ROW_LABELS);
        SplittableRandom random = new SplittableRandom(7);
        int[][] counts = new int[3][3];
        for (int i = 0; i < 3000; i++) {
            int label = i % 3;
            counts[label][ROW_LABELS[partners.draw(label, random)]]++;
        }
        for (int c = 0; c < 3; c++) {
            assertEquals(0, counts[c][c], "class " + c + " drew its own class");
            for (int other = 0; other < 3; other++) {
                if (other != c) {
                    assertTrue(counts[c][other] > 400, "class " + c + " drew class " + other + " " + counts[c][other] + " times");
                }
            }
        }
    }

    @Test
    void givenOneClassWhenMakingMismatchedPartnersThenErrorSaysTwoClassesAreNeeded() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MismatchedPartners(new int[] {4, 4, 4}));
        assertTrue(e.getMessage().contains("at least two classes"), e.getMessage());
    }

    @Test
    void givenATargetClassWithoutSourceRowsWhenPairingByClassThenErrorNamesTheTargetAndClass() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PairedEmbeddings.byClass(new ListSampleTable(new int[] {0, 1, 7}), EMBEDDINGS, ROW_LABELS));
        assertTrue(e.getMessage().startsWith("target sample 2 (class 7) has no partner"), e.getMessage());
    }

    @Test
    void givenAPartnerOfAnotherClassWhenPairingByItemThenErrorNamesBoth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PairedEmbeddings.byItem(
                new ListSampleTable(new int[] {0, 1}), EMBEDDINGS, ROW_LABELS, new int[][] {{0}, {4}}));
        assertTrue(e.getMessage().contains("target sample 1 of class 1 is paired with source row 4 of class 2"),
                e.getMessage());
    }

    @Test
    void givenEmbeddingsOfDifferentWidthsWhenPairingThenErrorNamesTheRow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PairedEmbeddings.byClass(
                new ListSampleTable(new int[] {0}), new float[][] {{0, 0}, {1}}, new int[] {0, 1}));
        assertTrue(e.getMessage().startsWith("embedding row 1 has width 1 but row 0 has 2"), e.getMessage());
    }

    @Test
    void givenRowAttributesAndSameClassMismatchWhenBatchingThenWrongRowsShareTheClassButNotTheAttributes() {
        // classes 0 and 1 each have rows of codes 0 and 1; class 2's rows share code 0, so its wrong
        // rows must come from another class
        int[] codes = {0, 1, 0, 1, 0, 0};
        PairedEmbeddings pairs = PairedEmbeddings.byItem(new ListSampleTable(ROW_LABELS), EMBEDDINGS, ROW_LABELS,
                new int[][] {{0}, {1}, {2}, {3}, {4}, {5}}).withRowAttributes(codes);
        PairedEmbeddingSource source = new PairedEmbeddingSource(pairs, new PairingOptions(true, 0, 0.5, 1.0), 3);
        for (long index = 0; index < 20; index++) {
            PairedEmbeddingSource.Draws d = source.draws(index, 6);
            for (int b = 0; b < 6; b++) {
                int right = d.rows()[b];
                int wrong = d.mismatched()[b];
                String where = "batch " + index + " row " + b;
                if (ROW_LABELS[right] == 2) {
                    assertNotEquals(2, ROW_LABELS[wrong], where);
                } else {
                    assertEquals(ROW_LABELS[right], ROW_LABELS[wrong], where);
                    assertNotEquals(codes[right], codes[wrong], where);
                }
            }
        }
    }

    @Test
    void givenSameClassMismatchWithoutRowAttributesWhenMakingTheSourceThenErrorSaysWhatIsMissing() {
        PairedEmbeddings pairs = PairedEmbeddings.byClass(new ListSampleTable(new int[] {0, 1}), EMBEDDINGS, ROW_LABELS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PairedEmbeddingSource(pairs, new PairingOptions(true, 0, 0.5, 0.5), 3));
        assertTrue(e.getMessage().contains("withRowAttributes"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> pairs.withRowAttributes(new int[] {0, 1}));
    }

    @Test
    void givenMatchingAwareSourceWhenBatchingThenRightRowsShareAndWrongRowsNeverShareTheTargetClass() {
        int[] targets = {0, 1, 2, 0, 1, 2, 0, 1, 2, 2};
        PairedEmbeddings pairs = PairedEmbeddings.byClass(new ListSampleTable(targets), EMBEDDINGS, ROW_LABELS);
        PairedEmbeddingSource source = new PairedEmbeddingSource(pairs, new PairingOptions(true, 0, 0.5), 3);
        assertEquals(ConditionSpec.embedding(2), source.condition());
        for (long index = 0; index < 50; index++) {
            PairedEmbeddingSource.Draws d = source.draws(index, 8);
            for (int b = 0; b < 8; b++) {
                int label = targets[d.targets()[b]];
                assertEquals(label, ROW_LABELS[d.rows()[b]]);
                assertNotEquals(label, ROW_LABELS[d.mismatched()[b]], "batch " + index + " row " + b);
            }
        }
        try (NDManager manager = NDManager.newBaseManager()) {
            RealBatch batch = source.batch(manager, 5, 8);
            PairedEmbeddingSource.Draws d = source.draws(5, 8);
            float[] x = batch.samples().toFloatArray();
            float[] right = batch.conditions().toFloatArray();
            float[] wrong = batch.mismatched().toFloatArray();
            for (int b = 0; b < 8; b++) {
                assertEquals(d.targets()[b], x[b], "sample " + b + " is its target (the fixture's value is its index)");
                assertArrayEquals(EMBEDDINGS[d.rows()[b]], new float[] {right[2 * b], right[2 * b + 1]});
                assertArrayEquals(EMBEDDINGS[d.mismatched()[b]], new float[] {wrong[2 * b], wrong[2 * b + 1]});
            }
            assertNull(batch.generatorConditions(), "no interpolation asked for");
        }
    }

    @Test
    void givenInterpolationWhenBatchingThenGeneratorConditionsMixTheDrawnRowsWithBeta() {
        PairedEmbeddings pairs = PairedEmbeddings.byClass(new ListSampleTable(new int[] {0, 1, 2, 1}), EMBEDDINGS,
                ROW_LABELS);
        PairedEmbeddingSource source = new PairedEmbeddingSource(pairs, new PairingOptions(false, 1.0, 0.25), 9);
        try (NDManager manager = NDManager.newBaseManager()) {
            RealBatch batch = source.batch(manager, 0, 4);
            PairedEmbeddingSource.Draws d = source.draws(0, 4);
            assertNull(batch.mismatched());
            float[] mixed = batch.generatorConditions().toFloatArray();
            for (int b = 0; b < 4; b++) {
                float[] expected = new float[2];
                PairingOptions.interpolate(EMBEDDINGS[d.rows()[b]], EMBEDDINGS[d.mixWith()[b]], 0.25f, expected);
                assertArrayEquals(expected, new float[] {mixed[2 * b], mixed[2 * b + 1]}, 1e-6f);
            }
        }
    }
}
