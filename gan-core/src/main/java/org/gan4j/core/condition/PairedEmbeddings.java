package org.gan4j.core.condition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Target samples, each with the embedding rows of its source partners: the caption of an image
 * ({@link #byItem}), or any source sample of the same class ({@link #byClass}, e.g. spoken digits
 * for MNIST images). Checked when made: every target has a partner, every partner has the target's
 * class, and all embeddings have one width.
 */
public final class PairedEmbeddings {

    private final SampleTable targets;
    private final float[][] embeddings;
    private final int[] rowLabels;
    private final int[][] partners;
    private final int dim;
    private final int[] rowAttributes;

    private PairedEmbeddings(SampleTable targets, float[][] embeddings, int[] rowLabels, int[][] partners) {
        this(targets, embeddings, rowLabels, partners, null);
    }

    private PairedEmbeddings(SampleTable targets, float[][] embeddings, int[] rowLabels, int[][] partners,
            int[] rowAttributes) {
        if (embeddings.length == 0) {
            throw new IllegalArgumentException("no source embeddings to pair the " + targets.size() + " targets with");
        }
        if (embeddings.length != rowLabels.length) {
            throw new IllegalArgumentException(embeddings.length + " embeddings but " + rowLabels.length + " labels");
        }
        this.dim = embeddings[0].length;
        for (int row = 0; row < embeddings.length; row++) {
            if (embeddings[row].length != dim) {
                throw new IllegalArgumentException("embedding row " + row + " has width " + embeddings[row].length
                        + " but row 0 has " + dim + "; one encoder must make every embedding");
            }
        }
        for (int i = 0; i < targets.size(); i++) {
            if (partners[i].length == 0) {
                throw new IllegalArgumentException("target sample " + i + " (class " + targets.label(i) + ") has no"
                        + " partner in the source data: the pairing needs a source sample of every target class"
                        + " (or of every target sample); add source data of that class or drop the class");
            }
            for (int row : partners[i]) {
                if (rowLabels[row] != targets.label(i)) {
                    throw new IllegalArgumentException("target sample " + i + " of class " + targets.label(i)
                            + " is paired with source row " + row + " of class " + rowLabels[row]);
                }
            }
        }
        this.targets = targets;
        this.embeddings = embeddings;
        this.rowLabels = rowLabels;
        this.partners = partners;
        this.rowAttributes = rowAttributes;
    }

    /**
     * Pairs each target with its own source rows.
     *
     * @param targets the target samples
     * @param embeddings the source embeddings (rows × width)
     * @param rowLabels the class of each row
     * @param partners for each target, its rows
     * @return the pairing
     * @throws IllegalArgumentException for a target without partners, a partner of another class
     *     or embeddings of different widths
     */
    public static PairedEmbeddings byItem(SampleTable targets, float[][] embeddings, int[] rowLabels, int[][] partners) {
        if (partners.length != targets.size()) {
            throw new IllegalArgumentException(targets.size() + " target samples but partners for " + partners.length);
        }
        return new PairedEmbeddings(targets, embeddings, rowLabels, partners);
    }

    /**
     * Pairs each target with every source row of its class.
     *
     * @param targets the target samples
     * @param embeddings the source embeddings (rows × width)
     * @param rowLabels the class of each row
     * @return the pairing
     * @throws IllegalArgumentException if a target class has no source rows, or the widths differ
     */
    public static PairedEmbeddings byClass(SampleTable targets, float[][] embeddings, int[] rowLabels) {
        Map<Integer, List<Integer>> rows = new HashMap<>();
        for (int row = 0; row < rowLabels.length; row++) {
            rows.computeIfAbsent(rowLabels[row], c -> new ArrayList<>()).add(row);
        }
        Map<Integer, int[]> shared = new HashMap<>();
        rows.forEach((c, list) -> shared.put(c, list.stream().mapToInt(Integer::intValue).toArray()));
        int[][] partners = new int[targets.size()][];
        for (int i = 0; i < partners.length; i++) {
            partners[i] = shared.getOrDefault(targets.label(i), new int[0]);
        }
        return new PairedEmbeddings(targets, embeddings, rowLabels, partners);
    }

    /** @return the target samples */
    public SampleTable targets() {
        return targets;
    }

    /** @return the embedding width */
    public int dim() {
        return dim;
    }

    /**
     * @param row an embedding row
     * @return its values (not copied: do not modify)
     */
    public float[] embedding(int row) {
        return embeddings[row];
    }

    /** @return the class of each embedding row (not copied) */
    int[] rowLabels() {
        return rowLabels;
    }

    /**
     * These pairs with the attributes of each embedding row, for mismatched conditions of the same
     * class ({@link PairingOptions#sameClassMismatch()}).
     *
     * @param attributes one code per row: rows of a class with equal codes describe the same
     *     attributes (e.g. thickness, width and slant levels combined into one number)
     * @return the pairs with those attributes
     * @throws IllegalArgumentException if there is not one code per row
     */
    public PairedEmbeddings withRowAttributes(int[] attributes) {
        if (attributes.length != rowLabels.length) {
            throw new IllegalArgumentException(attributes.length + " attribute codes for " + rowLabels.length
                    + " embedding rows; give one per row");
        }
        return new PairedEmbeddings(targets, embeddings, rowLabels, partners, attributes);
    }

    /** @return each row's attribute code (not copied), or {@code null} when none were given */
    int[] rowAttributes() {
        return rowAttributes;
    }

    /**
     * @param target a target sample number
     * @return its partner rows (not copied: do not modify)
     */
    public int[] partners(int target) {
        return partners[target];
    }
}
