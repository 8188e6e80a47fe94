package org.gan4j.core.app.job;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.gan4j.core.app.config.RunConfig;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.metrics.DiscriminatorOverfitting;
import org.gan4j.core.metrics.MetricValue;
import org.gan4j.core.spi.DataRequest;
import org.gan4j.core.spi.Evaluator;
import org.gan4j.core.spi.Modality;
import org.gan4j.core.train.EngineSeeds;
import org.gan4j.core.train.Sampler;

/**
 * The modality's evaluator on the run's held-out split, opened on first use, plus D's overfitting
 * metrics; every evaluation draws the same evaluation noise, so an evaluation redone after a kill
 * gives the same numbers.
 */
final class RunEvaluator implements AutoCloseable {

    private static final long EVALUATION_NOISE = -3;
    /** Real samples per side for the discriminator-overfitting metrics. */
    private static final int OVERFITTING_SAMPLES = 1024;

    private final Modality modality;
    private final RunConfig config;
    private final DataRequest request;
    private final DataSource data;
    private final DiscriminatorScorer scores;
    private DataSource heldOut;
    private Evaluator evaluator;

    /** The discriminator's first output on {@code count} real samples of a source, from batch 0 on. */
    interface DiscriminatorScorer {
        float[] of(DataSource source, int count);
    }

    /**
     * @param scores the discriminator's scores for the overfitting metrics, or {@code null} to
     *     leave those metrics out
     */
    RunEvaluator(Modality modality, RunConfig config, DataRequest request, DataSource data, DiscriminatorScorer scores) {
        this.modality = modality;
        this.config = config;
        this.request = request;
        this.data = data;
        this.scores = scores;
    }

    /**
     * @param sampler the sampler to score
     * @param samples how many samples to draw
     * @return the evaluator's metrics, then {@code d/rt}, {@code d/rt-heldout} and {@code d/heldout-gap}
     * @throws IOException if the held-out data or the evaluator's model cannot be read or made
     */
    List<MetricValue> measure(Sampler sampler, int samples) throws IOException {
        open();
        try (EngineSeeds.Hold random = EngineSeeds.hold()) {
            EngineSeeds.seed(config.train().seed(), EVALUATION_NOISE, 0);
            List<MetricValue> measured = new ArrayList<>(evaluator.evaluate(sampler, samples));
            measured.addAll(discriminatorOverfitting());
            return List.copyOf(measured);
        }
    }

    /** Opens the held-out data and the evaluator, which may train and cache its classifier. */
    void open() throws IOException {
        if (evaluator == null) {
            heldOut = modality.dataSource(config.data().name()).open(request.withSplit(DataRequest.Split.HELD_OUT));
            evaluator = modality.evaluatorFactory().create(heldOut, request);
        }
    }

    /** @return the held-out split, once {@link #open()} ran */
    DataSource heldOut() {
        return heldOut;
    }

    private List<MetricValue> discriminatorOverfitting() {
        int n = (int) Math.min(OVERFITTING_SAMPLES, Math.min(data.size(), heldOut.size()));
        if (scores == null || n < 1) {
            return List.of();
        }
        return DiscriminatorOverfitting.of(scores.of(data, n), scores.of(heldOut, n))
                .toMetrics(n, "D's sign on " + n + " real training and " + n + " real held-out samples");
    }

    @Override
    public void close() throws IOException {
        if (evaluator != null) {
            evaluator.close();
        }
        if (heldOut != null) {
            heldOut.close();
        }
    }
}
