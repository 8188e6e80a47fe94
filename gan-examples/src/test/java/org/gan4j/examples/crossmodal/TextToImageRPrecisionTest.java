package org.gan4j.examples.crossmodal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gan4j.core.joint.JointEmbedding;
import org.gan4j.core.joint.TrainedJointEmbedding;
import org.gan4j.core.options.Options;
import org.gan4j.core.spi.DataRequest;
import org.gan4j.core.spi.ModalityRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text→image's R-precision: the joint image–caption embedding (gan-image's DCGAN trunk and gan-text's
 * sequence CNN through the SPI) learns the tiny MNIST's pairs well above chance, and a text2image
 * run reports {@code r-precision} with its real reference and shuffled bound, and gan-image's own
 * metrics of the generated images.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextToImageRPrecisionTest {

    @TempDir
    static Path temp;

    private Path cache;

    @BeforeAll
    void writeTinyCache() throws Exception {
        cache = temp.resolve("cache");
        TinyDigitsCache.write(cache, 2, 200, 150, 1, 1);
    }

    @Test
    void givenTinyCaptionedDigitsWhenTrainingTheJointEmbeddingBrieflyThenRealHeldOutPairsRankFarAboveChance()
            throws Exception {
        PairingSettings settings = PairingSettings.parse(new Options("data.options", Map.of("encoderSteps", 2,
                "embedding", 8)), 1);
        MultimodalDigits digits = MultimodalDigits.load(settings, ModalityRegistry.load(), cache, m -> {});
        List<String> lines = new ArrayList<>();
        DataRequest request = new DataRequest(new Options("data.options", Map.of()), DataRequest.Split.HELD_OUT, 1,
                cache, lines::add);
        try (TrainedJointEmbedding joint = CaptionImageEmbedding.obtain(digits, request,
                new JointEmbedding.Settings(16, 8, 100, 32, 3e-3f, 0.1f, 1))) {
            double rPrecision = joint.card().heldOutRPrecision();
            assertTrue(rPrecision > 0.5, "real held-out R-precision " + rPrecision + ", chance 0.01; " + lines);
            assertEquals(150, joint.card().heldOutPairs());
            assertEquals("image:dcgan + text:relgan", joint.card().encoders());
        }
        assertTrue(Files.list(cache.resolve("evaluators")).anyMatch(d -> d.getFileName().toString()
                .startsWith(CaptionImageEmbedding.DATASET + "-")), "cached with the evaluators");
    }

    @Test
    void givenTheText2imagePresetWhenTrainingTwoStepsThenRPrecisionIsReportedWithItsBounds() throws Exception {
        // sameClassMismatch: half the wrong captions share the image's class (train and held-out
        // pairs then carry attribute codes)
        Path run = TinyPresetRun.train("text2image", """
                data:
                  options: {encoderSteps: 2, embedding: 8, jointSteps: 5, sameClassMismatch: 0.5}
                architecture:
                  options:
                    augmentation: 4
                    network: {width: 4, embedding: 4, discriminator: projection}
                train: {steps: 2, batchSize: 8, logEvery: 1}
                checkpoint: {every: 2}
                eval: {every: 2, samples: 120}
                samples: {every: 2, count: 4}
                """, temp, cache);
        JsonNode metrics = new ObjectMapper().readTree(run.resolve("metrics.json").toFile()).path("evaluations")
                .get(0).path("metrics");
        JsonNode rPrecision = null;
        for (JsonNode metric : metrics) {
            if (metric.path("name").asText().equals("r-precision")) {
                rPrecision = metric;
            }
        }
        assertTrue(rPrecision != null, metrics.toString());
        assertEquals(120, rPrecision.path("samples").asInt());
        double value = rPrecision.path("value").asDouble();
        assertTrue(value >= 0 && value <= 1, rPrecision.toString());
        assertTrue(rPrecision.toString().contains("real held-out samples with their own partners")
                && rPrecision.toString().contains("shuffled partners"), rPrecision.toString());
        Map<String, JsonNode> byName = new HashMap<>();
        metrics.forEach(m -> byName.put(m.path("name").asText(), m));
        for (String own : new String[] {"inception-score", "fid", "recall", "modes-covered"}) {
            assertTrue(byName.containsKey(own), "gan-image's own metric " + own + " is missing: " + byName.keySet());
        }
        assertEquals(120, byName.get("fid").path("samples").asInt(), "the image metrics use the run's sample count");
        assertTrue(byName.get("fid").path("value").asDouble() > 0, byName.get("fid").toString());
    }
}
