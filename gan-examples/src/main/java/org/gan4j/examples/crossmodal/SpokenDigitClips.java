package org.gan4j.examples.crossmodal;

import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.gan4j.audio.data.AudioClips;
import org.gan4j.audio.data.SpokenDigitsProvider;
import org.gan4j.core.condition.SampleTable;
import org.gan4j.core.options.Options;
import org.gan4j.core.spi.DataRequest;

/**
 * Spoken digits as a source or as targets: gan-audio's espeak-ng corpus (made on first use) as
 * {@value #WINDOW}-sample waveforms, its training voices for training and its held-out voices for
 * evaluation, paired with MNIST images by class.
 */
final class SpokenDigitClips {

    /** The source's modality name. */
    static final String MODALITY = "audio";

    /** The clip window: 8,192 samples at 8 kHz, the cheapest that holds a digit word. */
    static final int WINDOW = 8192;

    private SpokenDigitClips() {}

    /** The data source the clips come from (the audio evaluator's cache is keyed by it). */
    static final String DATASET = "spoken-digits";

    /**
     * A split's clips as a {@link SampleTable} of (1, window) waveforms.
     *
     * @param clips the clips
     */
    record ClipTable(AudioClips clips) implements SampleTable {
        @Override
        public Shape sampleShape() {
            return new Shape(1, clips.window());
        }

        @Override
        public int size() {
            return clips.size();
        }

        @Override
        public int label(int index) {
            return clips.label(index);
        }

        @Override
        public void copy(int index, FloatBuffer target) {
            target.put(clips.samples(), index * clips.window(), clips.window());
        }
    }

    /**
     * @param cacheDir the data cache holding (or receiving) the corpus
     * @param seed the run's seed
     * @param progress receives one-line messages
     * @return the clips of both splits, paired by class
     * @throws IOException if the corpus cannot be made or read (the message names espeak-ng's install)
     */
    static MultimodalDigits.SourceData load(Path cacheDir, long seed, Consumer<String> progress) throws IOException {
        SpokenDigitsProvider provider = new SpokenDigitsProvider();
        Options options = new Options("data.options", Map.of("window", WINDOW));
        AudioClips train = provider.load(new DataRequest(options, DataRequest.Split.TRAIN, seed, cacheDir, progress));
        AudioClips heldOut = provider.load(new DataRequest(options, DataRequest.Split.HELD_OUT, seed, cacheDir, progress));
        int[] labels = java.util.stream.IntStream.range(0, train.size()).map(train::label).toArray();
        return new MultimodalDigits.SourceData(new ClipTable(train), new ClipTable(heldOut), new int[][] {labels},
                new int[] {train.classes().size()}, false, row -> "training clip " + row + " ('" + train.classes()
                        .get(train.label(row)) + "')", row -> "held-out clip " + row + " ('" + heldOut.classes()
                        .get(heldOut.label(row)) + "')", train.size() + " training and " + heldOut.size()
                        + " held-out spoken digits (unseen voices), paired by class");
    }
}
