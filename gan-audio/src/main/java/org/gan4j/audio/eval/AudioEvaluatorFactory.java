package org.gan4j.audio.eval;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.gan4j.audio.data.AudioClips;
import org.gan4j.audio.data.AudioDataProvider;
import org.gan4j.audio.data.AudioDataSource;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.eval.ClassifierEvaluator;
import org.gan4j.core.options.Options;
import org.gan4j.core.spi.DataRequest;
import org.gan4j.core.spi.Evaluator;
import org.gan4j.core.spi.EvaluatorFactory;

/**
 * Makes audio evaluators: the {@link AudioClassifier} from the {@link AudioEvaluatorCache} (trained
 * on the whole real training split on first use, whatever the run's {@code limit}), measured
 * through gan-core's {@link ClassifierEvaluator} against up to {@value #STATISTICS_CLIPS} real
 * training clips and every held-out clip.
 */
public final class AudioEvaluatorFactory implements EvaluatorFactory {

    /** How many real training clips the FID statistics are taken from at most. */
    public static final int STATISTICS_CLIPS = 10_000;

    private final AudioClassifierTrainer.Settings settings;
    private final Consumer<String> progress;

    /** A factory with the default recipe, reporting to standard error. */
    public AudioEvaluatorFactory() {
        this(AudioClassifierTrainer.Settings.DEFAULT, System.err::println);
    }

    /**
     * @param settings how classifiers are trained; part of the cache key
     * @param progress receives one-line messages
     */
    public AudioEvaluatorFactory(AudioClassifierTrainer.Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /**
     * @param heldOut an {@link AudioDataSource} opened by an {@link AudioDataProvider}
     * @param request the request the training data was opened with
     * @throws IllegalArgumentException if {@code heldOut} is not such a source
     */
    @Override
    public Evaluator create(DataSource heldOut, DataRequest request) throws IOException {
        if (!(heldOut instanceof AudioDataSource audio) || audio.provider().isEmpty()) {
            throw new IllegalArgumentException("the audio evaluator needs held-out data opened by an audio data source"
                    + " (spoken-digits, wav-folder), got " + heldOut.getClass().getName());
        }
        Map<String, Object> options = new HashMap<>(request.options().asMap());
        options.remove("limit");
        AudioClips train = audio.provider().get().load(new DataRequest(new Options("data.options", options),
                DataRequest.Split.TRAIN, request.seed(), request.cacheDir(), request.progress()));
        return create(audio.provider().get().name(), train, audio.clips(), request);
    }

    /**
     * Makes an evaluator for labelled clips directly.
     *
     * @param dataset the data's name
     * @param train the real training clips
     * @param heldOut the real held-out clips
     * @param request gives the cache folder
     * @return the evaluator; closing it frees the classifier
     * @throws IOException if the cache cannot be written
     */
    public AudioEvaluator create(String dataset, AudioClips train, AudioClips heldOut, DataRequest request)
            throws IOException {
        AudioEvaluatorCache.Loaded loaded = new AudioEvaluatorCache(request.cacheDir(), progress)
                .obtain(dataset, train, heldOut, new AudioClassifierTrainer(settings, progress));
        try {
            AudioClassifier classifier = loaded.classifier();
            ClassifierEvaluator metrics = new ClassifierEvaluator(loaded.card().describe(), classifier,
                    classifier.predict(train, Math.min(STATISTICS_CLIPS, train.size()), settings.seed()),
                    classifier.predict(heldOut, heldOut.size(), settings.seed()));
            return new AudioEvaluator(loaded, metrics);
        } catch (RuntimeException e) {
            loaded.close();
            throw e;
        }
    }
}
