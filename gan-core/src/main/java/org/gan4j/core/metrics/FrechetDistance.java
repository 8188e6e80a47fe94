package org.gan4j.core.metrics;

import java.util.stream.IntStream;
import org.apache.commons.math3.exception.MaxCountExceededException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.BlockRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * The Fréchet distance between Gaussians fitted to two feature sets (Dowson and Landau, 1982),
 * which is the FID of Heusel et al., "GANs Trained by a Two Time-Scale Update Rule Converge to a
 * Local Nash Equilibrium" (NeurIPS 2017), when the features are Inception pool activations:
 *
 * <pre>FID = ‖μ₁ - μ₂‖² + Tr(Σ₁ + Σ₂ - 2 (Σ₁ Σ₂)^½)</pre>
 *
 * <p>Lower is better; 0 for identical statistics. The trace term uses symmetric
 * eigendecompositions only: with A = Σ₁^½, Tr((Σ₁ Σ₂)^½) = Tr((A Σ₂ A)^½), the sum of the square
 * roots of the eigenvalues of the PSD matrix A Σ₂ A. Writing Σ₁ = V D Vᵀ, A Σ₂ A = V W Vᵀ with
 * W = D^½ (Vᵀ Σ₂ V) D^½, so the eigenvalues of W are used directly. Tiny negative eigenvalues
 * from rounding are clamped to 0. Covariances are unbiased (n - 1).
 *
 * <p>Commons Math's symmetric QL iteration gives up on some nearly singular matrices (fewer
 * samples than feature dimensions, rank-deficient features). Both matrices decomposed here are
 * symmetric positive semi-definite, so their singular value decomposition is an eigendecomposition
 * too (singular values = eigenvalues, left singular vectors = eigenvectors); that route converges on
 * them and is taken when the QL iteration fails.
 *
 * <p>The two eigendecompositions cost O(d³) each (about a minute each at d = 2048 on two cores);
 * a {@link Reference} keeps the real side's for repeated evaluations against the same real data.
 */
public final class FrechetDistance {

    private FrechetDistance() {}

    /**
     * @param real an n₁×d feature matrix, n₁ ≥ 2
     * @param generated an n₂×d feature matrix, n₂ ≥ 2
     * @return the Fréchet distance between the Gaussians fitted to them
     * @throws IllegalArgumentException for fewer than 2 rows, a ragged matrix, a non-finite value or
     *     mismatched widths
     */
    public static double compute(double[][] real, double[][] generated) {
        Features.requireSameWidth(real, "real", generated, "generated", 2);
        return between(GaussianStatistics.of(real, "real"), GaussianStatistics.of(generated, "generated"));
    }

    /**
     * @param real the statistics of the real features, e.g. a cached reference
     * @param generated the statistics of the generated features
     * @return the Fréchet distance between the two Gaussians
     * @throws IllegalArgumentException when their dimensions differ
     */
    public static double between(GaussianStatistics real, GaussianStatistics generated) {
        return reference(real).distanceTo(generated);
    }

    /**
     * @param real the statistics of the real features
     * @return the real side of the distance, decomposed once for many {@link Reference#distanceTo} calls
     */
    public static Reference reference(GaussianStatistics real) {
        return new Reference(real);
    }

    /** The real statistics with the eigendecomposition Σ₁ = V D Vᵀ of their covariance. */
    public static final class Reference {

        private final GaussianStatistics real;
        private final RealMatrix v;
        private final double[] rootD;

        private Reference(GaussianStatistics real) {
            this.real = real;
            Eigen decomposition = symmetricEigen(real.covariance());
            this.v = decomposition.vectors();
            this.rootD = decomposition.values();
            for (int i = 0; i < rootD.length; i++) {
                rootD[i] = Math.sqrt(Math.max(0, rootD[i]));
            }
        }

        /**
         * @param generated the statistics of the generated features
         * @return the Fréchet distance between the real and the generated Gaussian
         * @throws IllegalArgumentException when their dimensions differ
         */
        public double distanceTo(GaussianStatistics generated) {
            int d = real.dimension();
            if (generated.dimension() != d) {
                throw new IllegalArgumentException("generated statistics have dimension " + generated.dimension()
                        + ", expected " + d + " (the dimension of the real statistics)");
            }
            double[][] w = v.transpose().multiply(new BlockRealMatrix(generated.covariance())).multiply(v).getData();
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    w[i][j] *= rootD[i] * rootD[j];
                }
            }
            double traceRoot = 0;
            for (double lambda : symmetricEigen(w).values()) {
                traceRoot += Math.sqrt(Math.max(0, lambda));
            }
            return Features.squaredDistance(real.mean(), generated.mean())
                    + trace(real.covariance()) + trace(generated.covariance()) - 2 * traceRoot;
        }
    }

    /** Eigenvalues and the matrix whose columns are their unit eigenvectors. */
    private record Eigen(double[] values, RealMatrix vectors) {}

    /**
     * Decomposes {@code (m + mᵀ) / 2}, so rounding asymmetry cannot send Commons Math down its
     * non-symmetric path. Rows and columns that are exactly zero (a feature that never varies, such as
     * a dead ReLU unit) have eigenvalue 0 with a unit eigenvector; they are set aside and only the
     * rest is decomposed, because Commons Math's QL iteration can fail to converge on them.
     */
    static Eigen symmetricEigen(double[][] m) {
        int d = m.length;
        int[] live = IntStream.range(0, d).filter(i -> IntStream.range(0, d)
                .anyMatch(j -> m[i][j] != 0 || m[j][i] != 0)).toArray();
        double[][] symmetric = new double[live.length][live.length];
        for (int i = 0; i < live.length; i++) {
            for (int j = 0; j < live.length; j++) {
                symmetric[i][j] = 0.5 * (m[live[i]][live[j]] + m[live[j]][live[i]]);
            }
        }
        double[] values = new double[d];
        RealMatrix vectors = new BlockRealMatrix(d, d);
        boolean[] isLive = new boolean[d];
        if (live.length > 0) {
            Eigen decomposed = decomposeLive(new Array2DRowRealMatrix(symmetric, false));
            double[] liveValues = decomposed.values();
            RealMatrix liveVectors = decomposed.vectors();
            for (int k = 0; k < live.length; k++) {
                values[k] = liveValues[k];
                for (int i = 0; i < live.length; i++) {
                    vectors.setEntry(live[i], k, liveVectors.getEntry(i, k));
                }
                isLive[live[k]] = true;
            }
        }
        int column = live.length;
        for (int i = 0; i < d; i++) {
            if (!isLive[i]) {
                vectors.setEntry(i, column++, 1);
            }
        }
        return new Eigen(values, vectors);
    }

    /** The QL eigendecomposition of a symmetric PSD matrix, or its SVD where the QL iteration fails. */
    private static Eigen decomposeLive(RealMatrix symmetric) {
        try {
            EigenDecomposition eigen = new EigenDecomposition(symmetric);
            return new Eigen(eigen.getRealEigenvalues(), eigen.getV());
        } catch (MaxCountExceededException notConverged) {
            SingularValueDecomposition svd = new SingularValueDecomposition(symmetric);
            return new Eigen(svd.getSingularValues(), svd.getU());
        }
    }

    private static double trace(double[][] m) {
        double sum = 0;
        for (int i = 0; i < m.length; i++) {
            sum += m[i][i];
        }
        return sum;
    }
}
