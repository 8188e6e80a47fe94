package org.gan4j.core.model;

/**
 * What a GAN is conditioned on: nothing, a class label, or an embedding vector produced by some
 * modality's encoder. Conditional generators and discriminators receive the condition as the
 * second element of their input {@code NDList}: class indices of shape (B) for {@link
 * Kind#CLASS_LABEL}, floats of shape (B, dim) for {@link Kind#EMBEDDING}.
 *
 * @param kind the kind of condition
 * @param size the number of classes, or the embedding width; 0 for {@link Kind#NONE}
 */
public record ConditionSpec(Kind kind, int size) {

    /** The kinds of condition. */
    public enum Kind {
        /** Unconditional. */
        NONE,
        /** A class index in [0, size). */
        CLASS_LABEL,
        /** A float vector of width size. */
        EMBEDDING
    }

    /** The unconditional spec. */
    public static final ConditionSpec NONE = new ConditionSpec(Kind.NONE, 0);

    /** Validates the size against the kind. */
    public ConditionSpec {
        if (kind == Kind.NONE ? size != 0 : size <= 0) {
            throw new IllegalArgumentException(
                    "condition size " + size + " does not fit kind " + kind
                            + ": NONE takes 0, CLASS_LABEL and EMBEDDING take a positive size");
        }
    }

    /** @return a class-label condition over {@code classes} classes */
    public static ConditionSpec classLabel(int classes) {
        return new ConditionSpec(Kind.CLASS_LABEL, classes);
    }

    /** @return an embedding condition of width {@code dim} */
    public static ConditionSpec embedding(int dim) {
        return new ConditionSpec(Kind.EMBEDDING, dim);
    }

    /** @return whether samples carry a condition */
    public boolean isConditional() {
        return kind != Kind.NONE;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NONE -> "unconditional";
            case CLASS_LABEL -> size + " classes";
            case EMBEDDING -> "embedding of width " + size;
        };
    }
}
