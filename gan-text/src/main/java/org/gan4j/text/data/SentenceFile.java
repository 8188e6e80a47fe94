package org.gan4j.text.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a corpus file: UTF-8, one sentence per line. Blank lines and lines shorter than the
 * minimum are skipped; a line over the maximum length or with invalid UTF-8 is an error naming the
 * file and line (never silently cut or replaced); a file without any usable sentence is an error.
 */
public final class SentenceFile {

    private SentenceFile() {}

    /**
     * @param file the corpus
     * @param tokenization how lines become tokens
     * @param minTokens shorter lines are skipped
     * @param maxTokens longer lines are an error, or skipped with {@code skipLong}
     * @param skipLong whether to skip longer lines (for a corpus filtered by length) instead of failing
     * @return the tokenized sentences in file order
     * @throws CorpusException if the file is missing, empty, not UTF-8 or has an over-long line
     * @throws IOException if it cannot be read
     */
    public static List<List<String>> read(Path file, Tokenization tokenization, int minTokens, int maxTokens,
            boolean skipLong) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CorpusException("corpus file " + file + " does not exist; set data.options.path to a UTF-8 text file"
                    + " with one sentence per line");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        List<List<String>> sentences = new ArrayList<>();
        int start = 0;
        int lineNumber = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            lineNumber++;
            String line;
            try {
                line = decoder.reset().decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
            } catch (CharacterCodingException e) {
                throw new CorpusException(file + ":" + lineNumber + ": invalid UTF-8 (" + e.getMessage() + "); convert the"
                        + " file to UTF-8, e.g. iconv -f latin1 -t utf-8 " + file.getFileName() + " > fixed.txt");
            }
            List<String> tokens = tokenization.tokenize(line);
            if (tokens.size() > maxTokens && !skipLong) {
                throw new CorpusException(file + ":" + lineNumber + ": the line has " + tokens.size() + " tokens, over the"
                        + " maximum of " + maxTokens + "; split the line or raise data.options.maxTokens");
            }
            if (!tokens.isEmpty() && tokens.size() >= minTokens && tokens.size() <= maxTokens) {
                sentences.add(tokens);
            }
            start = end + 1;
        }
        if (sentences.isEmpty()) {
            throw new CorpusException("corpus file " + file + " has no sentence of " + minTokens + " to " + maxTokens
                    + " tokens (" + lineNumber + " lines read); it needs one sentence per line");
        }
        return sentences;
    }
}
