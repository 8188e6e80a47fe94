package org.gan4j.examples.crossmodal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.gan4j.audio.eval.AudioClassifierTrainer;
import org.gan4j.audio.eval.AudioEvaluatorCache;
import org.gan4j.core.condition.SampleTable;
import org.gan4j.core.data.FloatBatchBuffer;
import org.gan4j.core.eval.CachedClassifier;
import org.gan4j.core.eval.ClassifierEvaluator;
import org.gan4j.core.eval.Predictions;
import org.gan4j.image.data.ImageData;
import org.gan4j.image.eval.ClassifierTrainer;
import org.gan4j.image.eval.EvaluatorCache;
import org.gan4j.image.eval.TrainedClassifier;

/**
 * The source modality's evaluator as a frozen condition encoder ({@code data.options.encoder:
 * evaluator}): the penultimate features (128 wide) of the classifier that gan4j trains and caches to
 * evaluate that modality — the spoken digits' log-mel CNN, or MNIST's CNN — for every source sample.
 * The classifier was trained on the training split only, so held-out samples are embedded as unseen.
 */
final class EvaluatorEncoder {

    /** The {@code data.options.encoder} value that selects it. */
    static final String NAME = "evaluator";

    private static final int CHUNK = 500;

    private EvaluatorEncoder() {}

    /**
     * @param source the source samples of both splits
     * @param fullTrainImages all MNIST training images (the image evaluator's training data)
     * @param heldOutImages the MNIST held-out images (its held-out check)
     * @param scheme the captioned image set
     * @param sourceModality {@code audio} or {@code image}
     * @param cacheDir the data cache holding (or receiving) the evaluator
     * @param progress receives one-line messages
     * @return the features of both splits and the evaluator's class accuracy on the held-out source
     * @throws IOException if the evaluator cannot be trained or cached
     * @throws IllegalArgumentException for a source modality without an evaluator (text)
     */
    static MultimodalDigits.Embedded embed(MultimodalDigits.SourceData source, ImageData fullTrainImages,
            ImageData heldOutImages, CaptionScheme scheme, String sourceModality, Path cacheDir,
            Consumer<String> progress) throws IOException {
        try (Opened evaluator = evaluator(source, fullTrainImages, heldOutImages, scheme, sourceModality, cacheDir,
                progress)) {
            Predictions heldOut = predict(evaluator.classifier(), source.heldOut());
            return new MultimodalDigits.Embedded(features(predict(evaluator.classifier(), source.train())),
                    features(heldOut), accuracy(heldOut, source.heldOut()), null);
        }
    }

    /** A cached evaluator's classifier and what frees it. */
    private record Opened(ClassifierEvaluator.Classifier classifier, CachedClassifier<?> owner) implements AutoCloseable {
        @Override
        public void close() {
            owner.close();
        }
    }

    private static Opened evaluator(MultimodalDigits.SourceData source, ImageData fullTrainImages,
            ImageData heldOutImages, CaptionScheme scheme, String modality, Path cacheDir, Consumer<String> progress)
            throws IOException {
        switch (modality) {
            case SpokenDigitClips.MODALITY -> {
                AudioEvaluatorCache.Loaded audio = new AudioEvaluatorCache(cacheDir, progress).obtain(
                        SpokenDigitClips.DATASET, ((SpokenDigitClips.ClipTable) source.train()).clips(),
                        ((SpokenDigitClips.ClipTable) source.heldOut()).clips(),
                        new AudioClassifierTrainer(AudioClassifierTrainer.Settings.DEFAULT, progress));
                return new Opened(audio.classifier(), audio);
            }
            case MultimodalDigits.IMAGE -> {
                TrainedClassifier image = new EvaluatorCache(cacheDir, progress).obtain(scheme.images().id(),
                        fullTrainImages, heldOutImages, new ClassifierTrainer(ClassifierTrainer.Settings.DEFAULT, progress));
                return new Opened(image.classifier(), image);
            }
            default -> throw new IllegalArgumentException("no evaluator encodes the " + modality + " source");
        }
    }

    private static Predictions predict(ClassifierEvaluator.Classifier classifier, SampleTable samples) {
        FloatBatchBuffer buffer = new FloatBatchBuffer();
        List<Predictions> parts = new ArrayList<>();
        int width = (int) samples.sampleShape().size();
        try (NDManager manager = NDManager.newBaseManager()) {
            for (int from = 0; from < samples.size(); from += CHUNK) {
                int count = Math.min(CHUNK, samples.size() - from);
                try (NDManager scope = manager.newSubManager()) {
                    FloatBuffer values = buffer.begin(count * width);
                    for (int i = from; i < from + count; i++) {
                        samples.copy(i, values);
                    }
                    NDArray x = buffer.finish(scope, new Shape(count).addAll(samples.sampleShape()));
                    parts.add(classifier.predict(x));
                }
            }
        }
        return Predictions.concat(parts);
    }

    private static float[][] features(Predictions predictions) {
        double[][] f = predictions.features();
        float[][] out = new float[f.length][];
        for (int i = 0; i < f.length; i++) {
            out[i] = new float[f[i].length];
            for (int j = 0; j < f[i].length; j++) {
                out[i][j] = (float) f[i][j];
            }
        }
        return out;
    }

    private static double accuracy(Predictions predictions, SampleTable samples) {
        int hits = 0;
        for (int i = 0; i < samples.size(); i++) {
            double[] p = predictions.probabilities()[i];
            int best = 0;
            for (int k = 1; k < p.length; k++) {
                best = p[k] > p[best] ? k : best;
            }
            hits += best == samples.label(i) ? 1 : 0;
        }
        return hits / (double) samples.size();
    }
}
