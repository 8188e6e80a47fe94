package org.gan4j.examples.points;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.device.Devices;
import org.gan4j.core.metrics.MetricValue;
import org.gan4j.core.spi.Evaluator;
import org.gan4j.core.spi.EvaluatorFactory;
import org.gan4j.core.train.Sampler;

/**
 * Measures {@code modes-covered} and {@code high-quality} (see {@link ModeStats}) on generated
 * points, with the same statistics of as many held-out real points as the reference in each
 * metric's note. Generated points come from the engine's random generator as the caller left it;
 * seed it first for reproducible numbers.
 */
public final class ModeEvaluator implements Evaluator {

    /** The metric counting covered modes. */
    public static final String MODES_COVERED = "modes-covered";

    /** The metric giving the percentage of high-quality samples. */
    public static final String HIGH_QUALITY = "high-quality";

    private static final int CHUNK = 1000;

    private final GaussianMixture heldOut;

    /** @param heldOut real points never trained on; also defines the modes */
    public ModeEvaluator(GaussianMixture heldOut) {
        this.heldOut = heldOut;
    }

    /** @return a factory for held-out sources opened by {@link MixtureSource} */
    public static EvaluatorFactory factory() {
        return (heldOut, request) -> new ModeEvaluator(asMixture(heldOut));
    }

    private static GaussianMixture asMixture(DataSource source) {
        if (source instanceof GaussianMixture mixture) {
            return mixture;
        }
        throw new IllegalArgumentException("the points evaluator needs a Gaussian-mixture source (ring8, grid25), not "
                + source.getClass().getName());
    }

    @Override
    public List<MetricValue> evaluate(Sampler sampler, int samples) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples = " + samples + " must be ≥ 1");
        }
        MixtureLayout layout = heldOut.layout();
        ModeStats fake = ModeStats.measure(generate(sampler, samples), layout);
        ModeStats real = ModeStats.measure(heldOut.points(0, samples), layout);
        String note = "real: " + real.summary();
        return List.of(
                new MetricValue(MODES_COVERED, fake.modesCovered(), Double.NaN, samples, true, note),
                new MetricValue(HIGH_QUALITY, fake.highQualityPercent(), Double.NaN, samples, true, note));
    }

    /**
     * Draws points from a sampler in chunks, each generated and copied out inside its own scope.
     *
     * @param sampler an unconditional sampler of 2-D points
     * @param samples how many points
     * @return x0, y0, x1, y1, ...
     */
    static float[] generate(Sampler sampler, int samples) {
        if (sampler.condition().isConditional()) {
            throw new IllegalArgumentException("the points evaluator takes an unconditional sampler, not one conditioned on "
                    + sampler.condition());
        }
        float[] out = new float[2 * samples];
        try (NDManager manager = Devices.newBaseManager()) {
            for (int done = 0; done < samples; done += CHUNK) {
                int n = Math.min(CHUNK, samples - done);
                try (NDManager scope = manager.newSubManager()) {
                    NDArray points = sampler.generate(scope, n, null);
                    if (points.getShape().dimension() != 2 || points.getShape().get(0) != n
                            || points.getShape().get(1) != 2) {
                        throw new IllegalStateException("sampler returned shape " + points.getShape()
                                + ", expected (" + n + ", 2)");
                    }
                    System.arraycopy(points.toFloatArray(), 0, out, 2 * done, 2 * n);
                }
            }
        }
        return out;
    }
}
