package org.gan4j.examples.crossmodal;

import ai.djl.ndarray.NDArray;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.gan4j.core.spi.SampleWriter;

/**
 * The crossmodal modality's sample writer: hands the samples to the writer of the run's target
 * modality, read from the training source opened last: {@link ImagedClipWriter} for spoken digits,
 * {@link CaptionedSourceWriter} for captions, {@link CaptionedGridWriter} for images.
 */
final class TargetSampleWriter implements SampleWriter {

    private final Supplier<Optional<CrossModalSource>> training;
    private final SampleWriter images;
    private final SampleWriter clips;
    private final SampleWriter captions;

    /** @param training the training source the conditions were drawn from */
    TargetSampleWriter(Supplier<Optional<CrossModalSource>> training) {
        this.training = training;
        this.images = new CaptionedGridWriter(training);
        this.clips = new ImagedClipWriter(training);
        this.captions = new CaptionedSourceWriter(training);
    }

    @Override
    public List<Path> write(NDArray samples, NDArray conditions, Path directory, String stem) throws IOException {
        Optional<PairingSettings> settings = training.get().map(s -> s.digits().settings());
        SampleWriter writer = settings.map(PairingSettings::audioTarget).orElse(false) ? clips
                : settings.map(PairingSettings::targetIsText).orElse(false) ? captions : images;
        return writer.write(samples, conditions, directory, stem);
    }
}
