package org.gan4j.text.model;

import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import java.util.List;
import java.util.function.Supplier;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.nn.ProjectionDiscriminator;
import org.gan4j.core.spi.Architecture;
import org.gan4j.core.spi.ModelRequest;

/**
 * The sequence GANs over one-hot token sequences (length, vocabulary): an LSTM generator
 * pretrained by MLE and a CNN discriminator, trained adversarially either through Gumbel-softmax
 * relaxation ({@code relgan}) or by policy gradient with Monte-Carlo rollouts ({@code seqgan}).
 */
public final class SequenceGanArchitecture implements Architecture {

    private static final List<Integer> WIDTHS = List.of(2, 3, 4, 5);

    /** The two ways of training. */
    public enum Kind {
        /** Gumbel-softmax with an annealed inverse temperature. */
        RELGAN,
        /** Policy gradient with Monte-Carlo rollouts. */
        SEQGAN
    }

    private final Kind kind;

    /** @param kind the adversarial training */
    public SequenceGanArchitecture(Kind kind) {
        this.kind = kind;
    }

    @Override
    public String name() {
        return kind == Kind.RELGAN ? "relgan" : "seqgan";
    }

    @Override
    public String description() {
        return kind == Kind.RELGAN
                ? "LSTM generator (MLE-pretrained) + CNN discriminator, Gumbel-softmax with annealed temperature (RelGAN)"
                : "LSTM generator (MLE-pretrained) + CNN discriminator, policy gradient with Monte-Carlo rollouts (SeqGAN)";
    }

    /**
     * {@inheritDoc}
     *
     * <p>{@code relgan} also accepts {@link ConditionSpec#embedding embedding} conditions: the
     * condition sets the LSTM's initial state and joins every step's input, and the discriminator
     * is a {@link ProjectionDiscriminator} on the CNN's pooled features, {@code logit = head(h) +
     * <W e, h>}. {@code seqgan} and class labels are refused.
     */
    @Override
    public GanModel build(ModelRequest request) {
        ConditionSpec condition = request.condition();
        boolean embedding = condition.kind() == ConditionSpec.Kind.EMBEDDING;
        if (condition.isConditional() && !(embedding && kind == Kind.RELGAN)) {
            throw new IllegalArgumentException("architecture '" + name() + "' accepts "
                    + (kind == Kind.RELGAN ? "embedding conditions only" : "no condition (use relgan for embeddings)")
                    + " but the data is conditioned on " + condition);
        }
        int length = checkedLength(request);
        int vocabulary = (int) request.sampleShape().get(1);
        SequenceGanOptions o = SequenceGanOptions.from(request.options());
        int conditionDim = embedding ? condition.size() : 0;
        Supplier<Block> generator = () -> {
            LstmLanguageModel lm = new LstmLanguageModel(vocabulary, length, o.embedding(), o.hidden(), o.startToken(),
                    o.initStd(), conditionDim);
            return kind == Kind.RELGAN
                    ? new RelGanGenerator(lm, o.pretraining(), o.betaMax(), o.annealSteps())
                    : new SeqGanGenerator(lm, o.pretraining(), o.rollouts());
        };
        Block discriminator = embedding
                ? new ProjectionDiscriminator(SequenceCnn.trunk(o.discriminatorEmbedding(), o.filters(), widths(length)),
                        Linear.builder().setUnits(1).build(),
                        Linear.builder().setUnits((long) o.filters() * widths(length).size()).optBias(false).build())
                : SequenceCnn.build(o.discriminatorEmbedding(), o.filters(), widths(length), 1);
        return new GanModel(name(), generator, discriminator, request.prior(), condition, request.sampleShape());
    }

    @Override
    public Block encoder(ModelRequest request, int embeddingDim) {
        int length = checkedLength(request);
        SequenceGanOptions o = SequenceGanOptions.from(request.options());
        return SequenceCnn.build(o.discriminatorEmbedding(), o.filters(), widths(length), embeddingDim);
    }

    private int checkedLength(ModelRequest request) {
        if (request.sampleShape().dimension() != 2) {
            throw new IllegalArgumentException("architecture '" + name() + "' needs one-hot token sequences (length, vocabulary),"
                    + " not samples of shape " + request.sampleShape());
        }
        return (int) request.sampleShape().get(0);
    }

    private static List<Integer> widths(int length) {
        return WIDTHS.stream().filter(w -> w <= length).toList();
    }
}
