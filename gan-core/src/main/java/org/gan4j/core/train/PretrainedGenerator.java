package org.gan4j.core.train;

import ai.djl.ndarray.NDManager;
import java.util.function.Consumer;
import org.gan4j.core.data.DataSource;

/**
 * A generator that is pretrained on the real data before adversarial training (e.g. a sequence
 * generator trained by maximum likelihood). A new run calls {@link GanTrainer#pretrain} once, before
 * the first checkpoint; a resumed run restores the pretrained weights from its checkpoint instead.
 */
public interface PretrainedGenerator {

    /**
     * Pretrains the (initialized) generator in place.
     *
     * @param data the real training data
     * @param manager a manager for the pretraining's long-lived arrays (optimizer state); per-step
     *     arrays belong on its sub-managers
     * @param seed the run's seed
     * @param progress receives one-line progress messages
     */
    void pretrain(DataSource data, NDManager manager, long seed, Consumer<String> progress);
}
