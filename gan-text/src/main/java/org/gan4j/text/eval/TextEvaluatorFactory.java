package org.gan4j.text.eval;

import java.util.function.Supplier;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.spi.DataRequest;
import org.gan4j.core.spi.Evaluator;
import org.gan4j.core.spi.EvaluatorFactory;
import org.gan4j.text.data.TextDataSource;

/**
 * Creates {@link TextEvaluator}s. The real BLEU reference scores {@value #REFERENCE_SENTENCES}
 * sentences of the training split the modality opened last.
 */
public final class TextEvaluatorFactory implements EvaluatorFactory {

    /** How many training sentences the real BLEU reference scores. */
    public static final int REFERENCE_SENTENCES = 1000;

    private final Supplier<TextDataSource> train;

    /** @param train the training split the run opened (may supply {@code null} before one is opened) */
    public TextEvaluatorFactory(Supplier<TextDataSource> train) {
        this.train = train;
    }

    @Override
    public Evaluator create(DataSource heldOut, DataRequest request) {
        if (!(heldOut instanceof TextDataSource text)) {
            throw new IllegalArgumentException("the text evaluator needs text data, not " + heldOut.getClass().getName());
        }
        TextDataSource trainSplit = train.get();
        if (trainSplit == null) {
            throw new IllegalStateException("open the training split of a text data source before creating its evaluator");
        }
        return new TextEvaluator(text, new RealReference(trainSplit, text, REFERENCE_SENTENCES));
    }
}
