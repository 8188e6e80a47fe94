package org.gan4j.core.export;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import org.gan4j.core.model.ConditionSpec;

/**
 * The DJL translator of an exported generator: {@link GeneratorInput} (z and condition) in, one
 * decoded sample out. Inputs are stacked into batches by DJL, so {@code Predictor.batchPredict}
 * runs the generator once per batch.
 *
 * @param <O> the decoded sample type
 */
public final class GeneratorTranslator<O> implements Translator<GeneratorInput, O> {

    private final GeneratorCard card;
    private final SampleDecoder<O> decoder;

    /**
     * @param card the exported generator's card
     * @param decoder how to decode a sample
     */
    public GeneratorTranslator(GeneratorCard card, SampleDecoder<O> decoder) {
        this.card = card;
        this.decoder = decoder;
    }

    /**
     * @throws IllegalArgumentException if z has the wrong length, or the condition is missing,
     *     superfluous or out of range
     */
    @Override
    public NDList processInput(TranslatorContext ctx, GeneratorInput input) {
        NDManager manager = ctx.getNDManager();
        NDArray z;
        if (input.z() == null) {
            z = card.latentPrior().sample(manager, 1).squeeze(0);
        } else if (input.z().length != card.latentDim()) {
            throw new IllegalArgumentException("z has " + input.z().length + " values but generator '" + card.name()
                    + "' takes a latent code of " + card.latentDim());
        } else {
            z = manager.create(input.z());
        }
        ConditionSpec c = card.conditionSpec();
        return switch (c.kind()) {
            case NONE -> {
                if (input.label() != null || input.embedding() != null) {
                    throw new IllegalArgumentException("generator '" + card.name() + "' is unconditional; give no condition");
                }
                yield new NDList(z);
            }
            case CLASS_LABEL -> {
                Long label = input.label();
                if (label == null || label < 0 || label >= c.size()) {
                    throw new IllegalArgumentException("generator '" + card.name() + "' needs a class label in [0, "
                            + (c.size() - 1) + "], got " + label);
                }
                yield new NDList(z, manager.create((long) label));
            }
            case EMBEDDING -> {
                float[] e = input.embedding();
                if (e == null || e.length != c.size()) {
                    throw new IllegalArgumentException("generator '" + card.name() + "' needs a condition embedding of "
                            + c.size() + " values, got " + (e == null ? "none" : e.length));
                }
                yield new NDList(z, manager.create(e));
            }
        };
    }

    @Override
    public O processOutput(TranslatorContext ctx, NDList list) {
        return decoder.decode(list.head());
    }
}
