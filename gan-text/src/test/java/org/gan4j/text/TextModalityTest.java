package org.gan4j.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gan4j.core.app.config.ConfigLoader;
import org.gan4j.core.app.config.RunConfig;
import org.gan4j.core.app.job.TrainingJob;
import org.gan4j.core.app.job.TrainingResult;
import org.gan4j.core.export.GeneratorCard;
import org.gan4j.core.export.GeneratorInput;
import org.gan4j.core.export.GeneratorModels;
import org.gan4j.core.export.GeneratorTranslator;
import org.gan4j.core.export.SampleDecoder;
import org.gan4j.core.metrics.MetricValue;
import org.gan4j.core.spi.Modality;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.text.samples.TextSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextModalityTest {

    private static final String[] SUBJECTS = {"the cat", "a dog", "my friend", "the old man", "a bird"};
    private static final String[] VERBS = {"sees", "likes", "finds", "hears"};
    private static final String[] OBJECTS = {"the ball", "a tree", "the river", "some bread", "the moon"};

    @TempDir
    Path temp;

    @Test
    void givenTheRegistryWhenLoadedThenTextOffersItsDataArchitecturesAndPresets() {
        ModalityRegistry registry = ModalityRegistry.load();
        Modality text = registry.modality("text");
        assertEquals(List.of("oracle", "brown", "text-file"), text.dataSources().stream().map(d -> d.name()).toList());
        assertEquals(List.of("relgan", "seqgan"), text.architectures().stream().map(a -> a.name()).toList());
        for (String preset : List.of("oracle-relgan", "oracle-seqgan", "text-relgan")) {
            RunConfig config = ConfigLoader.withDefaults().mergeYaml(registry.preset(preset).yaml(), preset).resolve();
            assertEquals("text", config.modality());
        }
    }

    /** A small regular language written by the test itself (no network). */
    private Path corpus() throws Exception {
        Random random = new Random(4);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            lines.add(SUBJECTS[random.nextInt(5)] + " " + VERBS[random.nextInt(4)] + " " + OBJECTS[random.nextInt(5)] + " .");
        }
        Path file = temp.resolve("corpus.txt");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private RunConfig config(String architecture, String extraOptions, Path corpus) {
        String yaml = """
                modality: text
                data: {name: text-file, options: {path: '%s', minTokens: 3, maxTokens: 8, trainSize: 120, heldOutSize: 80}}
                architecture: {name: %s, options: {embedding: 8, hidden: 16, pretrainSteps: 150, pretrainBatchSize: 32,
                               discriminatorEmbedding: 8, filters: 8, %s}}
                latent: {prior: normal, dim: 1}
                loss: {name: relativistic}
                train: {steps: 4, batchSize: 16, nCritic: 1, lrGenerator: 0.0001, lrDiscriminator: 0.0001, beta1: 0.9,
                        beta2: 0.999, emaDecay: 0.0, seed: 3, logEvery: 2}
                checkpoint: {every: 2, keepLast: 1, bestMetric: nll-gen}
                eval: {every: 4, samples: 60}
                samples: {every: 4, count: 10}
                """.formatted(corpus, architecture, extraOptions);
        return ConfigLoader.withDefaults().mergeYaml(yaml, "test").resolve();
    }

    private TrainingResult train(RunConfig config, String name) throws Exception {
        try (TrainingJob job = TrainingJob.start(config, temp.resolve(name), ModalityRegistry.load(), temp.resolve("cache"),
                line -> {})) {
            return job.run();
        }
    }

    @Test
    void givenATextFileWhenRelGanTrainsThenSamplesAreSentencesOfTheVocabularyBleuIsMeasuredAndAnExportDecodesLikewise()
            throws Exception {
        Path corpus = corpus();
        TrainingResult result = train(config("relgan", "betaMax: 10, annealSteps: 4", corpus), "relgan");
        Map<String, MetricValue> m = result.metrics().stream().collect(Collectors.toMap(MetricValue::name, Function.identity()));
        for (int n = 2; n <= 5; n++) {
            double bleu = m.get("bleu-" + n).value();
            assertTrue(bleu >= 0 && bleu <= 1, "bleu-" + n + " " + bleu);
        }
        // after MLE on a 3-slot grammar the samples reuse its bigrams: BLEU-2 is high
        assertTrue(m.get("bleu-2").value() > 0.6, "bleu-2 " + m.get("bleu-2"));
        // the language has 5*4*5 = 100 sentences over 19 word types plus '.': entropy ≈ log(100)/5 tokens
        assertTrue(m.get("nll-gen").value() < 2.0, "nll-gen " + m.get("nll-gen"));
        Path samples = temp.resolve("relgan/samples");
        List<String> lines = Files.readAllLines(samples.resolve("step-00000004.txt"));
        assertEquals(10, lines.size());
        String vocabulary = Files.readString(samples.resolve("vocabulary.txt"));
        for (String line : lines) {
            for (String word : line.split(" ")) {
                assertTrue(word.isEmpty() || vocabulary.contains("\n" + word + "\n"), "'" + word + "' in " + line);
            }
        }

        // exported and loaded with plain DJL, the generator writes sentences of the same vocabulary
        Path export = temp.resolve("export");
        float[] z = {0.5f};
        float[] trainers;
        try (TrainingJob job = TrainingJob.open(temp.resolve("relgan"), "last", ModalityRegistry.load(), temp.resolve("cache"),
                line -> {});
                NDManager scope = NDManager.newBaseManager()) {
            job.exportGenerator(export, "relgan");
            Engine.getInstance().setRandomSeed(11);
            trainers = job.trainer().generator().forward(new ParameterStore(scope, false),
                    new NDList(scope.create(new float[][] {z})), false).head().toFloatArray();
        }
        assertEquals(vocabulary, Files.readString(export.resolve(TextSamples.VOCABULARY)), "the run's vocabulary");
        GeneratorCard card = GeneratorCard.read(export);
        try (Model model = GeneratorModels.load(export);
                Predictor<GeneratorInput, String> predictor =
                        model.newPredictor(new GeneratorTranslator<>(card, TextSamples.decoder(export)))) {
            try (Predictor<GeneratorInput, float[]> floats =
                    model.newPredictor(new GeneratorTranslator<>(card, SampleDecoder.floats()))) {
                Engine.getInstance().setRandomSeed(11);
                assertArrayEquals(trainers, floats.predict(GeneratorInput.of(z)), 1e-5f,
                        "same Gumbel noise, same temperature: the trainer's soft sequence");
            }
            List<String> decoded = predictor.batchPredict(List.of(GeneratorInput.random(), GeneratorInput.random(),
                    GeneratorInput.of(new float[] {0.5f})));
            assertEquals(3, decoded.size());
            for (String line : decoded) {
                assertTrue(!line.isBlank(), "a sentence");
                for (String word : line.split(" ")) {
                    assertTrue(word.isEmpty() || vocabulary.contains("\n" + word + "\n"), "'" + word + "' in " + line);
                }
            }
        }
    }

    @Test
    void givenAFinishedRunWhenResumedThenItContinuesAndRefusesACorpusWithAnotherVocabulary() throws Exception {
        Path corpus = corpus();
        RunConfig config = config("relgan", "betaMax: 10, annealSteps: 4", corpus);
        train(config, "resumed");
        Path run = temp.resolve("resumed");
        try (TrainingJob job = TrainingJob.resume(run, java.util.Optional.of(6L), ModalityRegistry.load(),
                temp.resolve("cache"), line -> {})) {
            assertEquals(6, job.run().steps());
        }
        assertTrue(Files.exists(run.resolve("samples/step-00000006.txt")));

        // the same sentences with every word renamed: same vocabulary size, other tokens
        List<String> renamed = Files.readAllLines(corpus).stream()
                .map(line -> line.replaceAll("([a-z]+)", "$1x")).toList();
        Files.write(corpus, renamed, StandardCharsets.UTF_8);
        try (TrainingJob job = TrainingJob.resume(run, java.util.Optional.of(8L), ModalityRegistry.load(),
                temp.resolve("cache"), line -> {})) {
            IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, job::run);
            assertTrue(e.getMessage().contains("vocabulary.txt does not match"), e.getMessage());
        }
    }

    @Test
    void givenATextFileWhenSeqGanTrainsThenThePolicyGradientStepRunsAndNllIsMeasured() throws Exception {
        TrainingResult result = train(config("seqgan", "rollouts: 2", corpus()), "seqgan");
        assertEquals(4, result.steps());
        Map<String, MetricValue> m = result.metrics().stream().collect(Collectors.toMap(MetricValue::name, Function.identity()));
        assertTrue(Float.isFinite(result.lastStep().generatorLoss()), "policy loss " + result.lastStep());
        assertTrue(m.get("nll-gen").value() < 2.0, "nll-gen " + m.get("nll-gen"));
        assertTrue(m.get("self-bleu-2").value() > 0, "self-bleu-2 " + m.get("self-bleu-2"));
    }
}
