package org.gan4j.core.condition;

import java.util.Optional;
import org.gan4j.core.data.DataSource;

/**
 * A data source whose conditions can come from a fine-tuned encoder: when it has one, its
 * conditions are raw source samples (rows of {@link FineTunedEncoder#inputWidth()} values), and
 * the training job builds the model for the encoder's embeddings and {@linkplain
 * FineTunedEncoder#wrap wraps} it.
 */
public interface FineTunableSource extends DataSource {

    /** @return the encoder to fine-tune, or empty when the conditions are frozen embeddings */
    Optional<FineTunedEncoder> fineTunedEncoder();
}
