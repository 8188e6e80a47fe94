package org.gan4j.examples.crossmodal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.gan4j.core.condition.CrossModalEvaluator;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.eval.CachedClassifier;
import org.gan4j.core.joint.RPrecisionCheck;
import org.gan4j.core.joint.TrainedJointEmbedding;
import org.gan4j.core.metrics.MetricValue;
import org.gan4j.core.spi.DataRequest;
import org.gan4j.core.spi.Evaluator;
import org.gan4j.core.spi.EvaluatorFactory;
import org.gan4j.core.train.Sampler;
import org.gan4j.image.eval.ClassifierTrainer;
import org.gan4j.image.eval.EvaluatorCache;
import org.gan4j.image.eval.ImageEvaluator;
import org.gan4j.image.eval.TrainedClassifier;

/**
 * Measures a cross-modal generator by its target: images with gan-core's {@link
 * CrossModalEvaluator}, the MNIST evaluator's classifier (the one gan-image trains and caches for
 * {@code mnist}, shared with its presets), for captions as the source the {@link
 * AttributeCheck} and the {@code r-precision} in a joint image–caption embedding ({@link
 * CaptionImageEmbedding}), then gan-image's own metrics (IS, FID, …) of the generated images;
 * spoken digits drawn from images with the {@link SpokenDigitEvaluator}; captions of images with
 * {@link CaptionClassifier} and the caption checks.
 */
final class CrossModalEvaluatorFactory implements EvaluatorFactory {

    @Override
    public Evaluator create(DataSource heldOut, DataRequest request) throws IOException {
        if (!(heldOut instanceof CrossModalSource source)) {
            throw new IllegalArgumentException("the cross-modal evaluator needs held-out data opened by "
                    + MultimodalDigitsProvider.NAME + ", got " + heldOut.getClass().getName());
        }
        MultimodalDigits digits = source.digits();
        if (digits.settings().audioTarget()) {
            return SpokenDigitEvaluator.create(source, request);
        }
        if (digits.settings().targetIsText()) {
            return captionEvaluator(source, request);
        }
        ClassifierTrainer.Settings settings = ClassifierTrainer.Settings.DEFAULT;
        TrainedClassifier classifier = new EvaluatorCache(request.cacheDir(), request.progress()).obtain(
                digits.settings().dataset().images().id(), digits.fullTrainImages(), source.part().images(),
                new ClassifierTrainer(settings, request.progress()));
        ImageEvaluator own;
        try {
            own = new ImageEvaluator(classifier, digits.fullTrainImages(), source.part().images(), settings.seed());
        } catch (RuntimeException e) {
            classifier.close();
            throw e;
        }
        try {
            return imageEvaluator(source, request, classifier, own);
        } catch (IOException | RuntimeException e) {
            own.close();
            throw e;
        }
    }

    /** The image target's evaluator over a loaded classifier, which {@code own} owns and closes. */
    private static Evaluator imageEvaluator(CrossModalSource source, DataRequest request, TrainedClassifier classifier,
            ImageEvaluator own) throws IOException {
        MultimodalDigits digits = source.digits();
        if (digits.settings().source().equals(SpokenDigitClips.MODALITY)) {
            return closing(new CrossModalEvaluator(classifier.card().describe(), classifier.classifier(),
                    source.part().pairs(), request.seed()), own, source, request);
        }
        AttributeCheck attributes = new AttributeCheck(source.part(), digits.settings().dataset(), digits.cuts());
        TrainedJointEmbedding joint;
        try {
            joint = CaptionImageEmbedding.obtain(digits, request, digits.settings().joint());
        } catch (IllegalStateException diverged) {
            request.progress().accept("gan4j: warning: r-precision is left out of this run's evaluations: "
                    + diverged.getMessage());
            return closing(new CrossModalEvaluator(classifier.card().describe(), classifier.classifier(),
                    source.part().pairs(), request.seed(), List.of(attributes)), own, source, request);
        }
        return closing(new CrossModalEvaluator(
                classifier.card().describe() + "; r-precision in " + joint.card().describe(),
                classifier.classifier(), source.part().pairs(), request.seed(), List.of(
                        attributes, new RPrecisionCheck(joint.embedding(), digits.source().heldOut(), request.seed()))),
                own, source, request, joint);
    }

    /**
     * The cross-modal metrics, then the image evaluator's own (Inception Score, FID, KID,
     * precision/recall, class histogram) on images drawn from the held-out conditions through a
     * {@link PartnerConditionedSampler}; closing it closes the models it uses ({@code own} owns the
     * classifier both read).
     */
    private static Evaluator closing(CrossModalEvaluator evaluator, ImageEvaluator own, CrossModalSource source,
            DataRequest request, CachedClassifier<?>... models) {
        return new Evaluator() {
            @Override
            public List<MetricValue> evaluate(Sampler sampler, int samples) {
                List<MetricValue> metrics = new ArrayList<>(evaluator.evaluate(sampler, samples));
                metrics.addAll(own.evaluate(new PartnerConditionedSampler(sampler, source.part().pairs(), request.seed()),
                        samples));
                return metrics;
            }

            @Override
            public void close() {
                evaluator.close();
                own.close();
                for (CachedClassifier<?> model : models) {
                    model.close();
                }
            }
        };
    }

    /**
     * Image→text: the captions' class read exactly ({@link CaptionClassifier}), their attribute
     * words against the source image's measurements, self-BLEU-2 and -4 and the templates'
     * diversity.
     */
    private static Evaluator captionEvaluator(CrossModalSource source, DataRequest request) {
        GeneratedCaptions captions = new GeneratedCaptions(
                source.digits().captionTargets(DataRequest.Split.HELD_OUT).vocabulary());
        return new CrossModalEvaluator("captions read exactly by gan-text's CaptionGrammar", new CaptionClassifier(captions),
                source.part().pairs(), request.seed(), List.of(
                        new CaptionAttributeCheck(captions, source.part().attributes()),
                        new SelfBleuCheck(captions, 2), new SelfBleuCheck(captions, 4),
                        new PhrasingDiversityCheck(captions)));
    }
}
