package org.gan4j.core.testing;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Set;
import org.gan4j.core.loss.Losses;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.model.LatentPrior;
import org.gan4j.core.nn.Mlp;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.TrainerSettings;

/** Test fixture: a small MLP GAN on {@link TwoGaussians}, shared by gan-core's tests. */
public final class ToyGan {

    private ToyGan() {}

    /** @return the MLP GAN for 1-D samples */
    public static GanModel model() {
        return new GanModel("toy-mlp", () -> Mlp.of(16, 2, 1), Mlp.of(16, 2, 1),
                new LatentPrior(LatentPrior.Kind.NORMAL, 4), ConditionSpec.NONE, new Shape(1));
    }

    /** @return settings with the given seed and EMA on */
    public static TrainerSettings settings(long seed) {
        return TrainerSettings.builder().batchSize(32).nCritic(2).learningRates(1e-3, 1e-3).emaDecay(0.99)
                .seed(seed).build();
    }

    /**
     * @param manager the parent manager
     * @param seed the run seed
     * @param poisoned batches that come out NaN once
     * @return a trainer of the toy GAN
     */
    public static GanTrainer trainer(NDManager manager, long seed, Set<Long> poisoned) {
        return new GanTrainer(model(), new TwoGaussians(seed, poisoned), Losses.create("non-saturating", 0f),
                settings(seed), manager);
    }
}
