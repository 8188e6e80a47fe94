package org.gan4j.text.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.gan4j.text.data.CorpusOptions;
import org.gan4j.text.data.CorpusSplit;
import org.gan4j.text.data.TextDataSource;
import org.gan4j.text.data.Tokenization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextSampleWriterTest {

    @TempDir
    Path dir;

    private static TextDataSource source(String... lines) throws Exception {
        List<List<String>> sentences = java.util.Arrays.stream(lines).map(Tokenization.WORD::tokenize).toList();
        CorpusSplit split = CorpusSplit.of(sentences, Tokenization.WORD,
                new CorpusOptions(Tokenization.WORD, 1, 4, 50, 0, 2, 1, 1), "test");
        return new TextDataSource(split.train(), 1, split.vocabulary(), Tokenization.WORD, null);
    }

    @Test
    void givenOneHotSamplesWhenWrittenThenEachLineIsADecodedSentenceAndTheVocabularyIsSaved() throws Exception {
        TextDataSource data = source("the cat sat", "a dog ran", "the dog sat");
        AtomicReference<TextDataSource> train = new AtomicReference<>(data);
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray samples = data.sequences().slice(manager, 0, 2).oneHot(data.sequences().vocabulary());
            List<Path> files = new TextSampleWriter(train::get).write(samples, null, dir, "step-00000010");
            assertEquals(List.of(dir.resolve("step-00000010.txt")), files);
            List<String> lines = Files.readAllLines(files.get(0));
            assertEquals(List.of(data.decode(data.sequences().rows().get(0)), data.decode(data.sequences().rows().get(1))), lines);
            assertTrue(lines.stream().allMatch(l -> l.split(" ").length == 3), lines.toString());
            assertTrue(Files.exists(dir.resolve(TextSampleWriter.VOCABULARY_FILE)));

            // a resumed run whose data has another vocabulary is stopped before writing
            train.set(source("one two three", "four five six", "seven eight nine"));
            NDArray other = train.get().sequences().slice(manager, 0, 1).oneHot(train.get().sequences().vocabulary());
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> new TextSampleWriter(train::get).write(other, null, dir, "step-00000020"));
            assertTrue(e.getMessage().contains(dir.resolve(TextSampleWriter.VOCABULARY_FILE) + " does not match"), e.getMessage());
            assertTrue(!Files.exists(dir.resolve("step-00000020.txt")));
        }
    }
}
