package org.gan4j.examples.crossmodal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.nn.Block;
import java.nio.file.Path;
import java.util.Arrays;
import org.gan4j.core.app.job.TrainingJob;
import org.gan4j.core.app.run.RunDirectoryException;
import org.gan4j.core.checkpoint.ParameterFile;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.spi.ModalityRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fineTuneEncoder: true} through the {@code gan} program: a text→image run conditions G and
 * D on raw one-hot captions, each network trains its own copy of the pretrained caption encoder,
 * and exporting the generator is refused with the reason.
 */
class FineTunedEncoderRunTest {

    @TempDir
    Path temp;

    @Test
    void givenFineTuneEncoderWhenTrainingText2imageThenEachNetworkTrainsItsOwnEncoderCopy() throws Exception {
        Path cache = temp.resolve("cache");
        TinyDigitsCache.write(cache, 2, 200, 150, 1, 1);
        Path run = TinyPresetRun.train("text2image", """
                data:
                  options: {encoderSteps: 2, embedding: 8, jointSteps: 5, fineTuneEncoder: true, fineTuneRate: 0.5}
                architecture:
                  options:
                    network: {width: 4, embedding: 4, discriminator: projection}
                train: {steps: 3, batchSize: 8, logEvery: 1}
                checkpoint: {every: 3}
                eval: {every: 3, samples: 120}
                samples: {every: 3, count: 4}
                """, temp, cache);
        try (TrainingJob job = TrainingJob.open(run, "last", ModalityRegistry.load(), cache, line -> {})) {
            CrossModalSource data = (CrossModalSource) job.data();
            int captionWidth = Math.toIntExact(data.digits().source().train().sampleShape().size());
            assertEquals(ConditionSpec.embedding(captionWidth), job.trainer().model().condition(),
                    "G and D take the one-hot captions");
            byte[] generatorCopy = encoderValues(job.trainer().generator());
            byte[] discriminatorCopy = encoderValues(job.trainer().discriminator());
            assertEquals(generatorCopy.length, discriminatorCopy.length);
            assertFalse(Arrays.equals(generatorCopy, discriminatorCopy), "each network trained its own copy");
            RunDirectoryException export = assertThrows(RunDirectoryException.class,
                    () -> job.exportGenerator(temp.resolve("export"), "generator"));
            assertTrue(export.getMessage().contains("fine-tunes its condition encoder"), export.getMessage());
        }
    }

    private static byte[] encoderValues(Block wrapped) {
        return ParameterFile.toBytes(wrapped.getChildren().get(0).getValue().getParameters());
    }
}
