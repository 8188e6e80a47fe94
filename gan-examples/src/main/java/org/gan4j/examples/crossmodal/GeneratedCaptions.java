package org.gan4j.examples.crossmodal;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gan4j.text.captions.CaptionGrammar;
import org.gan4j.text.data.Vocabulary;

/**
 * Captions as a text generator writes them, (soft) one-hot sequences (B, length, vocabulary) in
 * the {@link CaptionTable} layout: the tokens are each position's argmax, the caption is the tokens
 * before the padding, and it is read strictly: a caption that {@link CaptionGrammar} cannot write
 * (a wrong, missing or repeated word, or words after the padding) says nothing.
 */
final class GeneratedCaptions {

    private final Vocabulary vocabulary;
    private final int pad;

    /** @param vocabulary the caption vocabulary */
    GeneratedCaptions(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.pad = vocabulary.id(Vocabulary.PAD);
    }

    /**
     * @param samples one-hot sequences (B, length, vocabulary)
     * @return each sequence's token ids up to its first padding token
     */
    List<int[]> tokens(NDArray samples) {
        int count = (int) samples.getShape().get(0);
        int length = (int) samples.getShape().get(1);
        if (samples.getShape().get(2) != vocabulary.size()) {
            throw new IllegalArgumentException("captions of shape " + samples.getShape() + " do not fit the caption"
                    + " vocabulary of " + vocabulary.size() + " tokens");
        }
        long[] ids = samples.argMax(-1).toLongArray();
        List<int[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int[] row = new int[length];
            int end = length;
            for (int t = 0; t < length; t++) {
                row[t] = (int) ids[i * length + t];
                if (row[t] == pad && end == length) {
                    end = t;
                }
            }
            boolean trailingPadOnly = Arrays.stream(row, end, length).allMatch(id -> id == pad);
            out.add(trailingPadOnly ? Arrays.copyOf(row, end) : row);
        }
        return out;
    }

    /**
     * @param tokens a caption's token ids
     * @return its words, space-separated ({@code <pad>} written out where it is not trailing)
     */
    String text(int[] tokens) {
        return Arrays.stream(tokens).mapToObj(vocabulary::getToken).collect(Collectors.joining(" "));
    }

    /**
     * @param tokens a caption's token ids
     * @return what it says, if the grammar can write it
     */
    Optional<CaptionGrammar.DigitCaption> read(int[] tokens) {
        return CaptionGrammar.readDigit(text(tokens));
    }
}
