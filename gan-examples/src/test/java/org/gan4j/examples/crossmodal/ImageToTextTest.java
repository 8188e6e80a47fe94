package org.gan4j.examples.crossmodal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.gan4j.core.app.config.ConfigLoader;
import org.gan4j.core.app.config.RunConfig;
import org.gan4j.core.condition.CrossModalEvaluator;
import org.gan4j.core.condition.PairedEmbeddingSource;
import org.gan4j.core.condition.PairedEmbeddings;
import org.gan4j.core.condition.PairingOptions;
import org.gan4j.core.condition.PretrainedEncoder;
import org.gan4j.core.loss.Losses;
import org.gan4j.core.metrics.MetricValue;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.model.LatentPrior;
import org.gan4j.core.options.ConfigException;
import org.gan4j.core.options.Options;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.core.spi.ModelRequest;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.TrainerSettings;
import org.gan4j.image.data.ImageData;
import org.gan4j.text.captions.CaptionGrammar;
import org.gan4j.text.captions.DigitAttributes;
import org.gan4j.text.data.Tokenization;
import org.gan4j.text.data.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Image→text: captions written by the conditional RelGAN from image embeddings, judged by reading
 * them exactly, and written next to their source images.
 */
class ImageToTextTest {

    private static final int CLASSES = 4;

    private static DigitAttributes attributes(int i) {
        return new DigitAttributes(DigitAttributes.Thickness.values()[i % 3], DigitAttributes.Width.values()[i / 3 % 3],
                DigitAttributes.Slant.values()[i / 9 % 2]);
    }

    private static Vocabulary vocabulary(List<String> captions) {
        return Vocabulary.build(captions.stream().map(Tokenization.WORD::tokenize).toList(), 100);
    }

    /** One-hot captions (B, length, vocabulary) of the given tokens, padded. */
    private static NDArray oneHot(NDManager manager, Vocabulary vocabulary, int length, List<String> captions) {
        CaptionTable table = new CaptionTable(captions, new int[captions.size()], vocabulary, length);
        java.nio.FloatBuffer buffer = java.nio.FloatBuffer.allocate((int) (captions.size() * length * vocabulary.size()));
        for (int i = 0; i < captions.size(); i++) {
            table.copy(i, buffer);
        }
        return manager.create(buffer.array(), new Shape(captions.size()).addAll(table.sampleShape()));
    }

    @Test
    void givenImageToTextOptionsWhenParsedThenTheImageEncoderIsTheDefaultAndUnbuiltDirectionsAreRefused() {
        PairingSettings s = PairingSettings.parse(new Options("data.options", Map.of("source", "image", "target", "text")), 1);
        assertEquals("dcgan", s.encoder());
        assertTrue(s.targetIsText());
        ConfigException e = assertThrows(ConfigException.class, () -> PairingSettings.parse(
                new Options("data.options", Map.of("source", "text", "target", "audio")), 1));
        assertTrue(e.getMessage().contains("image->text"), e.getMessage());
    }

    @Test
    void givenTheImage2textPresetWhenResolvedThenItPairsImagesWithCaptionsAndBuildsTheConditionalRelGan() {
        RunConfig config = ConfigLoader.withDefaults()
                .mergeYaml(ModalityRegistry.load().preset("image2text").yaml(), "image2text").resolve();
        PairingSettings data = PairingSettings.parse(config.data().options("data"), 1);
        assertEquals("image->text", data.source() + "->" + data.target());
        GanModel model = new ConditionalArchitecture().build(new ModelRequest(new Shape(9, 33),
                ConditionSpec.embedding(data.embedding()), new LatentPrior(LatentPrior.Kind.NORMAL, config.latent().dim()),
                config.architecture().options("architecture")));
        assertEquals("conditional-relgan", model.name());
        assertEquals(ConditionSpec.embedding(64), model.condition());
        assertTrue(model.generatorFactory().get() instanceof org.gan4j.core.train.PretrainedGenerator,
                "the generator keeps its MLE phase");
    }

    @Test
    void givenAugmentationForAPretrainedTextGeneratorWhenBuildingThenItIsRefusedNamingTheField() {
        ConfigException e = assertThrows(ConfigException.class, () -> new ConditionalArchitecture().build(
                new ModelRequest(new Shape(9, 30), ConditionSpec.embedding(4), new LatentPrior(LatentPrior.Kind.NORMAL, 1),
                        new Options("architecture.options", Map.of("target", "text", "architecture", "relgan")))));
        assertTrue(e.getMessage().startsWith("architecture.options.augmentation = 32 is invalid"), e.getMessage());
    }

    @Test
    void givenRealAndBrokenCaptionsWhenJudgedThenClassAndAttributesAreReadExactlyAndBrokenOnesSayNothing() {
        List<String> real = List.of("the digit six , bold , wide and slanted", "a thin narrow upright one");
        Vocabulary vocabulary = vocabulary(real);
        GeneratedCaptions captions = new GeneratedCaptions(vocabulary);
        try (NDManager manager = NDManager.newBaseManager()) {
            List<String> written = List.of("the digit six , bold , wide and slanted", "a thin narrow slanted one",
                    "a thin narrow one", "a thin six upright one");
            NDArray samples = oneHot(manager, vocabulary, 9, written);
            double[][] p = new CaptionClassifier(captions).predict(samples).probabilities();
            assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0}, p[0]);
            assertEquals(1, p[1][1]);
            assertEquals(1, p[2][10], "a caption missing a word is unreadable");
            assertEquals(1, p[3][10], "so is one with two digits");
            int[] boldWideSlanted = {2, 2, 1};
            int[] thinNarrowUpright = {0, 0, 0};
            double[] scores = new CaptionAttributeCheck(captions, new int[][] {boldWideSlanted, thinNarrowUpright})
                    .score(samples, new int[] {0, 1, 1, 1});
            assertArrayEquals(new double[] {1, 2 / 3.0, 0, 0}, scores, 1e-12);
            assertEquals("a thin narrow one", captions.text(captions.tokens(samples).get(2)));
            // templates 1, 0, and two unreadable: each caption's chance of differing from another's
            assertArrayEquals(new double[] {0.75, 0.75, 0.5, 0.5},
                    new PhrasingDiversityCheck(captions).score(samples, new int[4]), 1e-12);
        }
    }

    /** Synthetic "digits": background −1 and a 7×7 block of +1 in quadrant {@code label}, light noise. */
    private static ImageData blockImages(int[] labels, long seed) {
        float[] pixels = new float[labels.length * 28 * 28];
        for (int i = 0; i < labels.length; i++) {
            SplittableRandom random = new SplittableRandom(seed + i);
            int top = labels[i] / 2 * 14 + 3 + random.nextInt(4);
            int left = labels[i] % 2 * 14 + 3 + random.nextInt(4);
            for (int y = 0; y < 28; y++) {
                for (int x = 0; x < 28; x++) {
                    boolean inked = y >= top && y < top + 7 && x >= left && x < left + 7;
                    pixels[i * 784 + y * 28 + x] = (inked ? 1f : -1f) + (float) random.nextGaussian() * 0.1f;
                }
            }
        }
        return new ImageData(pixels, labels, List.of("0", "1", "2", "3"), 1, 28, 28);
    }

    @Test
    void givenImagesAndTheirCaptionsWhenTrainingTheConditionalRelGanThenCaptionsNameTheImageClassAndAreWrittenWithIt(
            @TempDir Path directory) throws IOException {
        int[] labels = IntStream.range(0, 400).map(i -> i % CLASSES).toArray();
        ImageData images = blockImages(labels, 11);
        List<String> text = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            text.add(CaptionGrammar.digit(labels[i], attributes(i), i));
        }
        Vocabulary vocabulary = vocabulary(text);
        CaptionTable captions = new CaptionTable(text, labels, vocabulary, CaptionTable.longest(text));
        ImageTable source = new ImageTable(images);
        float[][] embeddings;
        try (PretrainedEncoder encoder = PretrainedEncoder.train(ModalityRegistry.load().modality("image")
                .architecture("dcgan").encoder(new ModelRequest(source.sampleShape(), ConditionSpec.NONE,
                        new LatentPrior(LatentPrior.Kind.NORMAL, 1), new Options("encoder", Map.of("width", 8))), 8), 8,
                source, new int[][] {labels}, new int[] {CLASSES}, new PretrainedEncoder.Settings(60, 32, 2e-3f, 3), m -> {})) {
            embeddings = encoder.encodeAll(source);
        }
        PairedEmbeddings pairs = PairedEmbeddings.byItem(captions, embeddings, labels,
                IntStream.range(0, labels.length).mapToObj(i -> new int[] {i}).toArray(int[][]::new));
        PairedEmbeddingSource data = new PairedEmbeddingSource(pairs, new PairingOptions(true, 0.0, 0.5), 7);
        GanModel model = new ConditionalArchitecture().build(new ModelRequest(captions.sampleShape(), data.condition(),
                new LatentPrior(LatentPrior.Kind.NORMAL, 1), new Options("architecture.options", Map.of(
                        "target", "text", "architecture", "relgan", "augmentation", 0, "network", Map.of(
                                "embedding", 16, "hidden", 32, "pretrainSteps", 200, "pretrainLearningRate", 0.01,
                                "annealSteps", 10, "filters", 8, "discriminatorEmbedding", 16)))));
        try (NDManager manager = NDManager.newBaseManager();
                GanTrainer trainer = new GanTrainer(model, data, Losses.create("relativistic", 0f),
                        TrainerSettings.builder().batchSize(32).learningRates(1e-4, 1e-3).betas(0.9, 0.999)
                                .seed(1).build(), manager)) {
            trainer.pretrain(m -> {});
            for (int step = 0; step < 10; step++) {
                assertTrue(trainer.step().finite(), "step " + step);
            }
            GeneratedCaptions reader = new GeneratedCaptions(vocabulary);
            try (CrossModalEvaluator evaluator = new CrossModalEvaluator("exact reading", new CaptionClassifier(reader),
                    pairs, 5, List.of(new SelfBleuCheck(reader, 2)))) {
                Map<String, Double> m = new java.util.HashMap<>();
                for (MetricValue v : evaluator.evaluate(trainer.sampler(), 200)) {
                    m.put(v.name(), v.value());
                }
                assertEquals(1.0, m.get("real-accuracy"), "real captions are all read right");
                assertTrue(m.get("cross-modal-accuracy") > 0.8, "captions name the image's class: " + m);
                assertTrue(m.get("shuffled-condition-accuracy") < 0.45, "shuffled images break it: " + m);
            }
            try (NDManager scope = manager.newSubManager()) {
                int count = 16;
                NDArray conditions = data.batch(scope, 0, count).conditions();
                NDArray written = trainer.sampler().generate(scope, count, conditions);
                List<Path> files = CaptionedSourceWriter.write(written, conditions, directory, "step-1", data, images,
                        vocabulary);
                assertEquals(List.of(directory.resolve("step-1.png"), directory.resolve("step-1-captions.txt")), files);
                List<String> lines = Files.readAllLines(files.get(1));
                assertEquals(count, lines.size());
                int[] drawn = data.draws(0, count).rows();
                int named = 0;
                for (int i = 0; i < count; i++) {
                    String[] cell = lines.get(i).split("\t");
                    assertEquals(i / 4 + "," + i % 4, cell[0]);
                    int wanted = labels[drawn[i]];
                    named += CaptionGrammar.readDigit(cell[1]).map(c -> c.label() == wanted ? 1 : 0).orElse(0);
                }
                assertTrue(named >= 12, named + " of 16 written captions name their source image's class");
            }
        }
    }
}
