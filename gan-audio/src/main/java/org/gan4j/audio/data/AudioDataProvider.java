package org.gan4j.audio.data;

import java.io.IOException;
import java.util.List;
import org.gan4j.core.options.ConfigException;
import org.gan4j.core.options.Options;
import org.gan4j.core.spi.AbstractDataSourceProvider;
import org.gan4j.core.spi.DataRequest;

/**
 * Base of the audio data sources. Options every source understands: {@code window} (4096, 8192 or
 * 16384 samples per 1.024 s clip, default 16384; sets the sample rate, see {@link ClipFormat}),
 * {@code representation} ({@code waveform}, the default, or {@code spectrogram}), {@code limit}
 * (train on only the first N clips) and {@code conditional} (give batches their class labels;
 * default false).
 */
public abstract class AudioDataProvider extends AbstractDataSourceProvider {

    private static final List<String> COMMON_OPTIONS = List.of("window", "representation", "limit", "conditional");

    /**
     * @param name the registry name
     * @param description a one-line description
     * @param ownOptions the options this source reads besides the common ones
     */
    protected AudioDataProvider(String name, String description, List<String> ownOptions) {
        super(name, description, COMMON_OPTIONS, ownOptions);
    }

    /** @return {@code spoken-digits} and {@code wav-folder} */
    public static List<AudioDataProvider> all() {
        return List.of(new SpokenDigitsProvider(), new WavFolderProvider());
    }

    /**
     * @param options the source's options
     * @return the window and representation they ask for
     */
    public static ClipFormat format(Options options) {
        int window = options.getInt("window", 16384, 1, 1 << 20);
        if (!ClipFormat.WINDOWS.contains(window)) {
            throw new ConfigException("data.options.window = " + window + " is not one of " + ClipFormat.WINDOWS);
        }
        return new ClipFormat(window, ClipFormat.Representation.parse(
                options.getString("representation", ClipFormat.Representation.WAVEFORM.optionValue())));
    }

    /**
     * Loads the requested part into memory, e.g. for training a classifier on it.
     *
     * @param request options, split and cache directory
     * @return the clips; for {@code TRAIN} only the first {@code limit} when that option is set
     * @throws IOException if the data cannot be made or read (the message names the file and the fix)
     */
    public final AudioClips load(DataRequest request) throws IOException {
        int limit = trainLimit(request);
        ClipFormat format = format(request.options());
        AudioClips clips = read(request, format.window(), format.sampleRate());
        return limit > 0 ? clips.first(limit) : clips;
    }

    @Override
    public final AudioDataSource open(DataRequest request) throws IOException {
        AudioClips clips = load(request);
        return new AudioDataSource(clips, format(request.options()).representation(), request.seed(),
                request.options().getBoolean("conditional", false), this);
    }

    /**
     * Reads the whole requested part.
     *
     * @param request options (already checked), split and cache directory
     * @param window the clip length
     * @param sampleRate the rate to resample to
     * @return the clips
     * @throws IOException if the data cannot be made or read
     */
    protected abstract AudioClips read(DataRequest request, int window, int sampleRate) throws IOException;
}
