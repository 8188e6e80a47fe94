package org.gan4j.audio.model;

import java.util.ArrayList;
import java.util.List;
import org.gan4j.core.config.ConfigException;
import org.gan4j.core.config.Options;
import org.gan4j.core.model.ConditionSpec;

/**
 * The options of the audio architectures.
 *
 * @param width {@code width}: the model size d (default 16 for WaveGAN, 32 for SpecGAN)
 * @param labelWidth {@code embedding}: the width of the generator's label embedding (default 10;
 *     class-conditional only)
 * @param phaseShuffle {@code phaseShuffle}: WaveGAN's phase-shuffle radius (default 2; WaveGAN only)
 * @param spectral {@code norm}: {@code spectral} (default) or {@code none}, the discriminator's
 *     weight normalisation
 */
record AudioGanOptions(int width, int labelWidth, int phaseShuffle, boolean spectral) {

    /**
     * @param options the architecture's options
     * @param condition the data's condition
     * @param wavegan whether phaseShuffle is allowed
     * @param defaultWidth the width when not given
     * @return the options
     * @throws ConfigException naming the field for an unknown option or a value out of range
     */
    static AudioGanOptions parse(Options options, ConditionSpec condition, boolean wavegan, int defaultWidth) {
        List<String> known = new ArrayList<>(List.of("width", "norm"));
        if (condition.isConditional()) {
            known.add("embedding");
        }
        if (wavegan) {
            known.add("phaseShuffle");
        }
        options.requireOnly(known);
        String norm = options.getString("norm", "spectral");
        if (!norm.equals("spectral") && !norm.equals("none")) {
            throw new ConfigException("architecture.options.norm = '" + norm + "' is not one of [spectral, none]");
        }
        return new AudioGanOptions(options.getInt("width", defaultWidth, 1, 1024),
                options.getInt("embedding", 10, 1, 1024),
                wavegan ? options.getInt("phaseShuffle", 2, 0, 64) : 0,
                norm.equals("spectral"));
    }
}
