package org.gan4j.image.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.dataset.Batch;
import ai.djl.training.dataset.Record;
import ai.djl.training.loss.SoftmaxCrossEntropyLoss;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.gan4j.core.data.RealBatch;
import org.gan4j.core.model.ConditionSpec;
import org.junit.jupiter.api.Test;

class ImageDataSourceTest {

    private static final int IMAGES = 10;

    /** Ten 1×1×2 images whose first pixel encodes the image number; labels i mod 3. */
    private static ImageData numbered() {
        float[] pixels = new float[IMAGES * 2];
        int[] labels = new int[IMAGES];
        for (int i = 0; i < IMAGES; i++) {
            pixels[2 * i] = i / 100f;
            pixels[2 * i + 1] = -i / 100f;
            labels[i] = i % 3;
        }
        return new ImageData(pixels, labels, List.of("a", "b", "c"), 1, 1, 2);
    }

    private static int[] imageNumbers(NDArray images) {
        float[] values = images.toFloatArray();
        return IntStream.range(0, values.length / 2).map(i -> Math.round(values[2 * i] * 100)).toArray();
    }

    @Test
    void givenSeedAndIndexWhenBatchDrawnByAnotherSourceOrAfterOtherBatchesThenIdentical() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ImageDataSource a = numbered().toDataSource(42, false);
            ImageDataSource b = numbered().toDataSource(42, false);
            for (int i = 0; i < 9; i++) {
                a.batch(manager, i, 4);
            }

            int[] fromA = imageNumbers(a.batch(manager, 5, 4).samples());
            int[] fromB = imageNumbers(b.batch(manager, 5, 4).samples());
            int[] otherSeed = imageNumbers(numbered().toDataSource(43, false).batch(manager, 5, 4).samples());

            assertArrayEquals(fromA, fromB);
            assertFalse(Arrays.equals(fromA, otherSeed));
        }
    }

    @Test
    void givenBatchesAcrossEpochsWhenCollectedThenEveryImageSeenOncePerEpochInAFreshOrder() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ImageDataSource source = numbered().toDataSource(7, false);
            List<Integer> stream = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                RealBatch batch = source.batch(manager, i, 4);
                assertEquals(new Shape(4, 1, 1, 2), batch.samples().getShape());
                assertEquals(DataType.FLOAT32, batch.samples().getDataType());
                Arrays.stream(imageNumbers(batch.samples())).forEach(stream::add);
            }

            List<Integer> epoch0 = stream.subList(0, IMAGES);
            List<Integer> epoch1 = stream.subList(IMAGES, 2 * IMAGES);
            List<Integer> all = IntStream.range(0, IMAGES).boxed().toList();
            assertEquals(all, epoch0.stream().sorted().toList());
            assertEquals(all, epoch1.stream().sorted().toList());
            assertNotEquals(epoch0, epoch1);
        }
    }

    @Test
    void givenConditionalSourceWhenBatchDrawnThenConditionsAreInt64ClassLabelsOfTheImages() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ImageDataSource source = numbered().toDataSource(1, true);

            RealBatch batch = source.batch(manager, 3, 6);

            assertEquals(ConditionSpec.classLabel(3), source.condition());
            assertEquals(new Shape(6), batch.conditions().getShape());
            assertEquals(DataType.INT64, batch.conditions().getDataType());
            long[] expected = Arrays.stream(imageNumbers(batch.samples())).mapToLong(i -> i % 3).toArray();
            assertArrayEquals(expected, batch.conditions().toLongArray());
        }
    }

    @Test
    void givenUnconditionalSourceWhenBatchDrawnThenNoConditions() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ImageDataSource source = numbered().toDataSource(1, false);

            assertEquals(ConditionSpec.NONE, source.condition());
            assertNull(source.batch(manager, 0, 2).conditions());
            assertEquals(IMAGES, source.size());
            assertEquals(new Shape(1, 1, 2), source.sampleShape());
        }
    }

    @Test
    void givenDjlDatasetWhenIteratedThenBatchesCoverEveryImageWithInt64LabelsAClassifierLossAccepts() throws Exception {
        DjlImageDataset dataset = numbered().toDataset(4, false);
        List<Integer> seen = new ArrayList<>();
        try (NDManager manager = NDManager.newBaseManager()) {
            for (Batch batch : dataset.getData(manager)) {
                try (batch) {
                    NDArray images = batch.getData().singletonOrThrow();
                    NDArray labels = batch.getLabels().singletonOrThrow();
                    assertEquals(DataType.INT64, labels.getDataType());
                    assertEquals(images.getShape().get(0), labels.getShape().get(0));
                    int[] numbers = imageNumbers(images);
                    assertArrayEquals(Arrays.stream(numbers).mapToLong(i -> i % 3).toArray(), labels.toLongArray());
                    Arrays.stream(numbers).forEach(seen::add);
                    NDArray logits = manager.ones(new Shape(numbers.length, 3));
                    float loss = new SoftmaxCrossEntropyLoss().evaluate(new NDList(labels), new NDList(logits)).getFloat();
                    assertEquals(Math.log(3), loss, 1e-5);
                }
            }
        }
        assertEquals(IntStream.range(0, IMAGES).boxed().toList(), seen);
    }

    @Test
    void givenShuffledDjlDatasetWhenIteratedThenEveryImageOnce() throws Exception {
        DjlImageDataset dataset = numbered().toDataset(3, true);
        List<Integer> seen = new ArrayList<>();
        try (NDManager manager = NDManager.newBaseManager()) {
            for (Batch batch : dataset.getData(manager)) {
                try (batch) {
                    Arrays.stream(imageNumbers(batch.getData().singletonOrThrow())).forEach(seen::add);
                }
            }
        }
        assertEquals(IntStream.range(0, IMAGES).boxed().toList(), seen.stream().sorted().toList());
    }

    @Test
    void givenDjlDatasetWhenOneRecordReadThenImageShapeAndScalarLabel() {
        DjlImageDataset dataset = numbered().toDataset(1, false);
        try (NDManager manager = NDManager.newBaseManager()) {
            Record record = dataset.get(manager, 4);

            assertEquals(new Shape(1, 1, 2), record.getData().singletonOrThrow().getShape());
            assertEquals(new Shape(), record.getLabels().singletonOrThrow().getShape());
            assertEquals(1L, record.getLabels().singletonOrThrow().getLong());
            assertEquals(IMAGES, dataset.size());
        }
    }
}
