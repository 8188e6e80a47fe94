package org.gan4j.audio.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.gan4j.core.options.ConfigException;
import org.gan4j.core.options.Options;
import org.gan4j.core.spi.DataRequest;

/**
 * Data source {@code wav-folder}: a folder with one sub-folder of WAV files per class (see {@link
 * WavFolder}), e.g. the real SC09 or FSDD sorted by digit. Options besides the common ones: {@code
 * path} (required) and {@code heldOut} (the share of each class held out, default 0.1, drawn with a
 * fixed seed so it stays held out in every run).
 */
public final class WavFolderProvider extends AudioDataProvider {

    /** The seed of the train/held-out split. */
    public static final long SPLIT_SEED = 0x1a2e_f01dL;

    /** Creates the provider. */
    public WavFolderProvider() {
        super("wav-folder", "your own audio: one sub-folder of .wav files per class (option path)",
                List.of("path", "heldOut"));
    }

    @Override
    protected AudioClips read(DataRequest request, int window, int sampleRate) throws IOException {
        Options options = request.options();
        Path root = options.getPath("path").orElseThrow(() -> new ConfigException(
                "data source wav-folder needs the option path: a folder with one sub-folder of .wav files per class"));
        double heldOut = options.getDouble("heldOut", 0.1, 0.01, 0.9);
        AudioClips[] split = WavFolder.load(root, window, sampleRate).split(heldOut, SPLIT_SEED);
        AudioClips part = split[request.split() == DataRequest.Split.TRAIN ? 0 : 1];
        if (part.size() == 0) {
            throw new IOException(root + ": no clips left for the " + request.split() + " part with heldOut "
                    + heldOut + "; add files or change heldOut");
        }
        return part;
    }
}
