package org.gan4j.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InceptionScoreTest {

    private static double entropy(double[] p) {
        double h = 0;
        for (double v : p) {
            h -= v > 0 ? v * Math.log(v) : 0;
        }
        return h;
    }

    @Test
    void givenConfidentPredictionsSpreadEvenlyOverClassesWhenScoringThenScoreIsTheClassCount() {
        double[][] oneHot = new double[100][10];
        for (int i = 0; i < oneHot.length; i++) {
            oneHot[i][i % 10] = 1;
        }

        Score score = InceptionScore.compute(oneHot);

        assertEquals(10, score.mean(), 1e-9);
        assertEquals(0, score.std(), 1e-9);
    }

    @Test
    void givenUniformPredictionsWhenScoringThenScoreIsOne() {
        double[][] uniform = new double[20][4];
        for (double[] row : uniform) {
            Arrays.fill(row, 0.25);
        }

        assertEquals(1, InceptionScore.compute(uniform, 2).mean(), 1e-12);
    }

    @Test
    void givenFiveRowsInTwoSplitsWhenScoringThenEveryRowCountsAsInTheOriginalBounds() {
        // the original code's bounds i*n//k: split 0 = rows 0-1, split 1 = rows 2-4 (none left out)
        // split 0: two confident, different classes -> p(y) = (1/2, 1/2), KL = ln 2 each, IS = 2
        // split 1: (1/2, 1/2) twice and (1, 0) -> p(y) = (2/3, 1/3);
        //   KL = ½ln(3/4) + ½ln(3/2) = ½ln(9/8) for each uniform row, ln(3/2) for the last:
        //   IS = exp((ln(9/8) + ln(3/2)) / 3) = (27/16)^(1/3)
        double[][] probabilities = {{1, 0}, {0, 1}, {0.5, 0.5}, {0.5, 0.5}, {1, 0}};
        double second = Math.cbrt(27.0 / 16);

        Score score = InceptionScore.compute(probabilities, 2);

        assertEquals((2 + second) / 2, score.mean(), 1e-10);
        assertEquals((2 - second) / 2, score.std(), 1e-10);
    }

    @Test
    void givenRandomProbabilitiesWhenScoringOneSplitThenEqualsExpOfMarginalEntropyMinusMeanEntropy() {
        Random random = new Random(11);
        double[][] probabilities = new double[200][7];
        double[] marginal = new double[7];
        double meanEntropy = 0;
        for (double[] row : probabilities) {
            double sum = 0;
            for (int c = 0; c < row.length; c++) {
                row[c] = Math.pow(random.nextDouble(), 4);
                sum += row[c];
            }
            for (int c = 0; c < row.length; c++) {
                row[c] /= sum;
                marginal[c] += row[c] / probabilities.length;
            }
            meanEntropy += entropy(row) / probabilities.length;
        }

        // E KL(p(y|x) || p(y)) = H(p(y)) - E H(p(y|x))
        assertEquals(Math.exp(entropy(marginal) - meanEntropy), InceptionScore.compute(probabilities, 1).mean(), 1e-9);
    }

    @Test
    void givenScoreWhenConvertingToMetricThenCarriesSamplesDirectionAndStd() {
        MetricValue metric = new Score(3.5, 0.25).toMetric("inception-score", 5000, true, "classifier abc");

        assertEquals(new MetricValue("inception-score", 3.5, 0.25, 5000, true, "classifier abc"), metric);
    }

    @Test
    void givenInvalidProbabilitiesWhenScoringThenErrorsNameTheRowOrArgument() {
        assertEquals("probabilities row 1 sums to 0.8, expected 1 ± 0.001 (class probabilities, e.g. softmax outputs)",
                assertThrows(IllegalArgumentException.class,
                        () -> InceptionScore.compute(new double[][] {{1, 0}, {0.4, 0.4}}, 1)).getMessage());
        assertEquals("probabilities row 0 column 0 is -0.5, expected non-negative class probabilities",
                assertThrows(IllegalArgumentException.class,
                        () -> InceptionScore.compute(new double[][] {{-0.5, 1.5}}, 1)).getMessage());
        assertEquals("probabilities has 3 rows, expected an n×2 matrix with n ≥ splits = 10",
                assertThrows(IllegalArgumentException.class,
                        () -> InceptionScore.compute(new double[][] {{1, 0}, {0, 1}, {1, 0}})).getMessage());
        assertEquals("splits must be ≥ 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> InceptionScore.compute(new double[][] {{1, 0}}, 0)).getMessage());
        assertEquals("probabilities must be an n×d matrix with n ≥ 1, got 0 rows",
                assertThrows(IllegalArgumentException.class, () -> InceptionScore.compute(new double[0][])).getMessage());
    }
}
