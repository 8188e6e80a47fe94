package org.gan4j.text.eval;

import java.util.List;
import org.gan4j.text.data.TextDataSource;
import org.gan4j.text.data.Vocabulary;
import org.gan4j.text.metrics.Bleu;

/**
 * What real data scores, computed once per evaluator: BLEU-n of training sentences against the
 * held-out references, self-BLEU-n of held-out sentences (both on {@code count} sentences, the
 * evaluation sample count), and for synthetic data the oracle's NLL of its own held-out samples.
 */
final class RealReference {

    private static final int MAX_ORDER = 5;

    private final Bleu[] bleu = new Bleu[MAX_ORDER + 1];
    private final double[] realBleu = new double[MAX_ORDER + 1];
    private final double[] realSelfBleu = new double[MAX_ORDER + 1];
    private final double oracleFloor;

    RealReference(TextDataSource train, TextDataSource heldOut, int count) {
        if (heldOut.vocabulary() != null) {
            Vocabulary vocabulary = heldOut.vocabulary();
            List<int[]> references = heldOut.sequences().rows().stream().map(s -> TextEvaluator.sentenceIds(s, vocabulary)).toList();
            List<int[]> trainSentences = train.sequences().rows().stream().limit(count)
                    .map(s -> TextEvaluator.sentenceIds(s, vocabulary)).toList();
            List<int[]> heldOutSample = references.subList(0, Math.min(count, references.size()));
            for (int n = 2; n <= MAX_ORDER; n++) {
                bleu[n] = Bleu.against(references, n);
                realBleu[n] = bleu[n].mean(trainSentences);
                realSelfBleu[n] = heldOutSample.size() >= 2 ? Bleu.selfBleu(heldOutSample, n) : Double.NaN;
            }
        }
        oracleFloor = heldOut.oracle() == null ? Double.NaN : heldOut.oracle().nll(heldOut.sequences().rows());
    }

    Bleu bleu(int n) {
        return bleu[n];
    }

    double realBleu(int n) {
        return realBleu[n];
    }

    double realSelfBleu(int n) {
        return realSelfBleu[n];
    }

    double oracleFloor() {
        return oracleFloor;
    }
}
