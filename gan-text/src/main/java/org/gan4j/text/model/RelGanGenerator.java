package org.gan4j.text.model;

import ai.djl.ndarray.NDList;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.gan4j.core.train.ScheduledBlock;

/**
 * RelGAN's generator (Nie et al., 2019) with an LSTM core: emits Gumbel-softmax relaxed one-hot
 * sequences whose inverse temperature β is annealed exponentially, {@code β(n) = βmax^(n/N)} for
 * step n of N, then held at βmax. Gradients reach the model through the discriminator.
 */
public final class RelGanGenerator extends SequenceGenerator implements ScheduledBlock {

    private final float maxInverseTemperature;
    private final long annealSteps;

    /**
     * @param languageModel the model
     * @param pretraining the MLE phase
     * @param maxInverseTemperature βmax ≥ 1
     * @param annealSteps N, the steps over which β rises from 1 to βmax
     */
    public RelGanGenerator(LstmLanguageModel languageModel, MleSettings pretraining, float maxInverseTemperature,
            long annealSteps) {
        super(languageModel, pretraining);
        if (!(maxInverseTemperature >= 1) || annealSteps < 1) {
            throw new IllegalArgumentException("RelGAN needs betaMax ≥ 1 and annealSteps ≥ 1; got " + maxInverseTemperature
                    + ", " + annealSteps);
        }
        this.maxInverseTemperature = maxInverseTemperature;
        this.annealSteps = annealSteps;
    }

    /**
     * @param step a step number
     * @return β at that step
     */
    public float inverseTemperatureAt(long step) {
        double fraction = Math.min(1.0, (double) step / annealSteps);
        return (float) Math.pow(maxInverseTemperature, fraction);
    }

    @Override
    public void beforeStep(long step) {
        languageModel.setInverseTemperature(inverseTemperatureAt(step));
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        return languageModel.forward(parameterStore, inputs, training, params);
    }
}
