package org.gan4j.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.stat.correlation.Covariance;
import org.junit.jupiter.api.Test;

class FrechetDistanceTest {

    private static final double[] MEAN_1 = {0.5, -1, 2, 0};
    private static final double[] MEAN_2 = {1.5, 1, 2, -3};
    private static final double[] EIGEN_1 = {1, 4, 0.25, 2};
    private static final double[] EIGEN_2 = {9, 1, 1, 0.5};

    /** ‖μ₁ - μ₂‖² + Σ (√a - √b)², the FID of Gaussians whose covariances share eigenvectors. */
    private static double commutingClosedForm() {
        double expected = 0;
        for (int i = 0; i < MEAN_1.length; i++) {
            double dm = MEAN_1[i] - MEAN_2[i];
            double ds = Math.sqrt(EIGEN_1[i]) - Math.sqrt(EIGEN_2[i]);
            expected += dm * dm + ds * ds;
        }
        return expected;
    }

    private static RealMatrix randomRotation(Random random, int d) {
        return new QRDecomposition(gaussian(random, d, d)).getQ();
    }

    private static RealMatrix gaussian(Random random, int rows, int cols) {
        RealMatrix m = MatrixUtils.createRealMatrix(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m.setEntry(i, j, random.nextGaussian());
            }
        }
        return m;
    }

    /** Q diag(eigenvalues) Qᵀ. */
    private static double[][] withEigenvalues(RealMatrix q, double[] eigenvalues) {
        return q.multiply(MatrixUtils.createRealDiagonalMatrix(eigenvalues)).multiply(q.transpose()).getData();
    }

    /** A random SPD matrix B Bᵀ / d + I, well conditioned. */
    private static double[][] randomSpd(Random random, int d) {
        RealMatrix b = gaussian(random, d, d);
        return b.multiply(b.transpose()).scalarMultiply(1.0 / d)
                .add(MatrixUtils.createRealIdentityMatrix(d)).getData();
    }

    /**
     * n Gaussian draws transformed so that their sample mean is exactly {@code mean} and their
     * unbiased sample covariance exactly {@code cov}: whitened by the Cholesky factor of their own
     * covariance, then coloured by that of {@code cov}.
     */
    private static double[][] samplesWithExactMoments(Random random, int n, double[] mean, double[][] cov) {
        int d = mean.length;
        RealMatrix z = gaussian(random, n, d);
        RealMatrix sampleCov = new Covariance(z, true).getCovarianceMatrix();
        RealMatrix whiten = MatrixUtils.inverse(new CholeskyDecomposition(sampleCov).getL());
        RealMatrix colour = new CholeskyDecomposition(new Array2DRowRealMatrix(cov)).getL();
        double[] zMean = new double[d];
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < n; i++) {
                zMean[j] += z.getEntry(i, j) / n;
            }
        }
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] centred = z.getRow(i);
            for (int j = 0; j < d; j++) {
                centred[j] -= zMean[j];
            }
            x[i] = colour.operate(whiten.operate(centred));
            for (int j = 0; j < d; j++) {
                x[i][j] += mean[j];
            }
        }
        return x;
    }

    /** Tr(M^½) for M with positive eigenvalues, by the Denman–Beavers iteration (no eigendecomposition). */
    private static double traceOfSquareRoot(RealMatrix m) {
        RealMatrix y = m;
        RealMatrix z = MatrixUtils.createRealIdentityMatrix(m.getRowDimension());
        for (int iteration = 0; iteration < 100; iteration++) {
            RealMatrix nextY = y.add(MatrixUtils.inverse(z)).scalarMultiply(0.5);
            RealMatrix nextZ = z.add(MatrixUtils.inverse(y)).scalarMultiply(0.5);
            double change = nextY.subtract(y).getFrobeniusNorm();
            y = nextY;
            z = nextZ;
            if (change < 1e-15 * y.getFrobeniusNorm()) {
                break;
            }
        }
        RealMatrix square = y.multiply(y);
        assertTrue(square.subtract(m).getFrobeniusNorm() < 1e-10 * m.getFrobeniusNorm(), "iteration converged");
        return y.getTrace();
    }

    private static double[][] gaussianFeatures(Random random, int n, int d, double shift, double scale) {
        double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = shift + scale * random.nextGaussian() + (j > 0 ? 0.5 * x[i][j - 1] : 0);
            }
        }
        return x;
    }

    @Test
    void givenSamplesWithKnownDiagonalMomentsWhenComputingFidThenMatchesClosedForm() {
        Random random = new Random(1);
        RealMatrix identity = MatrixUtils.createRealIdentityMatrix(MEAN_1.length);
        double[][] real = samplesWithExactMoments(random, 300, MEAN_1, withEigenvalues(identity, EIGEN_1));
        double[][] generated = samplesWithExactMoments(random, 200, MEAN_2, withEigenvalues(identity, EIGEN_2));

        assertEquals(commutingClosedForm(), FrechetDistance.compute(real, generated), 1e-9);
    }

    @Test
    void givenSamplesWithKnownCommutingFullMomentsWhenComputingFidThenMatchesClosedForm() {
        Random random = new Random(2);
        RealMatrix q = randomRotation(random, MEAN_1.length);
        double[][] real = samplesWithExactMoments(random, 250, MEAN_1, withEigenvalues(q, EIGEN_1));
        double[][] generated = samplesWithExactMoments(random, 400, MEAN_2, withEigenvalues(q, EIGEN_2));

        assertEquals(commutingClosedForm(), FrechetDistance.compute(real, generated), 1e-9);
    }

    @Test
    void givenCommutingCovariancesWhenComputingFidFromStatisticsThenMatchesClosedForm() {
        RealMatrix q = randomRotation(new Random(3), MEAN_1.length);
        GaussianStatistics real = new GaussianStatistics(MEAN_1, withEigenvalues(q, EIGEN_1));
        GaussianStatistics generated = new GaussianStatistics(MEAN_2, withEigenvalues(q, EIGEN_2));

        assertEquals(commutingClosedForm(), FrechetDistance.between(real, generated), 1e-9);
    }

    @Test
    void givenNonCommutingFullCovariancesWhenComputingFidFromStatisticsThenMatchesDenmanBeaversReference() {
        Random random = new Random(4);
        int d = 6;
        for (int trial = 0; trial < 5; trial++) {
            double[][] cov1 = randomSpd(random, d);
            double[][] cov2 = randomSpd(random, d);
            double[] mean1 = gaussian(random, 1, d).getRow(0);
            double[] mean2 = gaussian(random, 1, d).getRow(0);
            RealMatrix s1 = new Array2DRowRealMatrix(cov1);
            RealMatrix s2 = new Array2DRowRealMatrix(cov2);
            assertTrue(s1.multiply(s2).subtract(s2.multiply(s1)).getFrobeniusNorm() > 0.1, "covariances do not commute");
            double meanTerm = new Array2DRowRealMatrix(mean1).subtract(new Array2DRowRealMatrix(mean2))
                    .getFrobeniusNorm();
            double expected = meanTerm * meanTerm + s1.getTrace() + s2.getTrace()
                    - 2 * traceOfSquareRoot(s1.multiply(s2));

            double actual = FrechetDistance.between(new GaussianStatistics(mean1, cov1), new GaussianStatistics(mean2, cov2));

            assertEquals(expected, actual, 1e-9, "trial " + trial);
        }
    }

    @Test
    void givenACachedReferenceWhenMeasuringSeveralGeneratedSetsThenEachEqualsTheOneShotDistance() {
        Random random = new Random(8);
        GaussianStatistics real = GaussianStatistics.of(gaussianFeatures(random, 100, 6, 0, 1));
        FrechetDistance.Reference reference = FrechetDistance.reference(real);

        for (double shift : new double[] {0, 0.5, 2}) {
            GaussianStatistics generated = GaussianStatistics.of(gaussianFeatures(random, 80, 6, shift, 1.5));
            assertEquals(FrechetDistance.between(real, generated), reference.distanceTo(generated), 0, "shift " + shift);
        }
    }

    @Test
    void givenFeaturesThatNeverVaryWhenComputingFidThenTheyAddOnlyTheirMeanDifference() {
        Random random = new Random(9);
        double[][] x = gaussianFeatures(random, 300, 6, 0, 1);
        double[][] y = gaussianFeatures(random, 250, 6, 0.5, 1.5);
        double without = FrechetDistance.compute(x, y);
        // dead units: columns 0, 3 and 7 are constant (zero in x; 0, 0 and 2 in y)
        double[][] xDead = withConstantColumns(x, 0);
        double[][] yDead = withConstantColumns(y, 2);

        assertEquals(without + 4, FrechetDistance.compute(xDead, yDead), 1e-9 * Math.max(1, without));
        assertEquals(0, FrechetDistance.compute(xDead, xDead), 1e-9);
    }

    /** Inserts zero columns at 0 and 3 and a column of {@code last} at 7 into 6-wide rows. */
    private static double[][] withConstantColumns(double[][] rows, double last) {
        double[][] out = new double[rows.length][9];
        for (int i = 0; i < rows.length; i++) {
            double[] r = rows[i];
            out[i] = new double[] {0, r[0], r[1], 0, r[2], r[3], r[4], last, r[5]};
        }
        return out;
    }

    @Test
    void givenTheSameFeaturesTwiceWhenComputingFidThenItIsZero() {
        double[][] x = gaussianFeatures(new Random(5), 300, 8, 1, 2);

        assertEquals(0, FrechetDistance.compute(x, x), 1e-9);
    }

    @Test
    void givenTwoFeatureSetsWhenSwappedThenFidIsSymmetric() {
        Random random = new Random(6);
        double[][] x = gaussianFeatures(random, 300, 8, 0, 1);
        double[][] y = gaussianFeatures(random, 200, 8, 0.3, 1.7);

        double forward = FrechetDistance.compute(x, y);

        assertTrue(forward > 1, "different distributions: " + forward);
        assertEquals(forward, FrechetDistance.compute(y, x), 1e-9 * forward);
    }

    @Test
    void givenFeaturesWhenFittingStatisticsThenMeanAndUnbiasedCovarianceMatchCommonsMath() {
        double[][] x = gaussianFeatures(new Random(7), 50, 5, 2, 3);

        GaussianStatistics statistics = GaussianStatistics.of(x);

        double[][] expected = new Covariance(x, true).getCovarianceMatrix().getData();
        for (int i = 0; i < 5; i++) {
            assertArrayEquals(expected[i], statistics.covariance()[i], 1e-12);
            double mean = 0;
            for (double[] row : x) {
                mean += row[i] / x.length;
            }
            assertEquals(mean, statistics.mean()[i], 1e-12);
        }
    }

    @Test
    void givenBadFeatureShapesWhenComputingFidThenErrorsNameTheArgumentAndShape() {
        double[][] fourWide = {{1, 2, 3, 4}, {2, 3, 4, 5}};
        double[][] threeWide = {{1, 2, 3}, {2, 3, 4}};

        assertEquals("generated is n×3, expected n×4 (the feature width of real)", assertThrows(
                IllegalArgumentException.class, () -> FrechetDistance.compute(fourWide, threeWide)).getMessage());
        assertEquals("real must be an n×d matrix with n ≥ 2, got 1 rows", assertThrows(IllegalArgumentException.class,
                () -> FrechetDistance.compute(new double[][] {{1, 2, 3}}, threeWide)).getMessage());
        assertEquals("generated must be an n×d matrix with n ≥ 2, got 0 rows", assertThrows(
                IllegalArgumentException.class, () -> FrechetDistance.compute(threeWide, new double[0][])).getMessage());
        assertEquals("real row 1 has 2 columns, expected an n×3 matrix (the width of row 0)", assertThrows(
                IllegalArgumentException.class,
                () -> FrechetDistance.compute(new double[][] {{1, 2, 3}, {1, 2}}, threeWide)).getMessage());
        assertEquals("generated row 0 column 2 is NaN, expected a finite value", assertThrows(
                IllegalArgumentException.class,
                () -> FrechetDistance.compute(threeWide, new double[][] {{1, 2, Double.NaN}, {1, 2, 3}})).getMessage());
    }

    @Test
    void givenBadStatisticsWhenBuildingOrComparingThenErrorsNameTheArgumentAndShape() {
        double[][] identity2 = {{1, 0}, {0, 1}};
        GaussianStatistics two = new GaussianStatistics(new double[2], identity2);
        GaussianStatistics three = new GaussianStatistics(new double[3], new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});

        assertEquals("generated statistics have dimension 3, expected 2 (the dimension of the real statistics)",
                assertThrows(IllegalArgumentException.class, () -> FrechetDistance.between(two, three)).getMessage());
        assertEquals("covariance is 3×2, expected 3×3 (the length of mean)", assertThrows(IllegalArgumentException.class,
                () -> new GaussianStatistics(new double[3], new double[][] {{1, 0}, {0, 1}, {0, 0}})).getMessage());
        assertEquals("covariance is not symmetric at (0, 1): 0.5 vs 0.0, expected a symmetric d×d matrix",
                assertThrows(IllegalArgumentException.class,
                        () -> new GaussianStatistics(new double[2], new double[][] {{1, 0.5}, {0, 1}})).getMessage());
        assertEquals("mean must be a vector of length d ≥ 1, got an empty one", assertThrows(IllegalArgumentException.class,
                () -> new GaussianStatistics(new double[0], identity2)).getMessage());
    }

    /**
     * Tr((Σ₁Σ₂)^½) by a route that never forms a d×d square root: with Σᵢ = AᵢᵀAᵢ for the centred,
     * √(n-1)-scaled features Aᵢ, the non-zero eigenvalues of Σ₁Σ₂ are those of (A₁A₂ᵀ)(A₁A₂ᵀ)ᵀ, so
     * the trace of the root is the nuclear norm of the n₁×n₂ matrix A₁A₂ᵀ.
     */
    private static double nuclearNormReference(double[][] real, double[][] generated) {
        RealMatrix a1 = centredScaled(real);
        RealMatrix a2 = centredScaled(generated);
        double traceRoot = 0;
        for (double s : new SingularValueDecomposition(a1.multiply(a2.transpose())).getSingularValues()) {
            traceRoot += s;
        }
        double meanTerm = 0;
        RealMatrix ones1 = MatrixUtils.createRealMatrix(1, real.length).scalarAdd(1.0 / real.length);
        RealMatrix ones2 = MatrixUtils.createRealMatrix(1, generated.length).scalarAdd(1.0 / generated.length);
        double[] mu1 = ones1.multiply(MatrixUtils.createRealMatrix(real)).getRow(0);
        double[] mu2 = ones2.multiply(MatrixUtils.createRealMatrix(generated)).getRow(0);
        for (int j = 0; j < mu1.length; j++) {
            meanTerm += (mu1[j] - mu2[j]) * (mu1[j] - mu2[j]);
        }
        double trace1 = a1.getFrobeniusNorm() * a1.getFrobeniusNorm();
        double trace2 = a2.getFrobeniusNorm() * a2.getFrobeniusNorm();
        return meanTerm + trace1 + trace2 - 2 * traceRoot;
    }

    private static RealMatrix centredScaled(double[][] x) {
        RealMatrix m = MatrixUtils.createRealMatrix(x);
        int n = x.length;
        for (int j = 0; j < m.getColumnDimension(); j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += x[i][j] / n;
            }
            for (int i = 0; i < n; i++) {
                m.setEntry(i, j, (x[i][j] - mean) / Math.sqrt(n - 1));
            }
        }
        return m;
    }

    private static double[][] lowRank(Random random, int n, int rank, RealMatrix mixing, double shift) {
        double[][] z = gaussian(random, n, rank).getData();
        double[][] x = MatrixUtils.createRealMatrix(z).multiply(mixing).getData();
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] += shift;
            }
        }
        return x;
    }

    @Test
    void givenFewerSamplesThanFeaturesWhenComputingFidThenMatchesTheNuclearNormReference() {
        Random random = new Random(11);
        double[][] real = gaussian(random, 64, 128).getData();
        double[][] generated = gaussian(random, 64, 128).scalarMultiply(1.5).scalarAdd(0.25).getData();

        double fid = FrechetDistance.compute(real, generated);

        double expected = nuclearNormReference(real, generated);
        assertEquals(expected, fid, 1e-6 * expected);
    }

    @Test
    void givenRankDeficientFeaturesWhenComputingFidThenMatchesTheNuclearNormReference() {
        Random random = new Random(12);
        RealMatrix mixing = gaussian(random, 6, 96);
        double[][] real = lowRank(random, 500, 6, mixing, 0);
        double[][] generated = lowRank(random, 300, 6, gaussian(random, 6, 96), 0.5);

        double fid = FrechetDistance.compute(real, generated);

        double expected = nuclearNormReference(real, generated);
        assertTrue(Double.isFinite(fid), "FID " + fid);
        assertEquals(expected, fid, 1e-6 * expected);
    }
}
