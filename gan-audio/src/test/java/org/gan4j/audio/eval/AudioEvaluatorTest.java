package org.gan4j.audio.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gan4j.audio.data.AudioClips;
import org.gan4j.core.eval.EvaluatorFiles;
import org.gan4j.core.eval.RealReference;
import org.gan4j.core.metrics.MetricValue;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.options.Options;
import org.gan4j.core.spi.DataRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioEvaluatorTest {

    static final AudioClassifierTrainer.Settings FAST = new AudioClassifierTrainer.Settings(4, 16, 3e-3f, 1);
    private static final int SAMPLES = 60;

    @TempDir
    static Path cache;

    private static AudioClips train;
    private static AudioClips heldOut;
    private static AudioEvaluator evaluator;

    private static DataRequest request() {
        return new DataRequest(new Options("data.options", Map.of()), DataRequest.Split.TRAIN, 1, cache);
    }

    @BeforeAll
    static void trainEvaluator() throws IOException {
        train = Tones.clips(40, 1);
        heldOut = Tones.clips(20, 2);
        evaluator = new AudioEvaluatorFactory(FAST, line -> {}).create("tones", train, heldOut, request());
    }

    @AfterAll
    static void close() {
        evaluator.close();
    }

    private static Map<String, MetricValue> evaluate(org.gan4j.core.train.Sampler sampler) {
        Map<String, MetricValue> byName = new HashMap<>();
        for (MetricValue metric : evaluator.evaluate(sampler, SAMPLES)) {
            byName.put(metric.name(), metric);
        }
        return byName;
    }

    @Test
    void givenToneClassesWhenTrainedThenHeldOutAccuracyIsHighAndRecordedOnTheCard() {
        assertTrue(evaluator.card().heldOutAccuracy() > 0.9, evaluator.card().describe());
        assertEquals(List.of("low", "mid", "high"), evaluator.card().classes());
        assertEquals(120, evaluator.card().trainClips());
        assertEquals(12, evaluator.card().hash().length());
    }

    /** The held-out clips in a random order other than the evaluator's. */
    private static org.gan4j.core.train.Sampler shuffledHeldOut() {
        List<Integer> order = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, heldOut.size()).boxed().toList());
        java.util.Collections.shuffle(order, new java.util.Random(5));
        return Tones.sampler(heldOut, ConditionSpec.NONE, i -> order.get(i % order.size()));
    }

    @Test
    void givenRealHeldOutClipsWhenEvaluatedThenScoresMatchTheRealReference() {
        RealReference real = evaluator.realReference(SAMPLES);
        Map<String, MetricValue> metrics = evaluate(shuffledHeldOut());
        assertEquals(real.inceptionScore().mean(), metrics.get("inception-score").value(), 0.3);
        assertTrue(real.inceptionScore().mean() > 2.3, "3 classes, confident: IS near 3, got " + real.inceptionScore());
        assertEquals(real.fid(), metrics.get("fid").value(), 1e-6 * Math.max(1, real.fid()), "the same clips, reordered");
        assertTrue(metrics.get("inception-score").note().contains(evaluator.card().hash()));
    }

    @Test
    void givenOneClassOnlyWhenEvaluatedThenInceptionScoreDropsAndFidRises() {
        Map<String, MetricValue> real = evaluate(shuffledHeldOut());
        Map<String, MetricValue> collapsed = evaluate(Tones.sampler(heldOut, ConditionSpec.NONE, i -> 3 * (i % 20)));
        assertTrue(collapsed.get("inception-score").value() < 1.3, "IS " + collapsed.get("inception-score").value());
        assertTrue(collapsed.get("fid").value() > 5 * real.get("fid").value() + 1e-3,
                collapsed.get("fid").value() + " vs " + real.get("fid").value());
    }

    @Test
    void givenConditionalSamplerWhenRightOrShuffledClassesThenClassAccuracySeparates() {
        // held-out clip i has class i % 3; asking for class c returns clip c (right) or clip c+1 (wrong)
        double right = evaluate(Tones.sampler(heldOut, ConditionSpec.classLabel(3), c -> c)).get("class-accuracy").value();
        double wrong = evaluate(Tones.sampler(heldOut, ConditionSpec.classLabel(3), c -> c + 1)).get("class-accuracy").value();
        assertTrue(right > 0.9, "right " + right);
        assertTrue(wrong < 0.1, "wrong " + wrong);
    }

    @Test
    void givenCachedEvaluatorWhenDamagedThenItIsRetrainedAndOtherwiseReused() throws IOException {
        Path dir = cache.resolve("reuse");
        AudioEvaluatorCache store = new AudioEvaluatorCache(dir, line -> {});
        AudioClassifierTrainer trainer = new AudioClassifierTrainer(FAST, line -> {});
        String first;
        try (AudioEvaluatorCache.Loaded loaded = store.obtain("tones", train, heldOut, trainer)) {
            first = loaded.card().sha256();
        }
        Path directory;
        try (Stream<Path> dirs = Files.list(dir.resolve("evaluators"))) {
            directory = dirs.findFirst().orElseThrow();
        }
        try (AudioEvaluatorCache.Loaded again = store.obtain("tones", train, heldOut, trainer)) {
            assertEquals(first, again.card().sha256());
        }
        byte[] parameters = Files.readAllBytes(directory.resolve(EvaluatorFiles.PARAMETERS));
        parameters[parameters.length - 1] ^= 1;
        Files.write(directory.resolve(EvaluatorFiles.PARAMETERS), parameters);
        List<String> lines = new java.util.ArrayList<>();
        try (AudioEvaluatorCache.Loaded retrained = new AudioEvaluatorCache(dir, lines::add)
                .obtain("tones", train, heldOut, trainer)) {
            assertEquals(first, retrained.card().sha256(), "training is repeatable for a seed");
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("are damaged")), lines.toString());
        assertNotEquals(AudioEvaluatorCache.fingerprint(train), AudioEvaluatorCache.fingerprint(heldOut));
    }
}
