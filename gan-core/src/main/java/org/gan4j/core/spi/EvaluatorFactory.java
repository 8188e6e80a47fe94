package org.gan4j.core.spi;

import java.io.IOException;
import org.gan4j.core.data.DataSource;

/** Creates a modality's evaluator for a data source. */
public interface EvaluatorFactory {

    /**
     * Creates an evaluator.
     *
     * @param heldOut real data the generator never trained on, for references
     * @param request the data request the training data was opened with
     * @return the evaluator
     * @throws IOException if a trained evaluator model cannot be read or made
     */
    Evaluator create(DataSource heldOut, DataRequest request) throws IOException;
}
