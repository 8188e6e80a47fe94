package org.gan4j.core.loss;

import ai.djl.ndarray.NDArray;
import org.gan4j.core.nn.Scalars;

/**
 * The matching-aware discriminator loss of GAN-CLS (Reed et al. 2016) over any adversarial loss:
 * the discriminator must call a real sample with the right condition real, and both a fake with
 * the right condition and a real sample with a wrong condition fake:
 *
 * <pre>L_D = ½ · loss(real/right, fake/right) + ½ · loss(real/right, real/wrong)</pre>
 *
 * <p>For the non-saturating loss this is {@code softplus(−s_r) + ½ softplus(s_f) + ½ softplus(s_w)},
 * Reed et al.'s form. The wrong conditions must come from another class than the sample's (a
 * batch shifted by one gives true matches by chance); see
 * {@link org.gan4j.core.condition.MismatchedPartners}.
 */
public final class MatchingAwareLoss {

    private MatchingAwareLoss() {}

    /**
     * @param loss the adversarial loss
     * @param realRight discriminator outputs on real samples with their own conditions
     * @param fakeRight outputs on generated samples with the conditions they were made from
     * @param realWrong outputs on real samples with conditions of another class
     * @return the scalar to minimise
     */
    public static NDArray discriminatorLoss(GanLoss loss, NDArray realRight, NDArray fakeRight, NDArray realWrong) {
        return Scalars.times(loss.discriminatorLoss(realRight, fakeRight).add(loss.discriminatorLoss(realRight, realWrong)), 0.5);
    }
}
