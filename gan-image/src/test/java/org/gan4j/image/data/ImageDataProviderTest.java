package org.gan4j.image.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.options.ConfigException;
import org.gan4j.core.options.Options;
import org.gan4j.core.spi.DataRequest;
import org.gan4j.core.spi.DataRequest.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageDataProviderTest {

    private static final ImageDataProvider MNIST = new IdxDataProvider(StandardDataset.MNIST);
    private static final ImageDataProvider FOLDER = new ImageFolderProvider();

    @TempDir
    Path temp;

    private DataRequest request(Map<String, Object> options, Split split) {
        return new DataRequest(new Options("data.options", options), split, 3, temp.resolve("cache"));
    }

    @Test
    void givenMnistWithPathOptionWhenOpenedThenOfficialPartsLimitAndConditionApply() throws IOException {
        Path folder = Fixtures.idxFolder(temp.resolve("idx"), 25, 7, ".gz");
        Map<String, Object> options = Map.of("path", folder.toString(), "limit", 10, "conditional", true);

        try (ImageDataSource train = MNIST.open(request(options, Split.TRAIN));
                ImageDataSource heldOut = MNIST.open(request(options, Split.HELD_OUT));
                NDManager manager = NDManager.newBaseManager()) {
            assertEquals(10, train.size());
            assertEquals(7, heldOut.size());
            assertEquals(ConditionSpec.classLabel(10), train.condition());
            assertNotNull(train.batch(manager, 0, 4).conditions());
        }
    }

    @Test
    void givenNoConditionalOptionWhenOpenedThenUnconditional() throws IOException {
        Path folder = Fixtures.idxFolder(temp.resolve("idx"), 5, 5, "");

        try (ImageDataSource source = MNIST.open(request(Map.of("path", folder.toString()), Split.TRAIN))) {
            assertEquals(ConditionSpec.NONE, source.condition());
            assertEquals(5, source.size());
        }
    }

    @Test
    void givenAnOpenedSourceThenItKnowsItsProviderAndASourceMadeFromDataDoesNot() throws IOException {
        Path folder = Fixtures.idxFolder(temp.resolve("idx"), 5, 5, "");

        try (ImageDataSource opened = MNIST.open(request(Map.of("path", folder.toString()), Split.HELD_OUT))) {
            assertEquals(Optional.of(MNIST), opened.provider());
            assertEquals(Optional.empty(), opened.data().toDataSource(0, false).provider());
        }
    }

    @Test
    void givenBadOptionsWhenOpenedThenConfigErrorsNameTheOption() {
        ConfigException unknown = assertThrows(ConfigException.class,
                () -> MNIST.open(request(Map.of("pth", "x"), Split.TRAIN)));
        ConfigException flag = assertThrows(ConfigException.class,
                () -> MNIST.open(request(Map.of("conditional", "maybe"), Split.TRAIN)));
        ConfigException noPath = assertThrows(ConfigException.class,
                () -> FOLDER.open(request(Map.of(), Split.TRAIN)));
        ConfigException channels = assertThrows(ConfigException.class,
                () -> FOLDER.open(request(Map.of("path", temp.toString(), "channels", 2), Split.TRAIN)));

        IdxReaderTest.assertMessage(unknown, "data.options.pth");
        IdxReaderTest.assertMessage(flag, "conditional", "maybe", "true or false");
        IdxReaderTest.assertMessage(noPath, "path");
        IdxReaderTest.assertMessage(channels, "channels", "1", "3");
    }

    @Test
    void givenImageFolderWhenBothPartsOpenedThenHeldOutShareOfEachClassAndDisjoint() throws IOException {
        Path root = temp.resolve("images");
        List<String> classes = List.of("cat", "dog", "eel");
        for (int c = 0; c < classes.size(); c++) {
            for (int i = 0; i < 10; i++) {
                Fixtures.greyPng(root.resolve(classes.get(c) + "/" + i + ".png"), 2, 2, 10 * i + c);
            }
        }
        Map<String, Object> options = Map.of("path", root.toString(), "heldOut", 0.2, "resize", 3);

        ImageData train = FOLDER.load(request(options, Split.TRAIN));
        ImageData heldOut = FOLDER.load(request(options, Split.HELD_OUT));

        assertEquals(24, train.size());
        assertEquals(6, heldOut.size());
        assertEquals(classes, heldOut.classes());
        assertEquals(9, heldOut.image(0).length);
        Set<String> trainImages = signatures(train);
        signatures(heldOut).forEach(s -> assertFalse(trainImages.contains(s), s));
    }

    @Test
    void givenTheProvidersWhenListedThenTheirNames() {
        assertEquals(List.of("mnist", "fashion-mnist", "image-folder"),
                ImageDataProvider.all().stream().map(ImageDataProvider::name).toList());
    }

    private static Set<String> signatures(ImageData data) {
        Set<String> signatures = new HashSet<>();
        for (int i = 0; i < data.size(); i++) {
            signatures.add(data.label(i) + ":" + Arrays.toString(data.image(i)));
        }
        return signatures;
    }
}
