package org.gan4j.examples.crossmodal;

import ai.djl.ndarray.types.Shape;
import java.nio.FloatBuffer;
import java.util.List;
import org.gan4j.core.condition.SampleTable;
import org.gan4j.text.data.Tokenization;
import org.gan4j.text.data.Vocabulary;

/**
 * Captions as one-hot token sequences (length, vocabulary), padded with {@code <pad>}: the sample
 * shape of gan-text's sequence encoder.
 */
final class CaptionTable implements SampleTable {

    private final List<String> captions;
    private final int[][] tokens;
    private final int[] labels;
    private final Vocabulary vocabulary;
    private final int length;
    private final int pad;

    /**
     * @param captions one caption per sample
     * @param labels their classes
     * @param vocabulary the caption vocabulary
     * @param length the padded length; captions must not be longer
     * @throws IllegalArgumentException for a caption longer than {@code length}
     */
    CaptionTable(List<String> captions, int[] labels, Vocabulary vocabulary, int length) {
        this.captions = captions;
        this.labels = labels;
        this.vocabulary = vocabulary;
        this.length = length;
        this.pad = vocabulary.id(Vocabulary.PAD);
        this.tokens = new int[captions.size()][];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = vocabulary.encode(Tokenization.WORD.tokenize(captions.get(i)));
            if (tokens[i].length > length) {
                throw new IllegalArgumentException("caption " + i + " '" + captions.get(i) + "' has " + tokens[i].length
                        + " tokens, more than the " + length + " the encoder reads");
            }
        }
    }

    /** @return the longest caption's token count */
    static int longest(List<String> captions) {
        return captions.stream().mapToInt(c -> Tokenization.WORD.tokenize(c).size()).max().orElse(1);
    }

    /**
     * @param index a sample number
     * @return its caption
     */
    String caption(int index) {
        return captions.get(index);
    }

    /** @return the caption vocabulary */
    Vocabulary vocabulary() {
        return vocabulary;
    }

    @Override
    public Shape sampleShape() {
        return new Shape(length, vocabulary.size());
    }

    @Override
    public int size() {
        return captions.size();
    }

    @Override
    public int label(int index) {
        return labels[index];
    }

    @Override
    public void copy(int index, FloatBuffer target) {
        int vocabularySize = (int) vocabulary.size();
        for (int t = 0; t < length; t++) {
            int id = t < tokens[index].length ? tokens[index][t] : pad;
            for (int v = 0; v < vocabularySize; v++) {
                target.put(v == id ? 1f : 0f);
            }
        }
    }
}
