package org.gan4j.core.nn;

import ai.djl.ndarray.types.Shape;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/** Largest singular values of weights, by Commons Math, for checking spectral normalisation. */
final class SingularValues {

    private SingularValues() {}

    /**
     * The largest singular value of a weight seen as a matrix with one row per index of {@code
     * rowAxis} (0 or 1) and all other axes flattened into columns, in PyTorch's order.
     */
    static double largest(float[] weight, Shape shape, int rowAxis) {
        long outer = rowAxis == 0 ? 1 : shape.get(0);
        int rows = (int) shape.get(rowAxis);
        int inner = (int) (shape.size() / outer / rows);
        double[][] matrix = new double[rows][(int) outer * inner];
        for (int a = 0; a < outer; a++) {
            for (int r = 0; r < rows; r++) {
                for (int k = 0; k < inner; k++) {
                    matrix[r][a * inner + k] = weight[(a * rows + r) * inner + k];
                }
            }
        }
        return new SingularValueDecomposition(new Array2DRowRealMatrix(matrix, false))
                .getSingularValues()[0];
    }
}
