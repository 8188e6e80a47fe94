package org.gan4j.text.model;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.util.function.Consumer;
import org.gan4j.core.optim.AdamOptimizer;
import org.gan4j.text.data.TokenSequences;

/**
 * Maximum-likelihood (teacher-forced) training of an {@link LstmLanguageModel}: Adam on the mean
 * per-token negative log-likelihood of seeded batches, each step on its own sub-manager.
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
        float last = Float.NaN;
        long report = Math.max(1, settings.steps() / 10);
        try (NDManager state = manager.newSubManager();
                AdamOptimizer adam = new AdamOptimizer(state, model.getParameters(), settings.learningRate(), 0.9f, 0.999f, 1e-8f)) {
            for (long step = 0; step < settings.steps(); step++) {
                try (NDManager scope = state.newSubManager()) {
                    NDArray tokens = batches.get(scope, step, settings.batchSize());
                    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                        NDArray loss = model.tokenNll(tokens).mean();
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
