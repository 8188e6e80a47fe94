package org.gan4j.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.gan4j.core.spi.Architecture;
import org.gan4j.core.spi.DataSourceProvider;
import org.gan4j.core.spi.EvaluatorFactory;
import org.gan4j.core.spi.Modality;
import org.gan4j.core.spi.Preset;
import org.gan4j.core.spi.SampleWriter;
import org.gan4j.text.data.TextCorpusProvider;
import org.gan4j.text.data.TextDataSource;
import org.gan4j.text.eval.TextEvaluatorFactory;
import org.gan4j.text.model.SequenceGanArchitecture;
import org.gan4j.text.oracle.OracleDataProvider;
import org.gan4j.text.samples.TextSampleWriter;
import org.gan4j.text.samples.TextSamples;

/**
 * The {@code text} modality: token sequences from the oracle LSTM, the Brown+WordNet corpus or a
 * text file; the {@code relgan} and {@code seqgan} architectures; NLL and BLEU metrics; presets
 * {@code oracle-relgan}, {@code oracle-seqgan} and {@code text-relgan}. The sample writer and the
 * evaluator decode with the training split this instance opened last.
 */
public final class TextModality implements Modality {

    /** The registry name. */
    public static final String NAME = "text";

    private final AtomicReference<TextDataSource> train = new AtomicReference<>();
    private final List<DataSourceProvider> data = List.of(new OracleDataProvider(train::set),
            TextCorpusProvider.brown(train::set), TextCorpusProvider.textFile(train::set));
    private static final List<Architecture> ARCHITECTURES = List.of(
            new SequenceGanArchitecture(SequenceGanArchitecture.Kind.RELGAN),
            new SequenceGanArchitecture(SequenceGanArchitecture.Kind.SEQGAN));
    private static final List<Preset> PRESETS = List.of(
            Preset.fromResource(TextModality.class, "oracle-relgan", "RelGAN (Gumbel-softmax) on SeqGAN's oracle benchmark"),
            Preset.fromResource(TextModality.class, "oracle-seqgan", "SeqGAN (policy gradient) on SeqGAN's oracle benchmark"),
            Preset.fromResource(TextModality.class, "text-relgan", "RelGAN on the Brown+WordNet corpus, BLEU/self-BLEU"));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "token sequences: sequence GANs (RelGAN, SeqGAN), the oracle benchmark, BLEU/NLL metrics";
    }

    @Override
    public String sampleType() {
        return "one-hot token sequence (length, vocabulary)";
    }

    @Override
    public List<DataSourceProvider> dataSources() {
        return data;
    }

    @Override
    public List<Architecture> architectures() {
        return ARCHITECTURES;
    }

    @Override
    public SampleWriter sampleWriter() {
        return new TextSampleWriter(train::get);
    }

    @Override
    public EvaluatorFactory evaluatorFactory() {
        return new TextEvaluatorFactory(train::get);
    }

    /** Writes the vocabulary and tokenization of real text for {@link TextSamples#decoder}; oracle ids need none. */
    @Override
    public void writeExportResources(Path directory) throws IOException {
        TextDataSource source = train.get();
        if (source == null) {
            throw new IllegalStateException("the text modality exports after the run's training data was opened");
        }
        TextSamples.writeResources(source, directory);
    }

    @Override
    public List<Preset> presets() {
        return PRESETS;
    }
}
