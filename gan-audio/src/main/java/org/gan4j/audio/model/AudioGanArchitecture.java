package org.gan4j.audio.model;

import ai.djl.nn.Block;
import java.util.List;
import org.gan4j.audio.data.ClipFormat;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.spi.Architecture;
import org.gan4j.core.spi.ModelRequest;

/**
 * The audio architectures: {@code wavegan} on (1, window) waveforms ({@link WaveganBlocks}) and
 * {@code specgan} on (1, window/128, 128) spectrograms ({@link SpecganBlocks}). Both are
 * class-conditional on labelled data (label embedding in G, projection D), and offer an encoder
 * (their discriminator's trunk and a linear map) from a sample to an embedding. Options: see {@link
 * AudioGanOptions}.
 */
public final class AudioGanArchitecture implements Architecture {

    private final boolean wavegan;

    private AudioGanArchitecture(boolean wavegan) {
        this.wavegan = wavegan;
    }

    /** @return {@code wavegan} */
    public static AudioGanArchitecture wavegan() {
        return new AudioGanArchitecture(true);
    }

    /** @return {@code specgan} */
    public static AudioGanArchitecture specgan() {
        return new AudioGanArchitecture(false);
    }

    /** @return every audio architecture */
    public static List<Architecture> all() {
        return List.of(wavegan(), specgan());
    }

    @Override
    public String name() {
        return wavegan ? "wavegan" : "specgan";
    }

    @Override
    public String description() {
        return wavegan
                ? "WaveGAN: transposed 1-D convolutions k25 s4, phase shuffle in D (data representation: waveform;"
                        + " options: width, phaseShuffle, norm, embedding, discriminator = projection|auxiliary,"
                        + " auxiliaryWeight)"
                : "SpecGAN-lite: 2-D DCGAN on log-magnitude spectrograms, Griffin-Lim for sound (data"
                        + " representation: spectrogram; options: width, norm, embedding, discriminator, auxiliaryWeight)";
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the data's samples are not this architecture's representation
     */
    @Override
    public GanModel build(ModelRequest request) {
        ConditionSpec condition = request.condition();
        AudioGanOptions options = options(request);
        AudioBlocks blocks = blocks(request, options);
        return new GanModel(name(), () -> blocks.generator(condition, options.labelWidth()),
                blocks.discriminator(condition, options.auxiliaryWeight() > 0), request.prior(), condition,
                request.sampleShape(), options.auxiliaryWeight());
    }

    @Override
    public Block encoder(ModelRequest request, int embeddingDim) {
        return blocks(request, options(request)).encoder(embeddingDim);
    }

    private AudioGanOptions options(ModelRequest request) {
        return AudioGanOptions.parse(request.options(), request.condition(), wavegan, wavegan ? 16 : 32);
    }

    private AudioBlocks blocks(ModelRequest request, AudioGanOptions options) {
        ClipFormat format = ClipFormat.of(request.sampleShape());
        ClipFormat.Representation wanted =
                wavegan ? ClipFormat.Representation.WAVEFORM : ClipFormat.Representation.SPECTROGRAM;
        if (format.representation() != wanted) {
            throw new IllegalArgumentException("architecture " + name() + " needs " + wanted.optionValue()
                    + " samples but the data gives " + request.sampleShape() + "; set data.options.representation: "
                    + wanted.optionValue());
        }
        return wavegan
                ? new WaveganBlocks(format.window(), options.width(), options.phaseShuffle(), options.spectral())
                : new SpecganBlocks(format.bins(), ClipFormat.FRAMES, options.width(), options.spectral());
    }
}
