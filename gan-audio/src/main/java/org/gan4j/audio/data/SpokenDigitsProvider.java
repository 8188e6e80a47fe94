package org.gan4j.audio.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gan4j.core.options.Options;
import org.gan4j.core.spi.DataRequest;

/**
 * Data source {@code spoken-digits}: the synthesized {@link SpokenDigitsCorpus}, made into {@code
 * <cache>/<corpus folder>} on first use (or by {@code gan data make spoken-digits}). Options besides
 * the common ones: {@code corpusSeed} (default 1; not the run's seed, so every run sees the same
 * corpus and held-out voices) and {@code repeats} (clips per word, accent and variant; default 1).
 * The held-out split is the held-out voice variants.
 */
public final class SpokenDigitsProvider extends AudioDataProvider {

    /** Creates the provider. */
    public SpokenDigitsProvider() {
        super("spoken-digits", "\"zero\"…\"nine\" synthesized by espeak-ng (8 accents × 50 variants; made on first use)",
                List.of("corpusSeed", "repeats"));
    }

    @Override
    public void prepare(DataRequest request) throws IOException {
        SpokenDigitsCorpus corpus = corpus(request.options());
        Path dir = request.cacheDir().resolve(corpus.folderName());
        if (SpokenDigitsCorpus.isComplete(dir)) {
            request.progress().accept("spoken-digits: corpus ready in " + dir);
            return;
        }
        corpus.make(dir, request.progress());
    }

    @Override
    public Optional<Path> cachedAt(DataRequest request) {
        return Optional.of(request.cacheDir().resolve(corpus(request.options()).folderName()));
    }

    @Override
    protected AudioClips read(DataRequest request, int window, int sampleRate) throws IOException {
        prepare(request);
        Path dir = request.cacheDir().resolve(corpus(request.options()).folderName());
        String split = request.split() == DataRequest.Split.TRAIN ? SpokenDigitsCorpus.TRAIN : SpokenDigitsCorpus.HELD_OUT;
        return WavFolder.load(dir.resolve(split), window, sampleRate);
    }

    private static SpokenDigitsCorpus corpus(Options options) {
        return SpokenDigitsCorpus.standard(options.getInt("corpusSeed", 1, 0, Integer.MAX_VALUE),
                options.getInt("repeats", 1, 1, 100));
    }
}
