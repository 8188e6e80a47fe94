package org.gan4j.core.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.GradientCollector;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.gan4j.core.nn.Scalars;
import org.gan4j.core.options.UnknownNameException;

/**
 * Gradient penalties on the discriminator's input gradient {@code g(x) = ∇ₓ D(x)}, computed without
 * a double backward (which leaks native memory in DJL: GUIDE §1).
 *
 * <ul>
 *   <li>{@code wgan-gp}: {@code λ · mean (‖g(x̂)‖ − 1)²} on random interpolates x̂ of real and fake
 *       samples (Gulrajani et al. 2017);
 *   <li>{@code wgan-gp-one-sided}: {@code λ · mean max(0, ‖g(x̂)‖ − 1)²} (Petzka et al. 2018);
 *   <li>{@code r1}: {@code λ/2 · mean ‖g(x)‖²} on real samples (Mescheder et al. 2018);
 *   <li>{@code r2}: the same on fake samples.
 * </ul>
 *
 * <p>How: the penalty is a function {@code P(g)} of the per-sample input gradients. Its gradient
 * with respect to D's parameters θ is {@code Σᵢ (∂gᵢ/∂θ)ᵀ vᵢ} with {@code vᵢ = ∂P/∂gᵢ}, which is
 * the directional derivative of {@code ∇θ Σᵢ D(xᵢ)} along {@code v}. So (1) one ordinary backward
 * with D frozen gives g and the exact penalty value, and (2) the surrogate {@code s · (Σ D(x + h·u)
 * − Σ D(x − h·u)) / 2h}, with {@code u = v / s} and {@code s = maxᵢ ‖vᵢ‖}, added to D's loss gives
 * that directional derivative by a central difference in one ordinary backward. No gradient
 * carries a graph, so nothing forms the parameter → gradient → graph cycle. The difference is exact
 * for a piecewise-linear critic (leaky ReLU, convolutions, linear layers) unless a sample crosses
 * an activation kink within {@code h}, and second-order accurate for smooth ones. The engine is
 * re-seeded alike before each of the three critic passes, so a critic with dropout draws the same
 * masks in all of them. A batch-normalised critic sees batch statistics of the shifted batches:
 * use a penalty with a critic without batch normalisation, as Gulrajani et al. advise.
 */
public final class GradientPenalty {

    /** Every penalty name {@link #of} accepts. */
    public static final List<String> NAMES = List.of("none", "wgan-gp", "wgan-gp-one-sided", "r1", "r2");

    /** The default step of the central difference, in input units. */
    public static final float DEFAULT_STEP = 1e-2f;

    private enum Kind { NONE, TWO_SIDED, ONE_SIDED, R1, R2 }

    private final Kind kind;
    private final float weight;
    private final float step;

    private GradientPenalty(Kind kind, float weight, float step) {
        this.kind = kind;
        this.weight = weight;
        this.step = step;
    }

    /**
     * Creates a penalty by name.
     *
     * @param name one of {@link #NAMES}
     * @param weight λ (WGAN-GP's 10, or R1's γ), ≥ 0
     * @return the penalty
     * @throws UnknownNameException if the name is not one of {@link #NAMES}
     * @throws IllegalArgumentException if the weight is negative or not finite
     */
    public static GradientPenalty of(String name, float weight) {
        return of(name, weight, DEFAULT_STEP);
    }

    /**
     * Creates a penalty by name with its own difference step (tests use small steps in float64).
     *
     * @param name one of {@link #NAMES}
     * @param weight λ, ≥ 0
     * @param step h, the central difference's step in input units, &gt; 0
     * @return the penalty
     */
    public static GradientPenalty of(String name, float weight, float step) {
        Kind kind = switch (name) {
            case "none" -> Kind.NONE;
            case "wgan-gp" -> Kind.TWO_SIDED;
            case "wgan-gp-one-sided" -> Kind.ONE_SIDED;
            case "r1" -> Kind.R1;
            case "r2" -> Kind.R2;
            default -> throw new UnknownNameException("gradient penalty", name, NAMES);
        };
        if (!(weight >= 0 && Float.isFinite(weight))) {
            throw new IllegalArgumentException("stabilize.penaltyWeight = " + weight + " is invalid: expected a finite number ≥ 0");
        }
        if (!(step > 0 && Float.isFinite(step))) {
            throw new IllegalArgumentException("the penalty's difference step must be a finite number > 0, got " + step);
        }
        return new GradientPenalty(kind, weight, step);
    }

    /** @return the penalty that does nothing */
    public static GradientPenalty none() {
        return new GradientPenalty(Kind.NONE, 0f, DEFAULT_STEP);
    }

    /** @return whether this penalty adds anything to D's loss */
    public boolean isActive() {
        return kind != Kind.NONE && weight > 0;
    }

    /**
     * Picks the points the penalty is taken at: interpolates of real and fake with one uniform
     * weight per sample (drawn from the engine's generator), the reals or the fakes.
     *
     * @param real real samples (B, ...), without gradient history
     * @param fake fake samples of the same shape, without gradient history
     * @return new points (B, ...), without gradient history
     */
    public NDArray points(NDArray real, NDArray fake) {
        return switch (kind) {
            case R1 -> real.duplicate();
            case R2 -> fake.duplicate();
            default -> {
                Shape shape = real.getShape();
                long[] alphaShape = new long[shape.dimension()];
                Arrays.fill(alphaShape, 1);
                alphaShape[0] = shape.get(0);
                NDArray alpha = real.getManager().randomUniform(0f, 1f, new Shape(alphaShape), real.getDataType());
                yield real.mul(alpha).add(fake.mul(alpha.neg().add(1)));
            }
        };
    }

    /**
     * Measures the input gradient at {@code points} with the critic's parameters frozen (one
     * ordinary backward, outside any other gradient collector), and returns the exact penalty and
     * what the D update needs for its gradient.
     *
     * @param critic maps samples to critic outputs (B) or (B, 1) through {@code block}
     * @param block the critic's block, whose parameters get no gradient from this pass
     * @param points where to take the penalty, from {@link #points}
     * @return the measured penalty
     */
    public Measured measure(UnaryOperator<NDArray> critic, Block block, NDArray points) {
        int maskSeed = (int) points.getManager().randomInteger(0, Integer.MAX_VALUE, new Shape(), DataType.INT64)
                .getLong();
        NDArray x = points.duplicate();
        x.setRequiresGradient(true);
        Engine.getInstance().setRandomSeed(maskSeed);
        try (FrozenParameters frozen = FrozenParameters.freeze(block);
                GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            collector.backward(critic.apply(x).sum());
        }
        NDArray g = x.getGradient().duplicate();
        x.setRequiresGradient(false);
        long batch = g.getShape().get(0);
        NDArray norms = g.reshape(batch, -1).square().sum(new int[] {1}).sqrt();
        NDArray excess = norms.sub(1);
        NDArray value;
        NDArray coefficient;
        switch (kind) {
            case TWO_SIDED -> {
                value = Scalars.times(excess.square().mean(), weight);
                coefficient = Scalars.times(excess.div(Scalars.atLeast(norms, 1e-12)), 2 * weight / batch);
            }
            case ONE_SIDED -> {
                NDArray over = Scalars.atLeast(excess, 0);
                value = Scalars.times(over.square().mean(), weight);
                coefficient = Scalars.times(over.div(Scalars.atLeast(norms, 1e-12)), 2 * weight / batch);
            }
            case R1, R2 -> {
                value = Scalars.times(norms.square().mean(), weight / 2);
                coefficient = Scalars.times(norms.onesLike(), weight / batch);
            }
            default -> throw new IllegalStateException("the penalty 'none' measures nothing");
        }
        long[] perSample = new long[g.getShape().dimension()];
        Arrays.fill(perSample, 1);
        perSample[0] = batch;
        NDArray direction = g.mul(coefficient.reshape(new Shape(perSample)));
        float scale = (float) scalar(direction.reshape(batch, -1).square().sum(new int[] {1}).sqrt().max());
        return new Measured(scalar(value), points, direction, scale, step, maskSeed);
    }

    private static double scalar(NDArray a) {
        return a.toType(DataType.FLOAT64, false).getDouble();
    }

    /**
     * A penalty measured at some points: its exact value, and the surrogate whose parameter gradient
     * is the penalty's.
     */
    public static final class Measured {

        private final double value;
        private final NDArray points;
        private final NDArray plus;
        private final NDArray minus;
        private final float scale;
        private final float step;
        private final int maskSeed;

        private Measured(double value, NDArray points, NDArray direction, float scale, float step, int maskSeed) {
            this.value = value;
            this.maskSeed = maskSeed;
            this.points = points;
            this.scale = scale;
            this.step = step;
            if (scale > 0) {
                NDArray offset = Scalars.times(direction, step / scale);
                this.plus = points.add(offset);
                this.minus = points.sub(offset);
            } else {
                this.plus = null;
                this.minus = null;
            }
        }

        /** @return the penalty's value at the points */
        public double value() {
            return value;
        }

        /**
         * The surrogate to add to D's loss inside D's gradient collector: its value is not the
         * penalty's, its gradient with respect to D's parameters is.
         *
         * @param critic maps samples to critic outputs through D, recording the graph
         * @return a scalar (zero times the critic's output when the penalty's gradient vanishes)
         */
        public NDArray surrogate(UnaryOperator<NDArray> critic) {
            Engine.getInstance().setRandomSeed(maskSeed);
            if (plus == null) {
                return Scalars.times(critic.apply(points).sum(), 0);
            }
            NDArray up = critic.apply(plus).sum();
            Engine.getInstance().setRandomSeed(maskSeed);
            NDArray difference = up.sub(critic.apply(minus).sum());
            return Scalars.times(difference, scale / (2 * step));
        }
    }
}
