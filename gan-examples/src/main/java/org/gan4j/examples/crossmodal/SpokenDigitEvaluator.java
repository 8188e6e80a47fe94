package org.gan4j.examples.crossmodal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.gan4j.audio.data.AudioClips;
import org.gan4j.audio.eval.AudioClassifierTrainer;
import org.gan4j.audio.eval.AudioEvaluator;
import org.gan4j.audio.eval.AudioEvaluatorCache;
import org.gan4j.audio.eval.AudioEvaluatorFactory;
import org.gan4j.core.condition.CrossModalEvaluator;
import org.gan4j.core.condition.PairedEmbeddings;
import org.gan4j.core.metrics.MetricValue;
import org.gan4j.core.spi.DataRequest;
import org.gan4j.core.spi.Evaluator;
import org.gan4j.core.train.Sampler;

/**
 * Measures spoken digits drawn from images with gan-audio's log-mel classifier (the one it trains
 * and caches for {@code spoken-digits}, shared with the audio presets): gan-core's {@link
 * CrossModalEvaluator} (the class of the generated clip against the source image's, the shuffled
 * bound, the real held-out clips), then the audio evaluator's own metrics (Inception Score, FID,
 * KID, precision/recall, class histogram, each with its real reference) on clips made from the
 * held-out images through a {@link PartnerConditionedSampler}.
 */
final class SpokenDigitEvaluator implements Evaluator {

    private final CrossModalEvaluator crossModal;
    private final AudioEvaluatorCache.Loaded classifier;
    private final AudioEvaluator own;
    private final PairedEmbeddings heldOut;
    private final long seed;

    private SpokenDigitEvaluator(CrossModalEvaluator crossModal, AudioEvaluatorCache.Loaded classifier,
            AudioEvaluator own, PairedEmbeddings heldOut, long seed) {
        this.crossModal = crossModal;
        this.classifier = classifier;
        this.own = own;
        this.heldOut = heldOut;
        this.seed = seed;
    }

    /**
     * @param source the held-out source, whose targets are spoken digits
     * @param request gives the cache folder, the seed and the progress channel
     * @return the evaluator; closing it frees the classifier
     * @throws IOException if the classifier cannot be trained and cached
     */
    static SpokenDigitEvaluator create(CrossModalSource source, DataRequest request) throws IOException {
        AudioClips train = clips(source.digits().part(DataRequest.Split.TRAIN).pairs());
        PairedEmbeddings heldOut = source.part().pairs();
        AudioClips heldOutClips = clips(heldOut);
        AudioClassifierTrainer trainer = new AudioClassifierTrainer(AudioClassifierTrainer.Settings.DEFAULT,
                request.progress());
        AudioEvaluator own = new AudioEvaluatorFactory(trainer.settings(), request.progress())
                .create(SpokenDigitClips.DATASET, train, heldOutClips, request);
        try {
            AudioEvaluatorCache.Loaded classifier = new AudioEvaluatorCache(request.cacheDir(), request.progress())
                    .obtain(SpokenDigitClips.DATASET, train, heldOutClips, trainer);
            CrossModalEvaluator crossModal = new CrossModalEvaluator(classifier.card().describe(),
                    classifier.classifier(), heldOut, request.seed());
            return new SpokenDigitEvaluator(crossModal, classifier, own, heldOut, request.seed());
        } catch (IOException | RuntimeException e) {
            own.close();
            throw e;
        }
    }

    private static AudioClips clips(PairedEmbeddings pairs) {
        if (!(pairs.targets() instanceof SpokenDigitClips.ClipTable table)) {
            throw new IllegalArgumentException("the spoken-digit evaluator needs spoken digits as targets, got "
                    + pairs.targets().getClass().getName());
        }
        return table.clips();
    }

    @Override
    public List<MetricValue> evaluate(Sampler sampler, int samples) {
        List<MetricValue> metrics = new ArrayList<>(crossModal.evaluate(sampler, samples));
        metrics.addAll(own.evaluate(new PartnerConditionedSampler(sampler, heldOut, seed), samples));
        return metrics;
    }

    @Override
    public void close() {
        crossModal.close();
        classifier.close();
        own.close();
    }
}
