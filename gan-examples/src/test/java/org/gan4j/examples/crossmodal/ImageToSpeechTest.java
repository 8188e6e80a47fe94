package org.gan4j.examples.crossmodal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.gan4j.audio.data.AudioClips;
import org.gan4j.audio.data.SpokenDigitsCorpus;
import org.gan4j.audio.data.WavFolder;
import org.gan4j.audio.signal.WavFiles;
import org.gan4j.audio.signal.Waveform;
import org.gan4j.core.condition.PairedEmbeddingSource;
import org.gan4j.core.condition.PairedEmbeddings;
import org.gan4j.core.condition.PairingOptions;
import org.gan4j.core.condition.PretrainedEncoder;
import org.gan4j.core.condition.SampleTable;
import org.gan4j.core.loss.Losses;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.model.LatentPrior;
import org.gan4j.core.options.ConfigException;
import org.gan4j.core.options.Options;
import org.gan4j.core.spi.DataRequest;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.core.spi.ModelRequest;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.TrainerSettings;
import org.gan4j.image.data.ImageData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image→speech direction on a tiny cache (block images of 10 digits, tone-burst clips of 3): the
 * pairing of spoken digits with images by class within each split, the errors for an encoder or a
 * generator of the wrong embedding width, and a few steps of the {@code image2speech} preset through
 * the CLI that write WAV samples with their source images.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImageToSpeechTest {

    private static final int CLASSES = 3;
    private static final int TRAIN_IMAGES = 100;
    private static final int TEST_IMAGES = 50;

    @TempDir
    static Path temp;

    private Path cache;

    @BeforeAll
    void writeTinyCache() throws Exception {
        cache = temp.resolve("cache");
        TinyDigitsCache.write(cache, CLASSES, TRAIN_IMAGES, TEST_IMAGES, 6, 4);
    }

    @Test
    void givenImagesAndSpokenDigitsWhenPairingImageToAudioThenEachSplitsClipsMeetExactlyThatSplitsImagesOfTheirClass()
            throws Exception {
        PairingSettings settings = PairingSettings.parse(new Options("data.options", Map.of("source", "image",
                "target", "audio", "encoderSteps", 5, "embedding", 8)), 1);
        assertEquals("dcgan", settings.encoder());
        MultimodalDigits digits = MultimodalDigits.load(settings, ModalityRegistry.load(), cache, m -> {});
        Path corpus = cache.resolve(SpokenDigitsCorpus.standard(1, 1).folderName());
        for (DataRequest.Split split : DataRequest.Split.values()) {
            boolean training = split == DataRequest.Split.TRAIN;
            MultimodalDigits.Part part = digits.part(split);
            AudioClips clips = ((SpokenDigitClips.ClipTable) part.pairs().targets()).clips();
            AudioClips voices = WavFolder.load(corpus.resolve(training ? SpokenDigitsCorpus.TRAIN
                    : SpokenDigitsCorpus.HELD_OUT), SpokenDigitClips.WINDOW, TinyDigitsCache.RATE);
            assertArrayEquals(voices.samples(), clips.samples(), split + ": the targets are that split's voices");
            assertArrayEquals(voices.labels(), clips.labels());
            ImageData images = part.images();
            assertEquals(training ? TRAIN_IMAGES : TEST_IMAGES, images.size(), split + ": the source images");
            assertEquals(8, part.pairs().dim());
            Set<Integer> paired = new HashSet<>();
            for (int clip = 0; clip < clips.size(); clip++) {
                int label = clips.label(clip);
                Set<Integer> expected = new HashSet<>();
                IntStream.range(0, images.size()).filter(i -> images.label(i) == label).forEach(expected::add);
                Set<Integer> partners = new HashSet<>();
                IntStream.of(part.pairs().partners(clip)).forEach(partners::add);
                assertEquals(expected, partners, split + " clip " + clip + " of class " + label);
                paired.addAll(partners);
            }
            Set<Integer> spoken = new HashSet<>();
            IntStream.range(0, images.size()).filter(i -> images.label(i) < CLASSES).forEach(spoken::add);
            assertEquals(spoken, paired, split + ": every image of a spoken class conditions the clips of its class");
            assertEquals((training ? "training" : "held-out") + " image 4 (class 4)", part.names().apply(4));
        }
    }

    @Test
    void givenAnEncoderOrGeneratorOfAnotherWidthWhenPretrainingOrTrainingThenTheErrorNamesBothWidths() {
        SampleTable blocks = new SampleTable() {
            @Override
            public Shape sampleShape() {
                return new Shape(1, 28, 28);
            }

            @Override
            public int size() {
                return 12;
            }

            @Override
            public int label(int index) {
                return index % CLASSES;
            }

            @Override
            public void copy(int index, FloatBuffer target) {
                IntStream.range(0, 28 * 28).forEach(k -> target.put(k % 28 == label(index) ? 1f : -1f));
            }
        };
        Block encoder = ModalityRegistry.load().modality("image").architecture("dcgan").encoder(new ModelRequest(
                blocks.sampleShape(), ConditionSpec.NONE, new LatentPrior(LatentPrior.Kind.NORMAL, 1),
                new Options("encoder", Map.of("width", 4))), 8);
        IllegalArgumentException encoderWidth = assertThrows(IllegalArgumentException.class, () -> PretrainedEncoder
                .train(encoder, 6, blocks, new int[][] {IntStream.range(0, 12).map(blocks::label).toArray()},
                        new int[] {CLASSES}, new PretrainedEncoder.Settings(1, 4, 1e-3f, 1), m -> {}));
        assertTrue(encoderWidth.getMessage().contains("to (1, 8) but the condition needs embeddings of width 6"),
                encoderWidth.getMessage());

        SampleTable silence = new SampleTable() {
            @Override
            public Shape sampleShape() {
                return new Shape(1, SpokenDigitClips.WINDOW);
            }

            @Override
            public int size() {
                return 4;
            }

            @Override
            public int label(int index) {
                return index % 2;
            }

            @Override
            public void copy(int index, FloatBuffer target) {
                target.put(new float[SpokenDigitClips.WINDOW]);
            }
        };
        PairedEmbeddings narrow = PairedEmbeddings.byClass(silence, new float[][] {{0, 0, 1}, {1, 0, 0}}, new int[] {0, 1});
        GanModel wavegan = new ConditionalArchitecture().build(new ModelRequest(silence.sampleShape(),
                ConditionSpec.embedding(5), new LatentPrior(LatentPrior.Kind.NORMAL, 4), new Options(
                        "architecture.options", Map.of("target", "audio", "architecture", "wavegan", "augmentation", 0,
                                "network", Map.of("width", 1, "embedding", 2)))));
        try (NDManager manager = NDManager.newBaseManager()) {
            IllegalArgumentException generatorWidth = assertThrows(IllegalArgumentException.class, () -> new GanTrainer(
                    wavegan, new PairedEmbeddingSource(narrow, new PairingOptions(true, 0, 0.5), 1),
                    Losses.create("hinge", 0f), TrainerSettings.builder().batchSize(2).learningRates(1e-4, 1e-4)
                            .betas(0.5, 0.9).seed(1).build(), manager));
            assertTrue(generatorWidth.getMessage().endsWith("is conditioned on embedding of width 5 but the data source"
                    + " provides embedding of width 3"), generatorWidth.getMessage());
        }
    }

    @Test
    void givenTheEvaluatorEncoderWhenPairingImageToSpeechThenImagesAreEmbeddedByTheImageEvaluatorsClassFeatures()
            throws Exception {
        PairingSettings settings = PairingSettings.parse(new Options("data.options", Map.of("source", "image",
                "target", "audio", "encoder", "evaluator")), 1);
        List<String> lines = new ArrayList<>();
        MultimodalDigits digits = MultimodalDigits.load(settings, ModalityRegistry.load(), cache, lines::add);
        assertEquals(128, digits.part(DataRequest.Split.TRAIN).pairs().dim(), "the evaluator's penultimate features");
        assertTrue(Files.list(cache.resolve("evaluators")).anyMatch(d -> d.getFileName().toString().startsWith("mnist-")),
                "the image evaluator is trained once and cached: " + Files.list(cache.resolve("evaluators")).toList());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("gan4j: the image encoder's class read-out gets")),
                lines.toString());
        // held-out images land nearest the training images of their own class
        SampleTable trainImages = digits.source().train();
        SampleTable heldOutImages = digits.source().heldOut();
        float[][] train = sourceEmbeddings(digits.part(DataRequest.Split.TRAIN).pairs(), trainImages.size());
        float[][] heldOut = sourceEmbeddings(digits.part(DataRequest.Split.HELD_OUT).pairs(), heldOutImages.size());
        int classes = 10;
        double[][] means = new double[classes][train[0].length];
        int[] counts = new int[classes];
        for (int row = 0; row < train.length; row++) {
            counts[trainImages.label(row)]++;
            for (int j = 0; j < train[row].length; j++) {
                means[trainImages.label(row)][j] += train[row][j];
            }
        }
        int hits = 0;
        for (int row = 0; row < heldOut.length; row++) {
            int best = -1;
            double bestDistance = Double.MAX_VALUE;
            for (int c = 0; c < classes; c++) {
                double d = 0;
                for (int j = 0; j < heldOut[row].length; j++) {
                    double diff = heldOut[row][j] - means[c][j] / counts[c];
                    d += diff * diff;
                }
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
            hits += best == heldOutImages.label(row) ? 1 : 0;
        }
        assertTrue(hits >= 0.9 * heldOut.length, hits + " of " + heldOut.length + " held-out images");
        ConfigException text = assertThrows(ConfigException.class, () -> PairingSettings.parse(
                new Options("data.options", Map.of("encoder", "evaluator")), 1));
        assertTrue(text.getMessage().startsWith("data.options.encoder = 'evaluator' is invalid for the text source"),
                text.getMessage());
    }

    /** Embedding row r of a split is its source sample r. */
    private static float[][] sourceEmbeddings(PairedEmbeddings pairs, int rows) {
        return IntStream.range(0, rows).mapToObj(pairs::embedding).toArray(float[][]::new);
    }

    @Test
    void givenTheImage2speechPresetWhenTrainingAFewStepsOnALimitThenWavSamplesNameTheirSourceImages() throws Exception {
        Path run = TinyPresetRun.train("image2speech", """
                data:
                  options: {encoderSteps: 10, embedding: 8, limit: 50}
                architecture:
                  options:
                    network: {width: 1, phaseShuffle: 2, embedding: 4}
                train: {steps: 2, batchSize: 6, logEvery: 1}
                checkpoint: {every: 2}
                eval: {every: 2, samples: 10}
                samples: {every: 2, count: 6}
                """, temp, cache);

        Path samples = run.resolve("samples");
        for (int k = 0; k < 6; k++) {
            Waveform clip = WavFiles.read(samples.resolve(String.format("step-00000002-%03d.wav", k)));
            assertEquals(SpokenDigitClips.WINDOW, clip.samples().length);
            assertEquals(TinyDigitsCache.RATE, clip.sampleRate());
        }
        BufferedImage sources = ImageIO.read(samples.resolve("step-00000002-sources.png").toFile());
        assertEquals(3 * 30 + 2, sources.getWidth(), "6 source images in a 3-column grid");
        assertEquals(2 * 30 + 2, sources.getHeight());
        List<String> index = Files.readAllLines(samples.resolve("step-00000002-sources.txt"));
        assertEquals(6, index.size(), String.join("\n", index));
        Pattern line = Pattern.compile("step-00000002-(\\d{3})\\.wav\t(\\d),(\\d)\ttraining image (\\d+) \\(class (\\d)\\)");
        for (int k = 0; k < index.size(); k++) {
            Matcher m = line.matcher(index.get(k));
            assertTrue(m.matches(), index.get(k));
            assertEquals(k, Integer.parseInt(m.group(1)));
            assertEquals(k / 3 + "," + k % 3, m.group(2) + "," + m.group(3));
            int image = Integer.parseInt(m.group(4));
            assertTrue(image < 50, "only the first 50 training images (limit): " + index.get(k));
            int label = TinyDigitsCache.label(image);
            assertEquals(label, Integer.parseInt(m.group(5)), index.get(k));
            assertTrue(label < CLASSES, "an image of a spoken class: " + index.get(k));
        }

        JsonNode metrics = new ObjectMapper().readTree(run.resolve("metrics.json").toFile()).path("evaluations")
                .get(0).path("metrics");
        Set<String> names = new HashSet<>();
        for (JsonNode metric : metrics) {
            names.add(metric.path("name").asText());
            if (metric.path("name").asText().endsWith("accuracy")) {
                assertEquals(10, metric.path("samples").asInt(), metric.toString());
                double value = metric.path("value").asDouble();
                assertTrue(value >= 0 && value <= 1, metric.toString());
            }
        }
        assertTrue(names.containsAll(List.of("cross-modal-accuracy", "shuffled-condition-accuracy", "real-accuracy",
                "inception-score", "fid")), names.toString());
        String report = Files.readString(run.resolve("report.html"));
        assertTrue(report.contains("<audio") && report.contains("training image"), "the report plays the clips and"
                + " names their source images");
    }
}
