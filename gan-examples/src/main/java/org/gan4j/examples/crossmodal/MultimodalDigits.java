package org.gan4j.examples.crossmodal;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.gan4j.core.condition.EmbeddingScale;
import org.gan4j.core.condition.FineTunedEncoder;
import org.gan4j.core.condition.PairedEmbeddings;
import org.gan4j.core.condition.PretrainedEncoder;
import org.gan4j.core.condition.SampleTable;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.LatentPrior;
import org.gan4j.core.options.ConfigException;
import org.gan4j.core.options.Options;
import org.gan4j.core.options.UnknownNameException;
import org.gan4j.core.spi.DataRequest;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.core.spi.ModelRequest;
import org.gan4j.image.data.IdxDataProvider;
import org.gan4j.image.data.ImageData;
import org.gan4j.text.data.Tokenization;
import org.gan4j.text.data.Vocabulary;

/**
 * The "multimodal digits" pairs of one run: MNIST images (the official train/test split; the test
 * images are held out) with attributes measured on each (stroke thickness, width, slant; cut points
 * fitted on the training images), paired with a source: each image's own caption of its class and
 * attributes ({@code text}), or any spoken digit of its class ({@code audio}; held-out images meet
 * only held-out voices). The reverse directions take the images as the source: {@code target: audio}
 * pairs each spoken digit with any image of its class (training voices with training images,
 * held-out voices with the MNIST test images), {@code target: text} pairs each image with its own
 * caption. The source modality's encoder is pretrained on the training sources' labels
 * and frozen; its embeddings are standardised per dimension on the training sources, and the encoder
 * is released once every caption is embedded. With {@code fineTuneEncoder} the pairs' rows are the
 * flattened source samples instead, and G and D each fine-tune a copy of the encoder. Built once per run
 * configuration and shared by the training and held-out sources.
 */
final class MultimodalDigits {

    /** The {@code source}/{@code target} name of MNIST images. */
    static final String IMAGE = "image";
    /** The {@code source}/{@code target} name of captions. */
    static final String TEXT = "text";

    private final PairingSettings settings;
    private final Part train;
    private final Part heldOut;
    private final ImageData fullTrainImages;
    private final AttributeScale cuts;
    private final SourceData source;
    private final Optional<FineTunedEncoder> fineTuned;

    /**
     * One split's pairs.
     *
     * @param images the MNIST images: the targets, or the source when images are (row i of the
     *     embeddings is image i)
     * @param attributes the attribute levels measured on each image ({@link CaptionScheme}'s columns)
     * @param pairs each image with its partners' embeddings
     * @param names what each embedding row's source sample is, for sample files
     */
    record Part(ImageData images, int[][] attributes, PairedEmbeddings pairs, IntFunction<String> names) {}

    /**
     * A source modality's samples for both splits.
     *
     * @param train the training samples (the encoder is pretrained on them)
     * @param heldOut the held-out samples
     * @param labelColumns the training samples' label columns for pretraining, class first
     * @param labelClasses the number of values of each column
     * @param perImage whether row i belongs to image i (captions) rather than to any image of its class
     * @param trainNames names of the training rows
     * @param heldOutNames names of the held-out rows
     * @param description a one-line account for the progress message
     */
    record SourceData(SampleTable train, SampleTable heldOut, int[][] labelColumns, int[] labelClasses, boolean perImage,
            IntFunction<String> trainNames, IntFunction<String> heldOutNames, String description) {}

    private MultimodalDigits(PairingSettings settings, Part train, Part heldOut, ImageData fullTrainImages,
            AttributeScale cuts, SourceData source, Optional<FineTunedEncoder> fineTuned) {
        this.settings = settings;
        this.train = train;
        this.heldOut = heldOut;
        this.fullTrainImages = fullTrainImages;
        this.cuts = cuts;
        this.source = source;
        this.fineTuned = fineTuned;
    }

    /**
     * Loads MNIST (fetching it on first use) and the source, pretrains the source encoder and embeds
     * every source sample.
     *
     * @param settings the data options
     * @param registry the modalities, for the source's encoder
     * @param cacheDir the data cache
     * @param progress receives one-line messages
     * @return the pairs
     * @throws IOException if MNIST or the spoken digits cannot be obtained or read
     * @throws ConfigException for an unknown source modality or encoder architecture
     */
    static MultimodalDigits load(PairingSettings settings, ModalityRegistry registry, Path cacheDir,
            Consumer<String> progress) throws IOException {
        CaptionScheme scheme = settings.dataset();
        IdxDataProvider imageSet = new IdxDataProvider(scheme.images());
        Options none = new Options("data.options", Map.of());
        long seed = settings.encoderTraining().seed();
        ImageData fullTrain = imageSet.load(new DataRequest(none, DataRequest.Split.TRAIN, seed, cacheDir, progress));
        ImageData trainImages = settings.limit() > 0 && settings.limit() < fullTrain.size()
                ? fullTrain.first(settings.limit()) : fullTrain;
        ImageData heldOutImages = imageSet.load(new DataRequest(none, DataRequest.Split.HELD_OUT, seed, cacheDir, progress));
        double[][] trainMeasurements = measure(scheme, trainImages);
        AttributeScale cuts = AttributeScale.fit(trainMeasurements, labels(trainImages), trainImages.classes().size(),
                scheme.levels());
        int[][] trainAttributes = attributes(trainImages, trainMeasurements, cuts);
        int[][] heldOutAttributes = attributes(heldOutImages, measure(scheme, heldOutImages), cuts);
        SourceData clips = settings.audioTarget() || settings.source().equals(SpokenDigitClips.MODALITY)
                ? SpokenDigitClips.load(cacheDir, seed, progress) : null;
        SourceData captions = settings.targetIsText() || settings.source().equals(TEXT)
                ? captions(scheme, trainImages, trainAttributes, heldOutImages, heldOutAttributes, seed) : null;
        SourceData source = switch (settings.source()) {
            case SpokenDigitClips.MODALITY -> clips;
            case IMAGE -> settings.targetIsText()
                    ? ImageSource.byItem(trainImages, heldOutImages, labelColumns(trainImages, trainAttributes),
                            labelClasses(scheme))
                    : ImageSource.byClass(trainImages, heldOutImages);
            default -> captions;
        };
        SourceData targets = settings.audioTarget() ? clips : settings.targetIsText() ? captions : null;
        SampleTable trainTargets = targets != null ? targets.train() : new ImageTable(trainImages);
        SampleTable heldOutTargets = targets != null ? targets.heldOut() : new ImageTable(heldOutImages);
        progress.accept("gan4j: multimodal-digits: " + trainImages.size() + " training and " + heldOutImages.size()
                + " held-out " + scheme.images().title() + " images; " + source.description() + "; encoding the "
                + settings.source() + " with '" + settings.encoder() + "'");
        Embedded embedded = settings.encoder().equals(EvaluatorEncoder.NAME)
                ? EvaluatorEncoder.embed(source, fullTrain, heldOutImages, scheme, settings.source(), cacheDir, progress)
                : pretrained(settings, registry, source, progress);
        progress.accept(String.format(java.util.Locale.ROOT, "gan4j: the %s encoder's class read-out gets %.4f of the"
                + " %d held-out %s samples right", settings.source(), embedded.heldOutAccuracy(), source.heldOut().size(),
                settings.source()));
        EmbeddingScale scale = EmbeddingScale.fit(embedded.train());
        FineTunedEncoder fineTuned = settings.fineTuneEncoder()
                ? new FineTunedEncoder(() -> encoderBlock(registry, settings.source(), settings.encoder(),
                        source.train().sampleShape(), settings.embedding()), embedded.weights(),
                        source.train().sampleShape(), settings.embedding(), scale, (float) settings.fineTuneRate())
                : null;
        boolean attributed = source.labelColumns().length > 1;
        float[][] trainRows = fineTuned != null ? rawRows(source.train()) : scale.apply(embedded.train());
        float[][] heldOutRows = fineTuned != null ? rawRows(source.heldOut()) : scale.apply(embedded.heldOut());
        Part train = part(trainImages, trainAttributes, trainTargets, source.train(), trainRows,
                source.perImage(), source.trainNames(),
                attributed ? attributeCodes(labelColumns(trainImages, trainAttributes), source.labelClasses()) : null);
        Part heldOut = part(heldOutImages, heldOutAttributes, heldOutTargets, source.heldOut(),
                heldOutRows, source.perImage(), source.heldOutNames(),
                attributed ? attributeCodes(labelColumns(heldOutImages, heldOutAttributes), source.labelClasses()) : null);
        return new MultimodalDigits(settings, train, heldOut, fullTrain, cuts, source, Optional.ofNullable(fineTuned));
    }

    /** Each source sample flattened: the conditions of a run that fine-tunes its encoder. */
    private static float[][] rawRows(SampleTable samples) {
        int width = Math.toIntExact(samples.sampleShape().size());
        float[][] rows = new float[samples.size()][width];
        for (int i = 0; i < rows.length; i++) {
            samples.copy(i, FloatBuffer.wrap(rows[i]));
        }
        return rows;
    }

    /**
     * Both splits' source embeddings, before standardisation.
     *
     * @param train one row per training source sample
     * @param heldOut one row per held-out source sample
     * @param heldOutAccuracy the encoder's class read-out on the held-out source samples
     * @param weights the pretrained encoder's parameters, for fine-tuning ({@code null} for an evaluator)
     */
    record Embedded(float[][] train, float[][] heldOut, double heldOutAccuracy, byte[] weights) {}

    /** The source modality's encoder (through the SPI), pretrained on the source labels and frozen. */
    private static Embedded pretrained(PairingSettings settings, ModalityRegistry registry, SourceData source,
            Consumer<String> progress) {
        Block block = encoderBlock(registry, settings.source(), settings.encoder(), source.train().sampleShape(),
                settings.embedding());
        try (PretrainedEncoder encoder = PretrainedEncoder.train(block, settings.embedding(), source.train(),
                source.labelColumns(), source.labelClasses(), settings.encoderTraining(), progress)) {
            float[][] heldOut = encoder.encodeAll(source.heldOut());
            return new Embedded(encoder.encodeAll(source.train()), heldOut, encoder.classAccuracy(heldOut,
                    source.heldOut()), encoder.weights());
        }
    }

    /** Captions of attributes measured on each image; each image is paired with its own caption. */
    private static SourceData captions(CaptionScheme scheme, ImageData trainImages, int[][] trainAttributes,
            ImageData heldOutImages, int[][] heldOutAttributes, long seed) {
        List<String> trainCaptions = captions(scheme, trainImages, trainAttributes, seed);
        List<String> heldOutCaptions = captions(scheme, heldOutImages, heldOutAttributes, seed + 1);
        Vocabulary vocabulary = Vocabulary.build(trainCaptions.stream().map(Tokenization.WORD::tokenize).toList(), 1000);
        int length = Math.max(CaptionTable.longest(trainCaptions), CaptionTable.longest(heldOutCaptions));
        CaptionTable train = new CaptionTable(trainCaptions, labels(trainImages), vocabulary, length);
        CaptionTable heldOut = new CaptionTable(heldOutCaptions, labels(heldOutImages), vocabulary, length);
        return new SourceData(train, heldOut, labelColumns(trainImages, trainAttributes), labelClasses(scheme), true,
                train::caption, heldOut::caption,
                "one caption per image (" + vocabulary.size() + " tokens, length " + length + ")");
    }

    /**
     * A modality's encoder, obtained through the SPI.
     *
     * @param registry the modalities
     * @param modality the modality whose samples it encodes
     * @param architecture the architecture whose encoder it is
     * @param sampleShape one sample's shape
     * @param width the embedding width
     * @return the uninitialized encoder
     * @throws ConfigException naming {@code data.options} for an unknown modality or architecture, or
     *     one without an encoder
     */
    static Block encoderBlock(ModalityRegistry registry, String modality, String architecture, Shape sampleShape,
            int width) {
        try {
            ModelRequest request = new ModelRequest(sampleShape, ConditionSpec.NONE,
                    new LatentPrior(LatentPrior.Kind.NORMAL, 1), new Options("data.options.encoderOptions", Map.of()));
            return registry.modality(modality).architecture(architecture).encoder(request, width);
        } catch (UnknownNameException e) {
            throw new ConfigException("data.options (source '" + modality + "', encoder '" + architecture
                    + "') is invalid: " + e.getMessage(), e);
        } catch (UnsupportedOperationException e) {
            throw new ConfigException("data.options.encoder = '" + architecture + "' is invalid: "
                    + e.getMessage(), e);
        }
    }

    private static Part part(ImageData images, int[][] attributes, SampleTable targets, SampleTable source,
            float[][] embeddings, boolean perImage, IntFunction<String> names, int[] rowAttributes) {
        int[] rowLabels = IntStream.range(0, source.size()).map(source::label).toArray();
        PairedEmbeddings pairs = perImage
                ? PairedEmbeddings.byItem(targets, embeddings, rowLabels,
                        IntStream.range(0, images.size()).mapToObj(i -> new int[] {i}).toArray(int[][]::new))
                : PairedEmbeddings.byClass(targets, embeddings, rowLabels);
        return new Part(images, attributes, rowAttributes == null ? pairs : pairs.withRowAttributes(rowAttributes), names);
    }

    /**
     * Each source row's attribute levels as one code (mixed radix over the attribute columns, after
     * the class column): the rows of a source with attributes are its images' captions or the images
     * themselves, one per image.
     */
    private static int[] attributeCodes(int[][] columns, int[] classes) {
        int[] codes = new int[columns[0].length];
        for (int j = 1; j < columns.length; j++) {
            for (int row = 0; row < codes.length; row++) {
                codes[row] = codes[row] * classes[j] + columns[j][row];
            }
        }
        return codes;
    }

    private static double[][] measure(CaptionScheme scheme, ImageData images) {
        int h = (int) images.sampleShape().get(1);
        int w = (int) images.sampleShape().get(2);
        return IntStream.range(0, images.size()).mapToObj(i -> scheme.measure(images.image(i), h, w))
                .toArray(double[][]::new);
    }

    private static int[][] attributes(ImageData images, double[][] m, AttributeScale scale) {
        return IntStream.range(0, images.size()).mapToObj(i -> scale.levels(m[i], images.label(i)))
                .toArray(int[][]::new);
    }

    private static List<String> captions(CaptionScheme scheme, ImageData images, int[][] attributes, long seed) {
        List<String> out = new ArrayList<>(images.size());
        for (int i = 0; i < images.size(); i++) {
            out.add(scheme.caption(images.label(i), attributes[i], seed * 1_000_003L + i));
        }
        return out;
    }

    private static int[] labels(ImageData images) {
        return IntStream.range(0, images.size()).map(images::label).toArray();
    }

    /** The label columns for pretraining: the class, then each attribute column. */
    private static int[][] labelColumns(ImageData images, int[][] a) {
        int[][] columns = new int[1 + (a.length == 0 ? 0 : a[0].length)][];
        columns[0] = labels(images);
        for (int j = 1; j < columns.length; j++) {
            int column = j - 1;
            columns[j] = IntStream.range(0, a.length).map(i -> a[i][column]).toArray();
        }
        return columns;
    }

    /** The number of values of each label column: 10 classes, then the scheme's attribute levels. */
    private static int[] labelClasses(CaptionScheme scheme) {
        return IntStream.concat(IntStream.of(10), IntStream.of(scheme.levels())).toArray();
    }

    /** @return the data options */
    PairingSettings settings() {
        return settings;
    }

    /**
     * @param split which part
     * @return its pairs
     */
    Part part(DataRequest.Split split) {
        return split == DataRequest.Split.TRAIN ? train : heldOut;
    }

    /**
     * @param split which part
     * @return its captions, the targets of an image→text run
     * @throws IllegalStateException if the targets are not captions
     */
    CaptionTable captionTargets(DataRequest.Split split) {
        if (!(part(split).pairs().targets() instanceof CaptionTable captions)) {
            throw new IllegalStateException("the multimodal-digits targets are " + settings.target() + ", not captions");
        }
        return captions;
    }

    /** @return every MNIST training image, whatever the limit (the evaluator's classifier trains on them) */
    ImageData fullTrainImages() {
        return fullTrainImages;
    }

    /** @return the per-class attribute cut points fitted on the training images */
    AttributeScale cuts() {
        return cuts;
    }

    /**
     * @return the encoder G and D fine-tune ({@code data.options.fineTuneEncoder}); the pairs' rows
     *     are then the flattened source samples, else their frozen embeddings
     */
    Optional<FineTunedEncoder> fineTunedEncoder() {
        return fineTuned;
    }

    /** @return the source samples of both splits (embedding row r of a split is its source sample r) */
    SourceData source() {
        return source;
    }
}
