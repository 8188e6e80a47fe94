package org.gan4j.image.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.options.Options;
import org.gan4j.core.spi.DataRequest;
import org.gan4j.core.spi.EvaluatorFactory;
import org.gan4j.image.data.ImageData;
import org.gan4j.image.data.ImageDataProvider;
import org.gan4j.image.data.ImageDataSource;

/**
 * Makes {@link ImageEvaluator}s, with the classifier from the {@link EvaluatorCache} (trained on
 * the whole real training split on first use, whatever the run's {@code limit} option).
 */
public final class ImageEvaluatorFactory implements EvaluatorFactory {

    private final ClassifierTrainer.Settings settings;
    private final Consumer<String> progress;

    /** A factory with the default training settings that reports progress on standard error. */
    public ImageEvaluatorFactory() {
        this(ClassifierTrainer.Settings.DEFAULT, System.err::println);
    }

    /**
     * @param settings how classifiers are trained; part of the cache key
     * @param progress receives one-line messages about training and caching
     */
    public ImageEvaluatorFactory(ClassifierTrainer.Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /**
     * @param heldOut an {@link ImageDataSource} opened by an {@link ImageDataProvider}, whose other
     *     split is the training data
     * @param request the request the training data was opened with; its cache folder holds the evaluators
     * @throws IllegalArgumentException if {@code heldOut} is not such a source
     */
    @Override
    public ImageEvaluator create(DataSource heldOut, DataRequest request) throws IOException {
        if (!(heldOut instanceof ImageDataSource images) || images.provider().isEmpty()) {
            throw new IllegalArgumentException("the image evaluator needs held-out data opened by an image data source "
                    + "(mnist, fashion-mnist, image-folder), got " + heldOut.getClass().getName());
        }
        ImageDataProvider provider = images.provider().get();
        Map<String, Object> options = new HashMap<>(request.options().asMap());
        options.remove("limit");
        ImageData train = provider.load(new DataRequest(new Options("data.options", options), DataRequest.Split.TRAIN,
                request.seed(), request.cacheDir()));
        return create(provider.name(), train, images.data(), request.cacheDir());
    }

    /**
     * Makes an evaluator for labelled images directly, e.g. for a benchmark.
     *
     * @param dataset the data's name, e.g. {@code mnist}
     * @param train the real training images
     * @param heldOut the real held-out images
     * @param cacheDir the cache folder
     * @return the evaluator
     * @throws IOException if the cache cannot be written
     */
    public ImageEvaluator create(String dataset, ImageData train, ImageData heldOut, Path cacheDir) throws IOException {
        TrainedClassifier classifier = new EvaluatorCache(cacheDir, progress)
                .obtain(dataset, train, heldOut, new ClassifierTrainer(settings, progress));
        try {
            return new ImageEvaluator(classifier, train, heldOut, settings.seed());
        } catch (RuntimeException e) {
            classifier.close();
            throw e;
        }
    }
}
