package org.gan4j.core.augment;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;
import org.gan4j.core.options.UnknownNameException;

/**
 * A DiffAugment policy: augmentations applied in order to every batch the discriminator sees,
 * real and fake alike, in both updates (Zhao et al., "Differentiable Augmentation for
 * Data-Efficient GAN Training", 2020). Named by a comma-separated list: {@code translation} (1/8
 * of each axis; a time shift for waveforms), {@code cutout} (half of each axis; a silent gap),
 * {@code color} (brightness, saturation, contrast) and {@code gain} (±6 dB).
 */
public final class DiffAugment {

    /** Every augmentation name a policy may list. */
    public static final List<String> NAMES = List.of("translation", "cutout", "color", "gain");

    private final List<Augmentation> augmentations;

    private DiffAugment(List<Augmentation> augmentations) {
        this.augmentations = List.copyOf(augmentations);
    }

    /**
     * Parses a policy.
     *
     * @param policy comma-separated names from {@link #NAMES}; empty or {@code none} for no
     *     augmentation
     * @return the policy
     * @throws UnknownNameException naming an unknown augmentation
     */
    public static DiffAugment parse(String policy) {
        List<Augmentation> list = new ArrayList<>();
        if (policy != null && !policy.isBlank() && !policy.strip().equals("none")) {
            for (String name : policy.split(",")) {
                list.add(switch (name.strip()) {
                    case "translation" -> new Translation(0.125f);
                    case "cutout" -> new Cutout(0.5f);
                    case "color" -> new Colour();
                    case "gain" -> new Gain(6f);
                    default -> throw new UnknownNameException("augmentation (stabilize.augment)", name.strip(), NAMES);
                });
            }
        }
        return new DiffAugment(list);
    }

    /** @return whether the policy changes anything */
    public boolean isActive() {
        return !augmentations.isEmpty();
    }

    /** @return the augmentations in the order they are applied */
    public List<Augmentation> augmentations() {
        return augmentations;
    }

    /**
     * @param samples a batch (B, C, spatial...)
     * @return the batch after every augmentation of the policy, or the batch itself for none
     */
    public NDArray apply(NDArray samples) {
        NDArray x = samples;
        for (Augmentation a : augmentations) {
            x = a.apply(x);
        }
        return x;
    }
}
