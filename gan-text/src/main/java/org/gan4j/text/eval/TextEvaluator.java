package org.gan4j.text.eval;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import org.gan4j.core.device.Devices;
import org.gan4j.core.metrics.MetricValue;
import org.gan4j.core.spi.Evaluator;
import org.gan4j.core.train.Sampler;
import org.gan4j.text.data.TextDataSource;
import org.gan4j.text.data.TokenSequences;
import org.gan4j.text.data.Vocabulary;
import org.gan4j.text.metrics.Bleu;
import org.gan4j.text.metrics.SequenceNll;
import org.gan4j.text.model.SequenceGenerator;

/**
 * Measures a sequence generator against held-out data: NLL-oracle (synthetic data), NLL-gen and
 * NLL-div (when the sampler exposes a {@link SequenceGenerator}), and for real text BLEU-2..5
 * against the held-out sentences and self-BLEU-2..5 of the samples. Each BLEU value's note holds
 * the real reference: the same number of training sentences scored the same way.
 */
public final class TextEvaluator implements Evaluator {

    private static final int CHUNK = 200;
    private static final int MAX_ORDER = 5;

    private final TextDataSource heldOut;
    private final RealReference reference;

    /**
     * @param heldOut the held-out split
     * @param reference the real reference values, computed once
     */
    TextEvaluator(TextDataSource heldOut, RealReference reference) {
        this.heldOut = heldOut;
        this.reference = reference;
    }

    @Override
    public List<MetricValue> evaluate(Sampler sampler, int samples) {
        List<int[]> generated = new ArrayList<>(samples);
        List<MetricValue> metrics = new ArrayList<>();
        try (NDManager manager = Devices.newBaseManager()) {
            for (int from = 0; from < samples; from += CHUNK) {
                try (NDManager scope = manager.newSubManager()) {
                    generated.addAll(TokenSequences.rowsOf(sampler.generate(scope, Math.min(CHUNK, samples - from), null).argMax(-1)));
                }
            }
            if (heldOut.oracle() != null) {
                metrics.add(MetricValue.of("nll-oracle", heldOut.oracle().nll(generated), samples, false,
                        String.format("oracle floor (its own held-out samples) %.4f", reference.oracleFloor())));
            }
            if (sampler.generator().orElse(null) instanceof SequenceGenerator g) {
                List<int[]> real = heldOut.sequences().rows();
                metrics.add(MetricValue.of("nll-gen", SequenceNll.mean(g.languageModel(), real, manager), samples, false,
                        "held-out sequences: " + real.size()));
                metrics.add(MetricValue.of("nll-div", SequenceNll.mean(g.languageModel(), generated, manager), samples, true,
                        "the generator's entropy rate estimate"));
            }
        }
        if (heldOut.vocabulary() != null) {
            List<int[]> sentences = generated.stream().map(s -> sentenceIds(s, heldOut.vocabulary())).toList();
            for (int n = 2; n <= MAX_ORDER; n++) {
                metrics.add(MetricValue.of("bleu-" + n, reference.bleu(n).mean(sentences), samples, true,
                        String.format("real train vs held-out %.4f", reference.realBleu(n))));
            }
            for (int n = 2; n <= MAX_ORDER; n++) {
                metrics.add(MetricValue.of("self-bleu-" + n, Bleu.selfBleu(sentences, n), samples, false,
                        String.format("real held-out %.4f", reference.realSelfBleu(n))));
            }
        }
        return metrics;
    }

    /** The ids of a sequence's sentence: up to {@code </s>}, without padding or start tokens. */
    static int[] sentenceIds(int[] sequence, Vocabulary vocabulary) {
        return vocabulary.encode(vocabulary.decode(sequence));
    }
}
