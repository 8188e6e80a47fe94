package org.gan4j.image.model;

import java.util.List;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.options.ConfigException;
import org.gan4j.core.options.Options;

/**
 * The options of the DCGAN architectures.
 *
 * @param width {@code width}: channels of the generator's last and the discriminator's first
 *     hidden map (default 64)
 * @param labelWidth {@code embedding}: width of the generator's label embedding (default 50;
 *     class-conditional only)
 * @param conditioning {@code discriminator}: {@code projection} (default), {@code concat} or
 *     {@code auxiliary} (AC-GAN) (class-conditional only)
 * @param auxiliaryWeight {@code auxiliaryWeight}: the weight of the AC-GAN class loss (default 1;
 *     with {@code discriminator: auxiliary} only)
 * @param dropout {@code dropout}: the drop rate after every activation of the discriminator's trunk
 *     (default 0, none), a guard against an overfitting D on small data
 */
record DcganOptions(int width, int labelWidth, LabelConditioning conditioning, float auxiliaryWeight, float dropout) {

    private static final List<String> UNCONDITIONAL = List.of("width", "dropout");
    private static final List<String> CONDITIONAL = List.of("width", "embedding", "discriminator", "auxiliaryWeight", "dropout");

    /**
     * Reads and validates the options; the label options are accepted only for conditional data.
     *
     * @param options the architecture's options
     * @param condition the condition of the data
     * @return the options
     * @throws org.gan4j.core.options.ConfigException naming the field for an unknown option or a
     *     value out of range
     */
    static DcganOptions parse(Options options, ConditionSpec condition) {
        options.requireOnly(condition.isConditional() ? CONDITIONAL : UNCONDITIONAL);
        LabelConditioning conditioning =
                LabelConditioning.parse(options.getString("discriminator", LabelConditioning.PROJECTION.optionValue()));
        double auxiliaryWeight = options.getDouble("auxiliaryWeight", 1.0, 0.0, 100.0);
        if (conditioning != LabelConditioning.AUXILIARY && options.asMap().containsKey("auxiliaryWeight")) {
            throw new ConfigException("architecture.options.auxiliaryWeight applies only to discriminator: auxiliary"
                    + " (AC-GAN), not to '" + conditioning.optionValue() + "'; remove it or set discriminator: auxiliary");
        }
        return new DcganOptions(
                options.getInt("width", 64, 1, 1024),
                options.getInt("embedding", 50, 1, 1024),
                conditioning,
                conditioning == LabelConditioning.AUXILIARY && condition.isConditional() ? (float) auxiliaryWeight : 0f,
                (float) options.getDouble("dropout", 0.0, 0.0, 0.9));
    }
}
