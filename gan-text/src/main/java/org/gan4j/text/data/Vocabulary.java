package org.gan4j.text.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gan4j.core.checkpoint.AtomicFiles;

/**
 * A token/id table (DJL's {@link ai.djl.modality.nlp.Vocabulary}) with the special tokens at
 * fixed ids: {@code <pad>} 0, {@code <s>} 1, {@code </s>} 2, {@code <unk>} 3; then the most
 * frequent tokens, ties broken alphabetically, so the same corpus always gives the same ids.
 */
public final class Vocabulary implements ai.djl.modality.nlp.Vocabulary {

    /** Padding after the end of a sentence. */
    public static final String PAD = "<pad>";
    /** The start token fed before the first position. */
    public static final String START = "<s>";
    /** The end of a sentence. */
    public static final String END = "</s>";
    /** A token outside the vocabulary. */
    public static final String UNKNOWN = "<unk>";
    /** The special tokens in id order. */
    public static final List<String> SPECIALS = List.of(PAD, START, END, UNKNOWN);

    private final List<String> tokens;
    private final Map<String, Integer> ids = new HashMap<>();

    private Vocabulary(List<String> tokens) {
        this.tokens = List.copyOf(tokens);
        for (int i = 0; i < this.tokens.size(); i++) {
            ids.put(this.tokens.get(i), i);
        }
    }

    /**
     * Builds the vocabulary of a corpus.
     *
     * @param sentences tokenized sentences
     * @param maxSize the largest size, specials included (at least 5)
     * @return the vocabulary
     */
    public static Vocabulary build(Collection<List<String>> sentences, int maxSize) {
        if (maxSize <= SPECIALS.size()) {
            throw new IllegalArgumentException("vocabulary size " + maxSize + " must exceed the " + SPECIALS.size()
                    + " special tokens");
        }
        Map<String, Integer> counts = new HashMap<>();
        sentences.forEach(s -> s.forEach(t -> counts.merge(t, 1, Integer::sum)));
        SPECIALS.forEach(counts::remove);
        List<String> ranked = new ArrayList<>(counts.keySet());
        ranked.sort(Comparator.comparing((String t) -> -counts.get(t)).thenComparing(Comparator.naturalOrder()));
        List<String> all = new ArrayList<>(SPECIALS);
        all.addAll(ranked.subList(0, Math.min(ranked.size(), maxSize - SPECIALS.size())));
        return new Vocabulary(all);
    }

    /**
     * Reads a vocabulary written by {@link #write}.
     *
     * @param file one token per line, in id order
     * @return the vocabulary
     * @throws IOException if the file is unreadable or does not start with the special tokens
     */
    public static Vocabulary read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() < SPECIALS.size() || !lines.subList(0, SPECIALS.size()).equals(SPECIALS)) {
            throw new IOException(file + " is not a gan4j vocabulary: it must start with the lines " + SPECIALS);
        }
        return new Vocabulary(lines);
    }

    /**
     * Writes the tokens one per line, atomically.
     *
     * @param file the target
     * @throws IOException if writing fails
     */
    public void write(Path file) throws IOException {
        AtomicFiles.write(file, (String.join("\n", tokens) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Checks that a vocabulary saved with a model (e.g. next to a checkpoint) is this one.
     *
     * @param saved the saved vocabulary
     * @param source where it was read from, for the message
     * @throws IllegalStateException naming the first differing id and what to do
     */
    public void requireSame(Vocabulary saved, Path source) {
        if (saved.tokens.equals(tokens)) {
            return;
        }
        int n = Math.min(saved.tokens.size(), tokens.size());
        int first = 0;
        while (first < n && saved.tokens.get(first).equals(tokens.get(first))) {
            first++;
        }
        String where = first < n
                ? "id " + first + " is '" + saved.tokens.get(first) + "' there but '" + tokens.get(first) + "' in the data"
                : "it has " + saved.tokens.size() + " tokens, the data's has " + tokens.size();
        throw new IllegalStateException("the vocabulary in " + source + " does not match the corpus's (" + where
                + "): the checkpoint was trained on other text or with other data options. Train a new run on this"
                + " corpus, or open the corpus the checkpoint was trained on");
    }

    /**
     * @param sentence tokens
     * @return their ids, {@code <unk>} for unknown tokens
     */
    public int[] encode(List<String> sentence) {
        int unknown = ids.get(UNKNOWN);
        return sentence.stream().mapToInt(t -> ids.getOrDefault(t, unknown)).toArray();
    }

    /**
     * Decodes ids up to the first {@code </s>}, skipping padding and start tokens.
     *
     * @param sequence token ids
     * @return the tokens
     */
    public List<String> decode(int[] sequence) {
        List<String> out = new ArrayList<>();
        for (int id : sequence) {
            String token = getToken(id);
            if (token.equals(END)) {
                break;
            }
            if (!token.equals(PAD) && !token.equals(START)) {
                out.add(token);
            }
        }
        return out;
    }

    /** @return the id of a token, which must be in the vocabulary */
    public int id(String token) {
        Integer id = ids.get(token);
        if (id == null) {
            throw new IllegalArgumentException("'" + token + "' is not in the vocabulary");
        }
        return id;
    }

    @Override
    public String getToken(long index) {
        if (index < 0 || index >= tokens.size()) {
            throw new IllegalArgumentException("token id " + index + " is outside the vocabulary [0, " + tokens.size() + ")");
        }
        return tokens.get((int) index);
    }

    @Override
    public boolean contains(String token) {
        return ids.containsKey(token);
    }

    @Override
    public long getIndex(String token) {
        return ids.getOrDefault(token, ids.get(UNKNOWN));
    }

    @Override
    public long size() {
        return tokens.size();
    }
}
