package org.gan4j.image.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gan4j.core.eval.CorruptEvaluatorException;
import org.gan4j.core.eval.Hashes;
import org.gan4j.core.eval.Predictions;
import org.gan4j.image.data.ImageData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatorCacheTest {

    private static final ClassifierTrainer.Settings SETTINGS = new ClassifierTrainer.Settings(1, 50, 3e-3f, 0);

    @TempDir
    Path cache;

    private final ImageData train = SyntheticDigits.data(20, 1);
    private final ImageData heldOut = SyntheticDigits.data(10, 2);
    private final List<String> lines = new ArrayList<>();

    private TrainedClassifier obtain() throws IOException {
        return new EvaluatorCache(cache, lines::add).obtain("synthetic", train, heldOut,
                new ClassifierTrainer(SETTINGS, lines::add));
    }

    private Path onlyDirectory() throws IOException {
        try (Stream<Path> dirs = Files.list(cache.resolve("evaluators"))) {
            return dirs.filter(Files::isDirectory).reduce((a, b) -> {
                throw new AssertionError("more than one evaluator: " + a + ", " + b);
            }).orElseThrow();
        }
    }

    @Test
    void givenATrainedEvaluatorWhenObtainedAgainThenItIsLoadedWithTheSameHashAndIdenticalProbabilities()
            throws IOException {
        try (TrainedClassifier trained = obtain()) {
            lines.clear();
            try (TrainedClassifier loaded = obtain()) {
                assertTrue(lines.stream().noneMatch(l -> l.contains("training a classifier")), lines.toString());
                assertTrue(lines.get(0).startsWith("evaluator: using evaluator synthetic " + trained.card().hash()),
                        lines.toString());
                assertEquals(trained.card(), loaded.card());
                Predictions before = trained.classifier().predict(heldOut, heldOut.size(), 3);
                Predictions after = loaded.classifier().predict(heldOut, heldOut.size(), 3);
                assertArrayEquals(before.probabilities(), after.probabilities());
                assertArrayEquals(before.features(), after.features());
            }
        }
        Path directory = onlyDirectory();
        assertTrue(directory.getFileName().toString().matches("synthetic-[0-9a-f]{12}"), directory.toString());
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(List.of(EvaluatorCache.PARAMETERS, EvaluatorCache.CARD),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void givenATrainedEvaluatorThenItsCardRecordsTheProvenance() throws IOException {
        try (TrainedClassifier trained = obtain()) {
            EvaluatorCard card = trained.card();
            String json = Files.readString(onlyDirectory().resolve(EvaluatorCache.CARD));

            assertEquals(Hashes.sha256(Files.readAllBytes(onlyDirectory().resolve(EvaluatorCache.PARAMETERS))),
                    card.sha256());
            assertEquals(12, card.hash().length());
            assertEquals(List.of(200, 100, 1, 8, 8), List.of(card.trainImages(), card.heldOutImages(), card.channels(),
                    card.height(), card.width()));
            assertEquals(SETTINGS, card.training());
            assertEquals(ImageClassifier.ARCHITECTURE_VERSION, card.architectureVersion());
            assertEquals(trained.classifier().predict(heldOut, heldOut.size(), SETTINGS.seed()).accuracy(),
                    card.heldOutAccuracy());
            assertTrue(card.wallSeconds() > 0, card.toString());
            for (String field : List.of("architectureVersion", "dataset", "dataFingerprint", "heldOutAccuracy",
                    "wallSeconds", "sha256", "\"seed\"")) {
                assertTrue(json.contains(field), field + " in " + json);
            }
            assertFalse(json.contains("describe"), json);
        }
    }

    @Test
    void givenACorruptedParameterFileWhenLoadedThenItIsDetectedAndObtainRetrains() throws IOException {
        String hash;
        try (TrainedClassifier trained = obtain()) {
            hash = trained.card().hash();
        }
        Path parameters = onlyDirectory().resolve(EvaluatorCache.PARAMETERS);
        byte[] bytes = Files.readAllBytes(parameters);
        bytes[bytes.length / 2] ^= 1;
        Files.write(parameters, bytes);

        CorruptEvaluatorException e = assertThrows(CorruptEvaluatorException.class,
                () -> EvaluatorCache.load(onlyDirectory()));
        assertTrue(e.getMessage().contains("damaged") && e.getMessage().contains(hash), e.getMessage());

        lines.clear();
        try (TrainedClassifier retrained = obtain()) {
            assertTrue(lines.get(0).contains("damaged") && lines.get(0).endsWith("training it again"), lines.toString());
            assertEquals(hash, retrained.card().hash());
        }
        EvaluatorCache.load(onlyDirectory()).close();
    }

    @Test
    void givenParametersWithoutACardWhenObtainedThenItIsTrainedAfresh() throws IOException {
        obtain().close();
        Files.delete(onlyDirectory().resolve(EvaluatorCache.CARD));
        assertThrows(CorruptEvaluatorException.class, () -> EvaluatorCache.load(onlyDirectory()));

        lines.clear();
        obtain().close();

        assertTrue(lines.stream().anyMatch(l -> l.contains("training a classifier")), lines.toString());
    }

    @Test
    void givenOtherTrainingImagesWhenObtainedThenAnotherEvaluatorIsTrained() throws IOException {
        obtain().close();

        new EvaluatorCache(cache, lines::add).obtain("synthetic", SyntheticDigits.data(20, 9), heldOut,
                new ClassifierTrainer(SETTINGS, lines::add)).close();

        try (Stream<Path> dirs = Files.list(cache.resolve("evaluators"))) {
            assertEquals(2, dirs.count());
        }
    }
}
