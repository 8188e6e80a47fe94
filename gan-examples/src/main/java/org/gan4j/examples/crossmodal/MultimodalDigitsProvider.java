package org.gan4j.examples.crossmodal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gan4j.core.spi.DataRequest;
import org.gan4j.core.spi.DataSourceProvider;
import org.gan4j.core.spi.ModalityRegistry;

/**
 * The {@code multimodal-digits} data source (options: {@link PairingSettings}). The pairs of a
 * configuration are built once and shared by its training and held-out sources; the last opened
 * training source is remembered so that sample files can name the captions behind their
 * conditions.
 */
final class MultimodalDigitsProvider implements DataSourceProvider {

    /** The registry name. */
    static final String NAME = "multimodal-digits";

    private final Map<String, MultimodalDigits> built = new HashMap<>();
    private CrossModalSource lastTraining;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "MNIST images paired with captions of attributes measured on them (source text) or spoken digits of"
                + " their class (source audio); or MNIST images as the source of spoken digits of their class (target"
                + " audio) or of their own captions (target text); conditions are embeddings by a pretrained, frozen"
                + " encoder; dataset fashion pairs Fashion-MNIST garments with captions of their measured brightness,"
                + " pattern and width (text to image)";
    }

    @Override
    public void prepare(DataRequest request) throws IOException {
        digits(request);
    }

    @Override
    public synchronized CrossModalSource open(DataRequest request) throws IOException {
        CrossModalSource source = new CrossModalSource(digits(request), request.split(), request.seed());
        if (request.split() == DataRequest.Split.TRAIN) {
            lastTraining = source;
        }
        return source;
    }

    /** @return the training source opened last, if any */
    synchronized Optional<CrossModalSource> lastTraining() {
        return Optional.ofNullable(lastTraining);
    }

    private synchronized MultimodalDigits digits(DataRequest request) throws IOException {
        PairingSettings settings = PairingSettings.parse(request.options(), request.seed());
        String key = settings + "|" + request.cacheDir().toAbsolutePath();
        MultimodalDigits digits = built.get(key);
        if (digits == null) {
            digits = MultimodalDigits.load(settings, ModalityRegistry.load(), request.cacheDir(), request.progress());
            built.put(key, digits);
        }
        return digits;
    }
}
