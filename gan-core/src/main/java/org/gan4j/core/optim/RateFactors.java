package org.gan4j.core.optim;

import java.util.Map;

/**
 * A network some of whose parameters learn at a fraction of its learning rate, such as a pretrained
 * encoder being fine-tuned inside it. The trainer hands the factors to the network's optimizer.
 */
public interface RateFactors {

    /** @return each such parameter's path in the network's parameter list, with its factor in (0, 1] */
    Map<String, Float> rateFactors();
}
