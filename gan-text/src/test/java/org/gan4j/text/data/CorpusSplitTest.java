package org.gan4j.text.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusSplitTest {

    @TempDir
    Path dir;

    private static List<List<String>> sentences(String... lines) {
        return java.util.Arrays.stream(lines).map(Tokenization.WORD::tokenize).toList();
    }

    @Test
    void givenACorpusWhenTheVocabularyIsBuiltThenSpecialsComeFirstThenFrequencyThenAlphabet() {
        Vocabulary v = Vocabulary.build(sentences("b a c", "a b", "a d"), 7);
        assertEquals(List.of("<pad>", "<s>", "</s>", "<unk>", "a", "b", "c"),
                java.util.stream.LongStream.range(0, v.size()).mapToObj(v::getToken).toList());
        assertArrayEquals(new int[] {4, 3, 6}, v.encode(List.of("a", "d", "c")), "d was cut: <unk>");
        assertEquals(List.of("a", "b"), v.decode(new int[] {1, 4, 5, 2, 6, 0}), "stops at </s>");
    }

    @Test
    void givenSentencesWhenSplitThenSequencesEndWithEndTokenAndPaddingAndTheSplitIsSeededAndDisjoint()
            throws CorpusException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.add("w" + (char) ('a' + i % 26) + (char) ('a' + i / 26) + " x y");
        }
        List<List<String>> s = sentences(lines.toArray(String[]::new));
        CorpusOptions options = new CorpusOptions(Tokenization.WORD, 1, 5, 100, 0, 20, 10, 3);
        CorpusSplit a = CorpusSplit.of(s, Tokenization.WORD, options, "test");
        CorpusSplit b = CorpusSplit.of(s, Tokenization.WORD, options, "test");
        assertEquals(20, a.train().size());
        assertEquals(10, a.heldOut().size());
        assertEquals(6, a.train().length(), "maxTokens + 1");
        int[] row = a.train().rows().get(0);
        assertEquals(2, row[3], "</s> after the three words");
        assertEquals(0, row[4] + row[5], "then <pad>");
        Set<String> train = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            assertArrayEquals(a.train().rows().get(i), b.train().rows().get(i), "same split seed, same split");
            train.add(a.decode(a.train().rows().get(i)));
        }
        for (int[] h : a.heldOut().rows()) {
            assertTrue(!train.contains(a.decode(h)), "held-out sentence also in train: " + a.decode(h));
        }
    }

    @Test
    void givenTooManyUnknownWordsWhenSplitThenSentencesAreDroppedAndAnEmptyResultIsAnError() {
        // vocabulary of 5 = 4 specials + "a": every sentence with another word has an <unk>.
        CorpusOptions options = new CorpusOptions(Tokenization.WORD, 1, 5, 5, 0, 10, 10, 1);
        CorpusException e = assertThrows(CorpusException.class,
                () -> CorpusSplit.of(sentences("a b", "a a", "c d"), Tokenization.WORD, options, "mini.txt"));
        assertTrue(e.getMessage().startsWith("mini.txt keeps 1 sentence(s)"), e.getMessage());
    }

    @Test
    void givenASavedVocabularyWhenItDiffersThenTheMismatchNamesTheFileAndTheFirstDifferentId() throws IOException {
        Vocabulary mine = Vocabulary.build(sentences("a b c"), 10);
        Path file = dir.resolve("vocabulary.txt");
        mine.write(file);
        mine.requireSame(Vocabulary.read(file), file);
        Vocabulary other = Vocabulary.build(sentences("a b d"), 10);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> other.requireSame(Vocabulary.read(file), file));
        assertTrue(e.getMessage().contains(file + " does not match") && e.getMessage().contains("id 6 is 'c' there but 'd'"),
                e.getMessage());
    }
}
