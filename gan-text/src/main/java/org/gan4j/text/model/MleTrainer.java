package org.gan4j.text.model;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.util.function.Consumer;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.data.RealBatch;
import org.gan4j.core.optim.AdamOptimizer;
import org.gan4j.text.data.TokenSequences;

/**
 * Maximum-likelihood (teacher-forced) training of an {@link LstmLanguageModel}: Adam on the mean
 * per-token negative log-likelihood of seeded batches, each step on its own sub-manager. A
 * conditional model trains on a conditioned data source's batches: one-hot sequences with the
 * embeddings they belong to (e.g. captions with their images' embeddings).
 */
public final class MleTrainer {

    private final LstmLanguageModel model;
    private final MleSettings settings;

    /**
     * @param model an initialized language model
     * @param settings steps, batch size, learning rate
     */
    public MleTrainer(LstmLanguageModel model, MleSettings settings) {
        this.model = model;
        this.settings = settings;
    }

    /**
     * Trains for {@link MleSettings#steps()} steps.
     *
     * @param data the training sequences
     * @param manager owner of the optimizer state for the duration of the call
     * @param seed the batch-order seed
     * @param progress receives a line every {@code max(1, steps/10)} steps
     * @return the mean training NLL of the last step, in nats per token
     */
    public float train(TokenSequences data, NDManager manager, long seed, Consumer<String> progress) {
        TokenSequences.Batches batches = data.batches(seed);
        return train((scope, step) -> new NDList(batches.get(scope, step, settings.batchSize())), manager, progress);
    }

    /**
     * Trains a conditional model for {@link MleSettings#steps()} steps on batch 0, 1, … of a
     * conditioned source: the tokens are the argmax of each one-hot sample, the condition the
     * batch's own (right) conditions.
     *
     * @param data conditioned one-hot sequences (length, vocabulary)
     * @param manager owner of the optimizer state for the duration of the call
     * @param progress receives a line every {@code max(1, steps/10)} steps
     * @return the mean training NLL of the last step, in nats per token
     * @throws IllegalArgumentException if the data are unconditioned
     */
    public float train(DataSource data, NDManager manager, Consumer<String> progress) {
        if (!data.condition().isConditional()) {
            throw new IllegalArgumentException("conditional MLE needs conditioned data, not " + data.condition());
        }
        return train((scope, step) -> {
            RealBatch batch = data.batch(scope, step, settings.batchSize());
            return new NDList(batch.samples().argMax(-1), batch.conditions());
        }, manager, progress);
    }

    /** Step {@code step}'s tokens, and their condition if any, on {@code scope}. */
    private interface Batches {
        NDList get(NDManager scope, long step);
    }

    private float train(Batches batches, NDManager manager, Consumer<String> progress) {
        float last = Float.NaN;
        long report = Math.max(1, settings.steps() / 10);
        try (NDManager state = manager.newSubManager();
                AdamOptimizer adam = new AdamOptimizer(state, model.getParameters(), settings.learningRate(), 0.9f, 0.999f, 1e-8f)) {
            for (long step = 0; step < settings.steps(); step++) {
                try (NDManager scope = state.newSubManager()) {
                    NDList batch = batches.get(scope, step);
                    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                        NDArray loss = (batch.size() == 1 ? model.tokenNll(batch.head())
                                : model.tokenNll(batch.head(), batch.get(1))).mean();
                        collector.backward(loss);
                        last = loss.getFloat();
                    }
                    adam.step();
                }
                if ((step + 1) % report == 0) {
                    progress.accept(String.format("mle step %d/%d: nll %.4f", step + 1, settings.steps(), last));
                }
            }
        }
        return last;
    }
}
