package org.gan4j.core.joint;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import org.gan4j.core.nn.Scalars;

/**
 * The symmetric InfoNCE loss of CLIP: row i of {@code a} and row i of {@code b} are a pair, every
 * other row of the batch a negative. With {@code â}, {@code b̂} the rows scaled to unit length and
 * {@code S = â b̂ᵀ / τ}, the loss is {@code ½ (CE(S, I) + CE(Sᵀ, I))}, where {@code CE(S, I)} is the
 * mean over rows of {@code −log softmax(S_i)_i}: each a picks its b among the batch and each b its a.
 */
public final class InfoNce {

    private static final float EPSILON = 1e-12f;

    private InfoNce() {}

    /**
     * @param a (B, d) embeddings of one modality
     * @param b (B, d) embeddings of the other, row i paired with row i of {@code a}
     * @param temperature τ, above 0
     * @return the scalar loss
     * @throws IllegalArgumentException if the shapes differ or are not (B, d), or τ ≤ 0
     */
    public static NDArray loss(NDArray a, NDArray b, float temperature) {
        Shape shape = a.getShape();
        if (shape.dimension() != 2 || !shape.equals(b.getShape())) {
            throw new IllegalArgumentException("InfoNCE needs two (B, d) embeddings of one shape, got " + shape
                    + " and " + b.getShape());
        }
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("InfoNCE's temperature must be above 0, got " + temperature);
        }
        NDArray logits = Scalars.divide(unit(a).matMul(unit(b).transpose()), temperature);
        NDArray diagonal = a.getManager().eye((int) shape.get(0));
        NDArray rows = Scalars.divide(logits.logSoftmax(1).mul(diagonal).sum(), shape.get(0));
        NDArray columns = Scalars.divide(logits.logSoftmax(0).mul(diagonal).sum(), shape.get(0));
        return Scalars.divide(rows.add(columns), -2);
    }

    /** Rows scaled to unit length (a zero row stays zero). */
    static NDArray unit(NDArray x) {
        return x.div(x.square().sum(new int[] {1}, true).add(EPSILON).sqrt());
    }
}
