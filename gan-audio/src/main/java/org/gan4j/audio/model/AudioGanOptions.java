package org.gan4j.audio.model;

import java.util.ArrayList;
import java.util.List;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.options.ConfigException;
import org.gan4j.core.options.Options;

/**
 * The options of the audio architectures.
 *
 * @param width {@code width}: the model size d (default 16 for WaveGAN, 32 for SpecGAN)
 * @param labelWidth {@code embedding}: the width of the generator's label embedding (default 10;
 *     class-conditional only)
 * @param phaseShuffle {@code phaseShuffle}: WaveGAN's phase-shuffle radius (default 2; WaveGAN only)
 * @param spectral {@code norm}: {@code spectral} (default) or {@code none}, the discriminator's
 *     weight normalisation
 * @param auxiliaryWeight with {@code discriminator: auxiliary} (AC-GAN, class labels only), the
 *     weight of the class loss ({@code auxiliaryWeight}, default 1); 0 for the default
 *     {@code discriminator: projection}
 */
record AudioGanOptions(int width, int labelWidth, int phaseShuffle, boolean spectral, float auxiliaryWeight) {

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
            known.addAll(List.of("embedding", "discriminator", "auxiliaryWeight"));
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
                norm.equals("spectral"),
                auxiliaryWeight(options, condition));
    }

    private static float auxiliaryWeight(Options options, ConditionSpec condition) {
        String discriminator = options.getString("discriminator", "projection");
        if (!discriminator.equals("projection") && !discriminator.equals("auxiliary")) {
            throw new ConfigException("architecture.options.discriminator = '" + discriminator
                    + "' is not one of [projection, auxiliary]");
        }
        boolean auxiliary = discriminator.equals("auxiliary");
        if (auxiliary && condition.kind() != ConditionSpec.Kind.CLASS_LABEL) {
            throw new ConfigException("architecture.options.discriminator = auxiliary (AC-GAN) classifies class labels"
                    + " and cannot be conditioned on " + condition + "; use discriminator: projection");
        }
        if (!auxiliary && options.asMap().containsKey("auxiliaryWeight")) {
            throw new ConfigException("architecture.options.auxiliaryWeight applies only to discriminator: auxiliary"
                    + " (AC-GAN); remove it or set discriminator: auxiliary");
        }
        return auxiliary ? (float) options.getDouble("auxiliaryWeight", 1.0, 1e-3, 100.0) : 0f;
    }
}
