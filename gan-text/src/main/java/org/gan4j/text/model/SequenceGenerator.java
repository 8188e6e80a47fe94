package org.gan4j.text.model;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import java.util.function.Consumer;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.train.PretrainedGenerator;
import org.gan4j.text.data.TextDataSource;

/**
 * A sequence GAN generator around an {@link LstmLanguageModel}, pretrained by maximum likelihood
 * on the real sequences (with their conditions, for a conditional model) before adversarial
 * training. Subclasses decide what the forward pass emits
 * and how the adversarial signal reaches the model.
 */
public abstract class SequenceGenerator extends AbstractBlock implements PretrainedGenerator {

    private static final byte VERSION = 1;

    /** The language model (child block {@code lm}). */
    protected final LstmLanguageModel languageModel;
    private final MleSettings pretraining;

    /**
     * @param languageModel the model to train
     * @param pretraining the MLE phase (0 steps for none)
     */
    @SuppressWarnings("this-escape")
    protected SequenceGenerator(LstmLanguageModel languageModel, MleSettings pretraining) {
        super(VERSION);
        this.languageModel = addChildBlock("lm", languageModel);
        this.pretraining = pretraining;
    }

    /** @return the language model, for likelihood metrics */
    public LstmLanguageModel languageModel() {
        return languageModel;
    }

    @Override
    public void pretrain(DataSource data, NDManager manager, long seed, Consumer<String> progress) {
        if (pretraining.steps() == 0) {
            return;
        }
        if (languageModel.conditionDim() > 0) {
            progress.accept("gan4j: conditional MLE pretraining for " + pretraining.steps() + " steps");
            new MleTrainer(languageModel, pretraining).train(data, manager, progress);
            return;
        }
        if (!(data instanceof TextDataSource text)) {
            throw new IllegalArgumentException("a sequence generator pretrains on text data, not " + data.getClass().getName());
        }
        progress.accept("gan4j: MLE pretraining for " + pretraining.steps() + " steps");
        new MleTrainer(languageModel, pretraining).train(text.sequences(), manager, seed, progress);
    }

    @Override
    public void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        languageModel.initialize(manager, dataType, inputShapes);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return languageModel.getOutputShapes(inputShapes);
    }
}
