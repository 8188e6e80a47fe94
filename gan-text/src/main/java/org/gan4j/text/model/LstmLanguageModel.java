package org.gan4j.text.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;
import org.gan4j.core.nn.Scalars;

/**
 * A one-layer LSTM language model over fixed-length token sequences: the SeqGAN oracle, the MLE
 * and SeqGAN generator, and the RelGAN generator.
 *
 * <p>Position 0 is predicted from the start token; each later position from the previous token.
 * The cell is written from linear maps ({@code gates = W_x e(x) + W_h h + b}, order input, forget,
 * candidate, output), so sampling step by step needs nothing from DJL's recurrent blocks. All
 * weights live in {@link #initialize}d parameters drawn from N(0, std²) (the SeqGAN oracle uses
 * std 1).
 *
 * <p>As a {@link ai.djl.nn.Block} it is a RelGAN generator: it maps {@code NDList(z)} to Gumbel-
 * softmax relaxed one-hot sequences (B, length, vocabulary) with inverse temperature {@link
 * #setInverseTemperature}; the next input is the hard token {@code argmax(o + g)}, an exact sample
 * of softmax(o), so {@code argmax} over the output's last axis gives the sampled tokens. The values
 * of z are not used (only its batch size): the randomness is the Gumbel noise, as in RelGAN, which
 * keeps the model's likelihood tractable for NLL metrics.
 *
 * <p>Conditioned on embeddings (B, {@code conditionDim}) when built with {@code conditionDim > 0}:
 * the condition sets the initial state through a linear map ({@code [h0; c0] = W_s e + b_s}, h0
 * through tanh) and is concatenated to every step's input (written as the extra gate term {@code
 * W_c e}). Its inputs are then {@code NDList(z, e)}; an unconditional model (the default) has none
 * of these parameters and computes exactly what it did before.
 *
 * <p>Results of operations belong to the first operand's manager, so every computation starts
 * from a per-step array, never from a parameter.
 */
public final class LstmLanguageModel extends AbstractBlock {

    private static final byte VERSION = 1;
    private static final float UNIFORM_FLOOR = 1e-10f;

    private final int vocabulary;
    private final int length;
    private final int hidden;
    private final int startToken;
    private final Parameter embeddingWeight;
    private final Parameter inputWeight;
    private final Parameter hiddenWeight;
    private final Parameter gateBias;
    private final Parameter outputWeight;
    private final Parameter outputBias;
    private final int conditionDim;
    private final Parameter conditionGateWeight;
    private final Parameter initialStateWeight;
    private final Parameter initialStateBias;
    private float inverseTemperature = 1f;

    /**
     * @param vocabulary the number of token ids
     * @param length the sequence length
     * @param embedding the token embedding width
     * @param hidden the LSTM state width
     * @param startToken the token id fed before position 0
     * @param std the standard deviation of the normal initialization of every weight and bias
     */
    public LstmLanguageModel(int vocabulary, int length, int embedding, int hidden, int startToken, float std) {
        this(vocabulary, length, embedding, hidden, startToken, std, 0);
    }

    /**
     * @param vocabulary the number of token ids
     * @param length the sequence length
     * @param embedding the token embedding width
     * @param hidden the LSTM state width
     * @param startToken the token id fed before position 0
     * @param std the standard deviation of the normal initialization of every weight and bias
     * @param conditionDim the width of the embeddings the model is conditioned on, 0 for none
     */
    @SuppressWarnings("this-escape")
    public LstmLanguageModel(int vocabulary, int length, int embedding, int hidden, int startToken, float std,
            int conditionDim) {
        super(VERSION);
        if (vocabulary < 2 || length < 1 || embedding < 1 || hidden < 1 || conditionDim < 0) {
            throw new IllegalArgumentException("LSTM language model needs vocabulary ≥ 2, length, embedding and hidden ≥ 1;"
                    + " got " + vocabulary + ", " + length + ", " + embedding + ", " + hidden + " (condition width " + conditionDim
                    + ", ≥ 0)");
        }
        if (startToken < 0 || startToken >= vocabulary) {
            throw new IllegalArgumentException("start token " + startToken + " is outside the vocabulary [0, " + vocabulary + ")");
        }
        this.vocabulary = vocabulary;
        this.length = length;
        this.hidden = hidden;
        this.startToken = startToken;
        embeddingWeight = parameter("embedding", Parameter.Type.WEIGHT, new Shape(embedding, vocabulary));
        inputWeight = parameter("inputWeight", Parameter.Type.WEIGHT, new Shape(4L * hidden, embedding));
        hiddenWeight = parameter("hiddenWeight", Parameter.Type.WEIGHT, new Shape(4L * hidden, hidden));
        gateBias = parameter("gateBias", Parameter.Type.BIAS, new Shape(4L * hidden));
        outputWeight = parameter("outputWeight", Parameter.Type.WEIGHT, new Shape(vocabulary, hidden));
        outputBias = parameter("outputBias", Parameter.Type.BIAS, new Shape(vocabulary));
        this.conditionDim = conditionDim;
        boolean conditional = conditionDim > 0;
        conditionGateWeight = conditional
                ? parameter("conditionGateWeight", Parameter.Type.WEIGHT, new Shape(4L * hidden, conditionDim)) : null;
        initialStateWeight = conditional
                ? parameter("initialStateWeight", Parameter.Type.WEIGHT, new Shape(2L * hidden, conditionDim)) : null;
        initialStateBias = conditional
                ? parameter("initialStateBias", Parameter.Type.BIAS, new Shape(2L * hidden)) : null;
        setInitializer(new NormalInitializer(std), Parameter.Type.WEIGHT);
        setInitializer(new NormalInitializer(std), Parameter.Type.BIAS);
    }

    private Parameter parameter(String name, Parameter.Type type, Shape shape) {
        return addParameter(Parameter.builder().setName(name).setType(type).optShape(shape).build());
    }

    /** @return the number of token ids */
    public int vocabulary() {
        return vocabulary;
    }

    /** @return the sequence length */
    public int length() {
        return length;
    }

    /** @return the width of the embeddings the model is conditioned on, 0 if unconditional */
    public int conditionDim() {
        return conditionDim;
    }

    /** @return the token fed before position 0 */
    public int startToken() {
        return startToken;
    }

    /**
     * Sets the Gumbel-softmax inverse temperature β of the relaxed outputs (RelGAN anneals it
     * upwards from 1).
     *
     * @param beta β &gt; 0
     */
    public void setInverseTemperature(float beta) {
        if (!(beta > 0)) {
            throw new IllegalArgumentException("inverse temperature " + beta + " must be > 0");
        }
        inverseTemperature = beta;
    }

    /** @return the current inverse temperature */
    public float inverseTemperature() {
        return inverseTemperature;
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray z = inputs.head();
        NDManager manager = z.getManager();
        int batch = (int) z.getShape().get(0);
        Cell cell = new Cell(parameterStore, training, manager, batch, inputs.size() > 1 ? inputs.get(1) : null);
        NDArray token = startTokens(manager, batch);
        List<NDArray> outputs = new ArrayList<>(length);
        for (int t = 0; t < length; t++) {
            try (NDManager scope = manager.newSubManager()) {
                NDArray logits = cell.step(scope, token);
                NDArray perturbed = logits.add(gumbel(scope, logits.getShape()));
                NDArray relaxed = Scalars.times(perturbed, inverseTemperature).softmax(-1);
                token = perturbed.argMax(-1).stopGradient();
                relaxed.attach(manager);
                token.attach(manager);
                outputs.add(relaxed);
            }
        }
        return new NDList(stackAndRelease(outputs));
    }

    /**
     * Stacks per-token arrays along axis 1 and closes them: the stack is a copy, and an autograd
     * graph keeps its own references to what its backward pass needs.
     */
    private static NDArray stackAndRelease(List<NDArray> perToken) {
        NDArray stacked = NDArrays.stack(new NDList(perToken), 1);
        perToken.forEach(NDArray::close);
        return stacked;
    }

    /**
     * Teacher-forced next-token logits.
     *
     * @param tokens token ids (B, length), any integer type
     * @return logits (B, length, vocabulary); position t is conditioned on tokens before t
     */
    public NDArray logits(NDArray tokens) {
        return logits(tokens, null);
    }

    /**
     * Teacher-forced next-token logits given a condition.
     *
     * @param tokens token ids (B, length), any integer type
     * @param condition embeddings (B, conditionDim), or null for an unconditional model
     * @return logits (B, length, vocabulary); position t is conditioned on tokens before t
     */
    public NDArray logits(NDArray tokens, NDArray condition) {
        NDManager manager = tokens.getManager();
        int batch = (int) tokens.getShape().get(0);
        NDArray ids = tokens.toType(DataType.INT64, false);
        Cell cell = new Cell(null, true, manager, batch, condition);
        NDArray previous = startTokens(manager, batch);
        List<NDArray> outputs = new ArrayList<>(length);
        for (int t = 0; t < length; t++) {
            try (NDManager scope = manager.newSubManager()) {
                NDArray logits = cell.step(scope, previous);
                logits.attach(manager);
                outputs.add(logits);
            }
            previous = ids.get(new NDIndex(":, {}", t));
        }
        return stackAndRelease(outputs);
    }

    /**
     * The mean per-token negative log-likelihood of each sequence, in nats.
     *
     * @param tokens token ids (B, length)
     * @return (B) values of {@code -(1/length) Σ_t log p(x_t | x_<t)}
     */
    public NDArray tokenNll(NDArray tokens) {
        return tokenNll(tokens, 1f);
    }

    /**
     * The mean per-token negative log-likelihood of each sequence given its condition.
     *
     * @param tokens token ids (B, length)
     * @param condition embeddings (B, conditionDim), or null for an unconditional model
     * @return (B) values of {@code -(1/length) Σ_t log p(x_t | x_<t, e)}
     */
    public NDArray tokenNll(NDArray tokens, NDArray condition) {
        return tokenNll(logits(tokens, condition), tokens, 1f);
    }

    /**
     * The mean per-token negative log-likelihood under the model sampled at a temperature, whose
     * next-token distributions are {@code softmax(logits / temperature)}.
     *
     * @param tokens token ids (B, length)
     * @param temperature the softmax temperature
     * @return (B) values of {@code -(1/length) Σ_t log p_T(x_t | x_<t)}
     */
    public NDArray tokenNll(NDArray tokens, float temperature) {
        return tokenNll(logits(tokens), tokens, temperature);
    }

    private NDArray tokenNll(NDArray logits, NDArray tokens, float temperature) {
        NDArray logProbabilities = Scalars.divide(logits, temperature).logSoftmax(-1);
        NDArray picked = logProbabilities.mul(tokens.toType(DataType.INT64, false).oneHot(vocabulary)).sum(new int[] {2});
        return picked.mean(new int[] {1}).neg();
    }

    /**
     * Samples sequences at a softmax temperature (no gradient is recorded outside a collector).
     *
     * @param manager the owner of the result (a per-step manager)
     * @param count how many sequences
     * @param temperature the softmax temperature (1 samples the model itself)
     * @return token ids (count, length), INT64
     */
    public NDArray sample(NDManager manager, int count, float temperature) {
        return complete(manager.zeros(new Shape(count, length), DataType.INT64), 0, temperature);
    }

    /**
     * Keeps the first {@code given} tokens of each sequence and samples the rest (SeqGAN's Monte
     * Carlo rollout).
     *
     * @param prefixes token ids (B, length); positions from {@code given} on are ignored
     * @param given how many leading tokens to keep, 0 to length
     * @param temperature the softmax temperature
     * @return token ids (B, length), INT64, on the prefixes' manager
     */
    public NDArray complete(NDArray prefixes, int given, float temperature) {
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("sampling temperature " + temperature + " must be > 0");
        }
        NDManager manager = prefixes.getManager();
        int batch = (int) prefixes.getShape().get(0);
        NDArray ids = prefixes.toType(DataType.INT64, false);
        Cell cell = new Cell(null, true, manager, batch, null);
        NDArray token = startTokens(manager, batch);
        List<NDArray> tokens = new ArrayList<>(length);
        for (int t = 0; t < length; t++) {
            try (NDManager scope = manager.newSubManager()) {
                NDArray logits = cell.step(scope, token);
                if (t < given) {
                    token = ids.get(new NDIndex(":, {}", t));
                } else {
                    token = logits.div(temperature).add(gumbel(scope, logits.getShape())).argMax(-1);
                    token.attach(manager);
                }
            }
            tokens.add(token);
        }
        return stackAndRelease(tokens);
    }

    private NDArray startTokens(NDManager manager, int batch) {
        return manager.full(new Shape(batch), startToken, DataType.INT64);
    }

    /** Standard Gumbel noise {@code -log(-log u)}, u uniform, from the engine's seeded generator. */
    private static NDArray gumbel(NDManager manager, Shape shape) {
        return manager.randomUniform(UNIFORM_FLOOR, 1f, shape).log().neg().log().neg();
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), length, vocabulary)};
    }

    /**
     * The recurrent state of one batch, advanced one token at a time. Its weights come from the
     * parameter store of a forward pass (a data-parallel replica's copies, for instance), or are the
     * parameters' own arrays when there is none.
     */
    private final class Cell {
        private final ParameterStore store;
        private final boolean training;
        private final NDManager owner;
        private final NDArray wEmbedding;
        private final NDArray wInput;
        private final NDArray wHidden;
        private final NDArray bias;
        private final NDArray wOutput;
        private final NDArray bOutput;
        private final NDArray conditionGates;
        private NDArray h;
        private NDArray c;

        /** The initial state: zeros, or set by the condition (B, conditionDim) of a conditional model. */
        Cell(ParameterStore store, boolean training, NDManager manager, int batch, NDArray condition) {
            this.store = store;
            this.training = training;
            owner = manager;
            wEmbedding = value(embeddingWeight);
            wInput = value(inputWeight);
            wHidden = value(hiddenWeight);
            bias = value(gateBias);
            wOutput = value(outputWeight);
            bOutput = value(outputBias);
            if ((condition != null) != (conditionDim > 0)) {
                throw new IllegalArgumentException(conditionDim > 0
                        ? "this language model is conditioned on embeddings of width " + conditionDim
                                + " but no condition was given; pass NDList(z, condition)"
                        : "this language model is unconditional but a condition of shape " + condition.getShape()
                                + " was given");
            }
            if (condition == null) {
                conditionGates = null;
                h = manager.zeros(new Shape(batch, hidden));
                c = manager.zeros(new Shape(batch, hidden));
                return;
            }
            if (condition.getShape().dimension() != 2 || condition.getShape().get(0) != batch
                    || condition.getShape().get(1) != conditionDim) {
                throw new IllegalArgumentException("the condition has shape " + condition.getShape() + " but this"
                        + " language model needs (" + batch + ", " + conditionDim + ")");
            }
            NDList state = Linear.linear(condition, value(initialStateWeight), value(initialStateBias))
                    .singletonOrThrow().split(2, 1);
            h = state.get(0).tanh();
            c = state.get(1);
            conditionGates = Linear.linear(condition, value(conditionGateWeight), null).singletonOrThrow();
        }

        private NDArray value(Parameter parameter) {
            return store == null ? parameter.getArray() : store.getValue(parameter, owner.getDevice(), training);
        }

        /**
         * Feeds tokens (B) and returns the next-token logits (B, vocabulary) on {@code scope}, a
         * per-token manager: the step's intermediates and the previous state are released with it,
         * the new state moves to the cell's manager, and the tokens return to their own.
         */
        NDArray step(NDManager scope, NDArray tokens) {
            tokens.tempAttach(scope);
            h.attach(scope);
            c.attach(scope);
            NDArray x = Linear.linear(tokens.oneHot(vocabulary), wEmbedding, null).singletonOrThrow();
            NDArray gates = Linear.linear(x, wInput, bias).singletonOrThrow()
                    .add(Linear.linear(h, wHidden, null).singletonOrThrow());
            if (conditionGates != null) {
                gates = gates.add(conditionGates);
            }
            NDList split = gates.split(4, 1);
            NDArray forget = sigmoid(split.get(1));
            NDArray candidate = split.get(2).tanh();
            NDArray output = sigmoid(split.get(3));
            c = forget.mul(c).add(sigmoid(split.get(0)).mul(candidate));
            h = output.mul(c.tanh());
            NDArray logits = Linear.linear(h, wOutput, bOutput).singletonOrThrow();
            h.attach(owner);
            c.attach(owner);
            return logits;
        }
    }

    private static NDArray sigmoid(NDArray x) {
        return Activation.sigmoid(x);
    }
}
