package org.gan4j.image.model;

import java.util.Arrays;
import java.util.Locale;
import org.gan4j.core.options.ConfigException;

/** How a class-conditional discriminator sees the label. */
public enum LabelConditioning {
    /**
     * The projection discriminator (Miyato and Koyama 2018): {@code logit = linear(h) + <embed(y),
     * h>} on the trunk's features {@code h}.
     */
    PROJECTION,
    /** A learned H×W label map per class, concatenated to the image as an extra input channel. */
    CONCAT,
    /**
     * The AC-GAN discriminator (Odena et al. 2017): unconditional real/fake logit plus a class
     * head trained with cross-entropy on real images and used by G on its fakes.
     */
    AUXILIARY;

    /** @return the option value naming this choice */
    public String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the {@code discriminator} option.
     *
     * @param value {@code projection} or {@code concat}
     * @return the choice
     * @throws ConfigException naming the allowed values
     */
    public static LabelConditioning parse(String value) {
        return Arrays.stream(values())
                .filter(c -> c.optionValue().equals(value))
                .findFirst()
                .orElseThrow(() -> new ConfigException("architecture.options.discriminator = '" + value
                        + "' is not one of " + Arrays.stream(values()).map(LabelConditioning::optionValue).toList()));
    }
}
