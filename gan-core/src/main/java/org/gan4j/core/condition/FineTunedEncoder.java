package org.gan4j.core.condition;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import java.util.function.Supplier;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.nn.PenalizedGenerator;
import org.gan4j.core.train.PolicyGradientGenerator;
import org.gan4j.core.train.PretrainedGenerator;

/**
 * A pretrained condition encoder that keeps learning inside the GAN. The data's conditions are
 * then raw source samples, one flattened row each, and {@link #wrap} puts a trainable copy of the
 * encoder in front of the generator and another in front of the discriminator: each starts from
 * the pretrained weights, standardises its output as the frozen embeddings are standardised, and
 * is updated by its network's optimizer at a fraction of the network's learning rate.
 */
public final class FineTunedEncoder {

    private final Supplier<Block> architecture;
    private final byte[] weights;
    private final Shape sampleShape;
    private final int dim;
    private final EmbeddingScale scale;
    private final float rate;

    /**
     * @param architecture builds an uninitialized encoder of the pretrained one's architecture
     * @param weights the pretrained encoder's parameters ({@link PretrainedEncoder#weights()})
     * @param sampleShape the shape of one source sample
     * @param dim the encoder's embedding width
     * @param scale the standardisation fitted on the pretrained encoder's training embeddings
     * @param rate the copies' learning rate as a fraction of their network's, in (0, 1]
     */
    public FineTunedEncoder(Supplier<Block> architecture, byte[] weights, Shape sampleShape, int dim,
            EmbeddingScale scale, float rate) {
        if (!(rate > 0f && rate <= 1f)) {
            throw new IllegalArgumentException("the fine-tuned encoder's learning-rate factor " + rate
                    + " must be in (0, 1]");
        }
        if (scale.dim() != dim) {
            throw new IllegalArgumentException("the embedding scale has width " + scale.dim() + " but the encoder's"
                    + " embeddings have width " + dim);
        }
        this.architecture = architecture;
        this.weights = weights.clone();
        this.sampleShape = sampleShape;
        this.dim = dim;
        this.scale = scale;
        this.rate = rate;
    }

    /** @return the embedding width the wrapped networks are built for */
    public int dim() {
        return dim;
    }

    /** @return the width of one raw condition row: the source sample's size */
    public int inputWidth() {
        return Math.toIntExact(sampleShape.size());
    }

    /** @return a fresh trainable copy, which takes the pretrained weights when initialized */
    public Block newCopy() {
        return new EncoderCopy(architecture.get(), weights, sampleShape, scale);
    }

    /**
     * Puts a trainable copy of the encoder in front of each network of a model built for this
     * encoder's embeddings.
     *
     * @param model a model conditioned on embeddings of width {@link #dim()}
     * @return the model conditioned on raw rows of width {@link #inputWidth()}
     * @throws IllegalArgumentException if the model is conditioned on something else, or its
     *     generator trains itself outside the adversarial step (by maximum likelihood or policy
     *     gradient), which would leave its encoder copy untrained
     */
    public GanModel wrap(GanModel model) {
        if (!model.condition().equals(ConditionSpec.embedding(dim))) {
            throw new IllegalArgumentException("a fine-tuned encoder of embedding width " + dim + " cannot condition"
                    + " model '" + model.name() + "', which is conditioned on " + model.condition()
                    + "; build the model for the encoder's width");
        }
        Block probe = model.generatorFactory().get();
        if (probe instanceof PretrainedGenerator || probe instanceof PolicyGradientGenerator) {
            throw new IllegalArgumentException("model '" + model.name() + "' trains its generator outside the"
                    + " adversarial step (maximum likelihood or policy gradient), where a fine-tuned encoder would not"
                    + " learn; keep the encoder frozen for it");
        }
        boolean penalized = probe instanceof PenalizedGenerator;
        Supplier<Block> generator = () -> EncodedConditionNetwork.of(newCopy(), model.generatorFactory().get(), rate,
                penalized);
        return new GanModel(model.name() + "+fine-tuned-encoder", generator,
                EncodedConditionNetwork.of(newCopy(), model.discriminator(), rate, false), model.prior(),
                ConditionSpec.embedding(inputWidth()), model.sampleShape(), model.auxiliaryClassifierWeight());
    }
}
