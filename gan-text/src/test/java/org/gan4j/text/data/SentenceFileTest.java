package org.gan4j.text.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentenceFileTest {

    @TempDir
    Path dir;

    private Path file(byte[] content) throws IOException {
        Path f = dir.resolve("corpus.txt");
        Files.write(f, content);
        return f;
    }

    private Path file(String content) throws IOException {
        return file(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void givenAUtf8FileWhenReadThenWordsAreLowerCasedAndShortOrBlankLinesSkipped() throws IOException {
        Path f = file("The cat sat, didn't it?\n\nHi\nCafé au lait 3.5 times\n");
        List<List<String>> s = SentenceFile.read(f, Tokenization.WORD, 2, 10, false);
        assertEquals(List.of(List.of("the", "cat", "sat", ",", "didn't", "it", "?"),
                List.of("café", "au", "lait", "3.5", "times")), s);
    }

    @Test
    void givenCharacterTokensWhenReadThenEveryCodePointIsAToken() throws IOException {
        List<List<String>> s = SentenceFile.read(file("ab c\n"), Tokenization.CHARACTER, 1, 10, false);
        assertEquals(List.of(List.of("a", "b", " ", "c")), s);
        assertEquals("ab c", Tokenization.CHARACTER.join(s.get(0)));
    }

    @Test
    void givenALineOverTheMaximumWhenReadThenTheErrorNamesFileAndLine() throws IOException {
        Path f = file("one two three\none two three four five\n");
        CorpusException e = assertThrows(CorpusException.class, () -> SentenceFile.read(f, Tokenization.WORD, 1, 4, false));
        assertTrue(e.getMessage().startsWith(f + ":2: the line has 5 tokens, over the maximum of 4"), e.getMessage());
        assertEquals(1, SentenceFile.read(f, Tokenization.WORD, 1, 4, true).size(), "skipped when filtering by length");
    }

    @Test
    void givenInvalidUtf8WhenReadThenTheErrorNamesFileAndLine() throws IOException {
        byte[] latin1 = "ok line\ncaf\u00e9 latin1\n".getBytes(StandardCharsets.ISO_8859_1);
        Path f = file(latin1);
        CorpusException e = assertThrows(CorpusException.class, () -> SentenceFile.read(f, Tokenization.WORD, 1, 9, false));
        assertTrue(e.getMessage().startsWith(f + ":2: invalid UTF-8"), e.getMessage());
    }

    @Test
    void givenNoUsableLineWhenReadThenEmptyCorpusError() throws IOException {
        Path f = file("\n  \nhi\n");
        CorpusException e = assertThrows(CorpusException.class, () -> SentenceFile.read(f, Tokenization.WORD, 2, 9, false));
        assertTrue(e.getMessage().contains("has no sentence of 2 to 9 tokens (3 lines read)"), e.getMessage());
    }

    @Test
    void givenAMissingFileWhenReadThenTheErrorSaysWhatToSet() {
        CorpusException e = assertThrows(CorpusException.class,
                () -> SentenceFile.read(dir.resolve("nope.txt"), Tokenization.WORD, 1, 9, false));
        assertTrue(e.getMessage().contains("data.options.path"), e.getMessage());
    }
}
