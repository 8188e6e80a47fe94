package org.gan4j.image.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.options.Options;
import org.gan4j.core.spi.DataRequest;
import org.gan4j.image.data.IdxDataProvider;
import org.gan4j.image.data.IdxWriter;
import org.gan4j.image.data.StandardDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageEvaluatorFactoryTest {

    @TempDir
    Path temp;

    private DataRequest request(DataRequest.Split split, Map<String, Object> options) {
        return new DataRequest(new Options("data.options", options), split, 1, temp.resolve("cache"));
    }

    @Test
    void givenHeldOutDataOfAnImageSourceWhenCreatedThenTheEvaluatorTrainsOnTheWholeTrainingSplit()
            throws IOException {
        Path folder = Files.createDirectories(temp.resolve("idx"));
        IdxWriter.writeImages(folder.resolve("train-images-idx3-ubyte"), SyntheticDigits.images(30, 1));
        IdxWriter.writeLabels(folder.resolve("train-labels-idx1-ubyte"), SyntheticDigits.labels(30));
        IdxWriter.writeImages(folder.resolve("t10k-images-idx3-ubyte"), SyntheticDigits.images(10, 2));
        IdxWriter.writeLabels(folder.resolve("t10k-labels-idx1-ubyte"), SyntheticDigits.labels(10));
        Map<String, Object> options = Map.of("path", folder.toString(), "limit", 50);
        IdxDataProvider mnist = new IdxDataProvider(StandardDataset.MNIST);

        try (DataSource heldOut = mnist.open(request(DataRequest.Split.HELD_OUT, options));
                ImageEvaluator evaluator = new ImageEvaluatorFactory(ClassifierTrainerTest.FAST, line -> {})
                        .create(heldOut, request(DataRequest.Split.TRAIN, options))) {
            EvaluatorCard card = evaluator.card();
            assertEquals("mnist", card.dataset());
            assertEquals(300, card.trainImages());
            assertEquals(100, card.heldOutImages());
        }
        try (Stream<Path> evaluators = Files.list(temp.resolve("cache/evaluators"))) {
            List<Path> all = evaluators.toList();
            assertEquals(1, all.size(), all.toString());
            Path only = all.get(0);
            assertTrue(only.getFileName().toString().startsWith("mnist-"), only.toString());
            assertTrue(Files.isRegularFile(only.resolve(EvaluatorCache.CARD)), only.toString());
        }
    }

    @Test
    void givenADataSourceNotOpenedByAnImageProviderWhenCreatedThenTheErrorSaysWhatIsNeeded() {
        DataSource made = SyntheticDigits.data(2, 0).toDataSource(0, false);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ImageEvaluatorFactory()
                .create(made, request(DataRequest.Split.TRAIN, Map.of())));

        assertTrue(e.getMessage().contains("opened by an image data source"), e.getMessage());
    }
}
