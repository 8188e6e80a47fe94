package org.gan4j.audio.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.gan4j.core.data.RealBatch;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.options.ConfigException;
import org.junit.jupiter.api.Test;

class AudioDataSourceTest {

    private static AudioClips clips() {
        int window = 4096;
        float[] samples = new float[3 * window];
        for (int c = 0; c < 3; c++) {
            for (int n = 0; n < window; n++) {
                samples[c * window + n] = (float) (0.5 * Math.sin(2 * Math.PI * (c + 1) * 300 * n / 4000.0));
            }
        }
        return new AudioClips(samples, new int[] {0, 1, 2}, List.of("a", "b", "c"), window, 4000);
    }

    @Test
    void givenWaveformsWhenBatchedThenEachEpochShowsEveryClipOnceWithItsLabel() {
        AudioClips clips = clips();
        AudioDataSource source = new AudioDataSource(clips, ClipFormat.Representation.WAVEFORM, 3, true, null);
        assertEquals(new Shape(1, 4096), source.sampleShape());
        assertEquals(ConditionSpec.classLabel(3), source.condition());
        try (NDManager manager = NDManager.newBaseManager()) {
            RealBatch batch = source.batch(manager, 0, 3);
            assertEquals(new Shape(3, 1, 4096), batch.samples().getShape());
            assertEquals(DataType.INT64, batch.conditions().getDataType());
            long[] labels = batch.conditions().toLongArray();
            assertEquals(3, java.util.Arrays.stream(labels).distinct().count());
            for (int i = 0; i < 3; i++) {
                assertArrayEquals(clips.clip((int) labels[i]), batch.samples().get(i).toFloatArray());
            }
            assertArrayEquals(labels, new AudioDataSource(clips, ClipFormat.Representation.WAVEFORM, 3, true, null)
                    .batch(manager, 0, 3).conditions().toLongArray());
        }
    }

    @Test
    void givenSpectrogramRepresentationWhenBatchedThenSamplesAreTheCodecImages() {
        AudioClips clips = clips();
        AudioDataSource source = new AudioDataSource(clips, ClipFormat.Representation.SPECTROGRAM, 1, false, null);
        assertEquals(new Shape(1, 32, 128), source.sampleShape());
        assertEquals(ClipFormat.of(source.sampleShape()), source.format());
        try (NDManager manager = NDManager.newBaseManager()) {
            RealBatch batch = source.batch(manager, 0, 2);
            assertEquals(new Shape(2, 1, 32, 128), batch.samples().getShape());
            float[] values = batch.samples().toFloatArray();
            for (float v : values) {
                assertTrue(v >= -1 && v <= 1);
            }
            assertEquals(null, batch.conditions());
        }
    }

    @Test
    void givenShapesWhenFormatRecognisedThenWindowAndRateFollow() {
        assertEquals(new ClipFormat(16384, ClipFormat.Representation.WAVEFORM), ClipFormat.of(new Shape(1, 16384)));
        assertEquals(16000, ClipFormat.of(new Shape(1, 16384)).sampleRate());
        assertEquals(8000, ClipFormat.of(new Shape(1, 64, 128)).sampleRate());
        assertThrows(IllegalArgumentException.class, () -> ClipFormat.of(new Shape(1, 28, 28)));
        assertThrows(ConfigException.class, () -> new ClipFormat(1000, ClipFormat.Representation.WAVEFORM));
    }
}
