package org.gan4j.examples.crossmodal;

import java.util.List;
import org.gan4j.core.condition.PairingOptions;
import org.gan4j.core.condition.PretrainedEncoder;
import org.gan4j.core.joint.JointEmbedding;
import org.gan4j.core.options.ConfigException;
import org.gan4j.core.options.Options;

/**
 * The options of the {@code multimodal-digits} data source ({@code data.options}).
 *
 * @param source {@code source}: the modality whose samples become the condition: {@code text}
 *     (captions, the default), {@code audio} (spoken digits) or {@code image} (MNIST digits)
 * @param target {@code target}: the modality generated (default {@code image}; {@code audio} for
 *     spoken digits drawn from images, {@code text} for captions of images)
 * @param encoder {@code encoder}: the source modality's architecture whose encoder is pretrained
 *     (default {@code relgan} for text, {@code wavegan} for audio, {@code dcgan} for images), or
 *     {@code evaluator}: the audio or image source's cached evaluator, its 128 penultimate features
 *     as the embedding ({@code embedding} and the {@code encoder…} training options then do not apply)
 * @param embedding {@code embedding}: the pretrained encoder's embedding width (default 64)
 * @param fineTuneEncoder {@code fineTuneEncoder} (default false): G and D each fine-tune a copy of
 *     the pretrained encoder, fed the raw source samples, instead of reading frozen embeddings
 *     (not with {@code encoder: evaluator})
 * @param fineTuneRate {@code fineTuneRate} (default 0.1): the copies' learning rate as a fraction of
 *     their network's, in (0, 1]; ignored while the encoder is frozen, so that a preset's rate does not
 *     stand in the way of {@code fineTuneEncoder: false}
 * @param encoderTraining {@code encoderSteps}, {@code encoderBatchSize}, {@code encoderLearningRate}:
 *     how the encoder is pretrained on the source samples' labels before it is frozen
 * @param pairing {@code matchingAware} (default true), {@code interpolation} (GAN-INT fraction,
 *     default 0.25), {@code beta} (default 0.5) and {@code sameClassMismatch} (the share of
 *     mismatched captions of the image's own class with other attributes, default 0; captioned
 *     sources only)
 * @param limit {@code limit}: train on only the first N MNIST training images (0 = all), whether they
 *     are the targets or the source
 * @param dataset {@code dataset}: the captioned images, {@code mnist} (default) or {@code fashion}
 *     (Fashion-MNIST, captions of the garment and its brightness, pattern and width; text→image only)
 * @param joint {@code jointSteps} (default 300): the training of the joint image–caption embedding
 *     behind text→image's {@code r-precision}; its other settings are {@link
 *     JointEmbedding.Settings#DEFAULT}'s, independent of the run's seed so that runs share it
 */
record PairingSettings(String source, String target, String encoder, int embedding, boolean fineTuneEncoder, double fineTuneRate,
        PretrainedEncoder.Settings encoderTraining, PairingOptions pairing, int limit, CaptionScheme dataset,
        JointEmbedding.Settings joint) {

    /** The options this source reads. */
    static final List<String> OPTIONS = List.of("source", "target", "encoder", "embedding", "fineTuneEncoder",
            "fineTuneRate", "encoderSteps", "encoderBatchSize", "encoderLearningRate", "matchingAware", "interpolation",
            "beta", "sameClassMismatch", "limit", "dataset", "jointSteps");

    /** The directions implemented so far, as {@code source->target}. */
    static final List<String> DIRECTIONS = List.of("text->image", "audio->image", "image->audio", "image->text");

    /**
     * @param options {@code data.options}
     * @param seed the run's seed (also the encoder's)
     * @return the settings
     * @throws ConfigException naming the field for an unknown option, a value out of range or a
     *     direction not implemented
     */
    static PairingSettings parse(Options options, long seed) {
        options.requireOnly(OPTIONS);
        String source = options.getString("source", "text");
        String target = options.getString("target", "image");
        if (source.equals(target)) {
            throw new ConfigException("data.options.source = '" + source + "' is invalid: it must differ from"
                    + " data.options.target");
        }
        String direction = source + "->" + target;
        if (!DIRECTIONS.contains(direction)) {
            throw new ConfigException("data.options.source/target = " + direction + " is not available in"
                    + " multimodal-digits yet; available: " + DIRECTIONS);
        }
        String datasetName = options.getString("dataset", CaptionScheme.DIGITS.optionName());
        CaptionScheme dataset;
        try {
            dataset = CaptionScheme.named(datasetName);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("data.options.dataset = '" + datasetName + "' is invalid: " + e.getMessage(), e);
        }
        if (dataset != CaptionScheme.DIGITS && !direction.equals("text->image")) {
            throw new ConfigException("data.options.dataset = '" + datasetName + "' is invalid for " + direction
                    + ": only text->image is built for it; use dataset '" + CaptionScheme.DIGITS.optionName() + "'");
        }
        boolean matchingAware = options.getBoolean("matchingAware", true);
        double sameClassMismatch = options.getDouble("sameClassMismatch", 0, 0, 1);
        if (sameClassMismatch > 0 && (!matchingAware || source.equals(SpokenDigitClips.MODALITY))) {
            throw new ConfigException("data.options.sameClassMismatch = " + sameClassMismatch + " is invalid: it needs"
                    + " matchingAware true and a source with attributes (text or image, not " + source + "); set it to 0");
        }
        String encoder = options.getString("encoder", defaultEncoder(source));
        if (encoder.equals(EvaluatorEncoder.NAME) && source.equals(MultimodalDigits.TEXT)) {
            throw new ConfigException("data.options.encoder = '" + encoder + "' is invalid for the text source: only"
                    + " the audio and image sources have an evaluator; use '" + defaultEncoder(source) + "'");
        }
        boolean fineTune = options.getBoolean("fineTuneEncoder", false);
        if (fineTune && encoder.equals(EvaluatorEncoder.NAME)) {
            throw new ConfigException("data.options.fineTuneEncoder = true is invalid with encoder '" + encoder
                    + "': the cached evaluator stays frozen; fine-tune a pretrained encoder (encoder: "
                    + defaultEncoder(source) + ") or set fineTuneEncoder: false");
        }
        return new PairingSettings(source, target, encoder,
                options.getInt("embedding", 64, 1, 4096), fineTune, options.getDouble("fineTuneRate", 0.1, 1e-6, 1),
                new PretrainedEncoder.Settings(options.getInt("encoderSteps", 300, 1, 1_000_000),
                        options.getInt("encoderBatchSize", 64, 1, 4096),
                        (float) options.getDouble("encoderLearningRate", 1e-3, 1e-6, 1), seed),
                new PairingOptions(matchingAware, options.getDouble("interpolation", 0.25, 0, 1),
                        options.getDouble("beta", 0.5, 0, 1), sameClassMismatch),
                options.getInt("limit", 0, 0, Integer.MAX_VALUE), dataset, joint(options.getInt("jointSteps",
                        JointEmbedding.Settings.DEFAULT.steps(), 1, 1_000_000)));
    }

    private static JointEmbedding.Settings joint(int steps) {
        JointEmbedding.Settings d = JointEmbedding.Settings.DEFAULT;
        return new JointEmbedding.Settings(d.encoderWidth(), d.width(), steps, d.batchSize(), d.learningRate(),
                d.temperature(), d.seed());
    }

    private static String defaultEncoder(String source) {
        return switch (source) {
            case SpokenDigitClips.MODALITY -> "wavegan";
            case MultimodalDigits.IMAGE -> "dcgan";
            default -> "relgan";
        };
    }

    /** @return whether the generated samples are spoken digits */
    boolean audioTarget() {
        return target.equals(SpokenDigitClips.MODALITY);
    }

    /** @return whether the generated modality is text (captions of the source) */
    boolean targetIsText() {
        return target.equals(MultimodalDigits.TEXT);
    }
}
