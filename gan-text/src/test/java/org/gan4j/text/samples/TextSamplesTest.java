package org.gan4j.text.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gan4j.core.export.SampleDecoder;
import org.gan4j.text.data.CorpusOptions;
import org.gan4j.text.data.CorpusSplit;
import org.gan4j.text.data.TextDataSource;
import org.gan4j.text.data.Tokenization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export's decoding files round-trip: the decoder reads back what the training data decodes. */
class TextSamplesTest {

    @TempDir
    Path dir;

    @Test
    void givenExportResourcesOfRealTextWhenDecodingSoftSequencesThenTheDataSourcesSentencesComeBack() throws Exception {
        List<List<String>> sentences = List.of("the cat sat", "a dog ran", "the dog sat").stream()
                .map(Tokenization.WORD::tokenize).toList();
        CorpusSplit split = CorpusSplit.of(sentences, Tokenization.WORD,
                new CorpusOptions(Tokenization.WORD, 1, 4, 50, 0, 2, 1, 1), "test");
        TextDataSource data = new TextDataSource(split.train(), 1, split.vocabulary(), Tokenization.WORD, null);
        TextSamples.writeResources(data, dir);
        assertEquals("WORD", Files.readString(dir.resolve(TextSamples.TOKENIZATION)));
        SampleDecoder<String> decoder = TextSamples.decoder(dir);
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray oneHot = data.sequences().slice(manager, 0, 1).oneHot(data.sequences().vocabulary());
            NDArray soft = oneHot.mul(0.6f).add(0.4f / data.sequences().vocabulary());
            assertEquals(data.decode(data.sequences().rows().get(0)), decoder.decode(soft.get(0)));
        }
    }

    @Test
    void givenExportWithoutVocabularyWhenDecodingThenTokenIdsAreTheText() throws Exception {
        SampleDecoder<String> decoder = TextSamples.decoder(dir);
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray sample = manager.create(new float[][] {{0.1f, 0.9f, 0f}, {0.8f, 0.1f, 0.1f}, {0f, 0.2f, 0.7f}});
            assertEquals("1 0 2", decoder.decode(sample));
        }
        assertTrue(Files.notExists(dir.resolve(TextSamples.VOCABULARY)));
    }
}
