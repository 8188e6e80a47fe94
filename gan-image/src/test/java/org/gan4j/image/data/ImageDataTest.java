package org.gan4j.image.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ImageDataTest {

    /** 100 one-pixel images, 10 per class, pixel = image number / 100. */
    private static ImageData hundred() {
        float[] pixels = new float[100];
        int[] labels = new int[100];
        for (int i = 0; i < 100; i++) {
            pixels[i] = i / 100f;
            labels[i] = i % 10;
        }
        return new ImageData(pixels, labels, Fixtures.DIGITS, 1, 1, 1);
    }

    private static Set<Integer> numbers(ImageData data) {
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < data.size(); i++) {
            numbers.add(Math.round(data.image(i)[0] * 100));
        }
        return numbers;
    }

    @Test
    void givenSeedWhenSplitThenStratifiedDisjointCompleteAndRepeatable() {
        ImageData.Split split = hundred().split(0.25, 5);

        assertEquals(30, split.heldOut().size());
        assertEquals(70, split.train().size());
        for (int c = 0; c < 10; c++) {
            int label = c;
            assertEquals(3, IntStream.range(0, 30).filter(i -> split.heldOut().label(i) == label).count());
        }
        Set<Integer> all = new HashSet<>(numbers(split.train()));
        all.addAll(numbers(split.heldOut()));
        assertEquals(100, all.size());
        assertEquals(numbers(split.heldOut()), numbers(hundred().split(0.25, 5).heldOut()));
        assertNotEquals(numbers(split.heldOut()), numbers(hundred().split(0.25, 6).heldOut()));
    }

    @Test
    void givenDataWhenFirstTakenThenThoseImagesInOrder() {
        ImageData first = hundred().first(3);

        assertEquals(3, first.size());
        assertArrayEquals(new float[] {0.02f}, first.image(2));
        assertEquals(List.of(0, 1, 2), IntStream.range(0, 3).map(first::label).boxed().toList());
    }

    @Test
    void givenLabelOutsideTheClassesWhenBuiltThenRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new ImageData(new float[2], new int[] {0, 2}, List.of("a", "b"), 1, 1, 1));
    }
}
