package org.gan4j.text.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gan4j.core.metrics.MetricValue;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.train.Sampler;
import org.gan4j.text.data.CorpusOptions;
import org.gan4j.text.data.CorpusSplit;
import org.gan4j.text.data.TextDataSource;
import org.gan4j.text.data.TokenSequences;
import org.gan4j.text.data.Tokenization;
import org.gan4j.text.metrics.Bleu;
import org.junit.jupiter.api.Test;

class TextEvaluatorTest {

    /** A sampler replaying fixed sequences as one-hot samples. */
    private static Sampler replaying(TokenSequences sequences) {
        return new Sampler() {
            private int next;

            @Override
            public ConditionSpec condition() {
                return ConditionSpec.NONE;
            }

            @Override
            public NDArray generate(NDManager manager, int count, NDArray conditions) {
                NDArray out = sequences.slice(manager, next, count).oneHot(sequences.vocabulary());
                next += count;
                return out;
            }
        };
    }

    @Test
    void givenASamplerReplayingTrainingSentencesWhenEvaluatedThenBleuEqualsTheRealReference() throws Exception {
        Random random = new Random(2);
        List<List<String>> sentences = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            List<String> s = new ArrayList<>();
            for (int k = 0; k < 3 + random.nextInt(4); k++) {
                s.add("w" + random.nextInt(12));
            }
            sentences.add(s);
        }
        CorpusSplit split = CorpusSplit.of(sentences, Tokenization.WORD,
                new CorpusOptions(Tokenization.WORD, 1, 8, 100, 0, 150, 150, 1), "test");
        TextDataSource train = new TextDataSource(split.train(), 1, split.vocabulary(), Tokenization.WORD, null);
        TextDataSource heldOut = new TextDataSource(split.heldOut(), 1, split.vocabulary(), Tokenization.WORD, null);
        RealReference reference = new RealReference(train, heldOut, 150);
        List<MetricValue> metrics = new TextEvaluator(heldOut, reference).evaluate(replaying(split.train()), 150);
        Map<String, MetricValue> m = metrics.stream().collect(Collectors.toMap(MetricValue::name, Function.identity()));
        List<int[]> trainSentences = split.train().rows().stream()
                .map(r -> TextEvaluator.sentenceIds(r, split.vocabulary())).toList();
        for (int n = 2; n <= 5; n++) {
            assertEquals(reference.realBleu(n), m.get("bleu-" + n).value(), 1e-12);
            assertEquals(Bleu.selfBleu(trainSentences, n), m.get("self-bleu-" + n).value(), 1e-12);
            assertTrue(m.get("bleu-" + n).note().startsWith("real train vs held-out"));
        }
        assertTrue(!m.containsKey("nll-gen"), "a sampler without a sequence generator has no NLL-gen");
    }
}
