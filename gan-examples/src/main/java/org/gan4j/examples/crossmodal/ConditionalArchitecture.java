package org.gan4j.examples.crossmodal;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.nn.AugmentedConditionGenerator;
import org.gan4j.core.nn.ConditioningAugmentation;
import org.gan4j.core.options.ConfigException;
import org.gan4j.core.options.Options;
import org.gan4j.core.options.UnknownNameException;
import org.gan4j.core.spi.Architecture;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.core.spi.ModelRequest;
import org.gan4j.core.train.PretrainedGenerator;

/**
 * The {@code conditional} architecture: a target modality's architecture conditioned on the
 * data's embeddings, with conditioning augmentation in front of the generator. Options: {@code
 * target} (the modality, default {@code image}), {@code architecture} (its architecture, default
 * {@code dcgan}; {@code target: text} with {@code relgan} writes captions), {@code augmentation}
 * (the augmented condition's width; 0 feeds the embedding to the generator as it is, and is
 * required for generators that pretrain themselves, such as relgan's; default 32), {@code
 * klWeight} (default 1) and {@code network} (the target architecture's own options, e.g. {@code width}, {@code discriminator: projection}).
 */
final class ConditionalArchitecture implements Architecture {

    /** The registry name. */
    static final String NAME = "conditional";

    private static final List<String> OPTIONS = List.of("target", "architecture", "augmentation", "klWeight", "network");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "another modality's architecture conditioned on embeddings, with conditioning augmentation (options:"
                + " target, architecture, augmentation, klWeight, network)";
    }

    @Override
    public GanModel build(ModelRequest request) {
        if (request.condition().kind() != ConditionSpec.Kind.EMBEDDING) {
            throw new IllegalArgumentException("architecture 'conditional' needs data conditioned on embeddings, not "
                    + request.condition() + "; use a cross-modal data source such as multimodal-digits");
        }
        Options options = request.options();
        options.requireOnly(OPTIONS);
        String target = options.getString("target", "image");
        String name = options.getString("architecture", "dcgan");
        int augmentation = options.getInt("augmentation", 32, 0, 4096);
        float klWeight = (float) options.getDouble("klWeight", 1.0, 0.0, 1000.0);
        Options network = new Options("architecture.options.network", networkOptions(options));
        Architecture architecture;
        try {
            architecture = ModalityRegistry.load().modality(target).architecture(name);
        } catch (UnknownNameException e) {
            throw new ConfigException("architecture.options (target '" + target + "', architecture '" + name
                    + "') is invalid: " + e.getMessage(), e);
        }
        GanModel judged = architecture.build(
                new ModelRequest(request.sampleShape(), request.condition(), request.prior(), network));
        if (augmentation == 0) {
            return renamed(judged, judged.generatorFactory());
        }
        if (judged.generatorFactory().get() instanceof PretrainedGenerator) {
            throw new ConfigException("architecture.options.augmentation = " + augmentation + " is invalid: '" + name
                    + "' pretrains its generator (e.g. by maximum likelihood), which conditioning augmentation would"
                    + " skip; set augmentation: 0");
        }
        GanModel augmented = architecture.build(new ModelRequest(request.sampleShape(),
                ConditionSpec.embedding(augmentation), request.prior(), network));
        return renamed(judged, () -> new AugmentedConditionGenerator(
                new ConditioningAugmentation(augmentation), augmented.generatorFactory().get(), klWeight));
    }

    private static GanModel renamed(GanModel model, Supplier<ai.djl.nn.Block> generator) {
        return new GanModel(NAME + "-" + model.name(), generator, model.discriminator(), model.prior(),
                model.condition(), model.sampleShape(), model.auxiliaryClassifierWeight());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> networkOptions(Options options) {
        Object raw = options.asMap().get("network");
        if (raw == null) {
            return Map.of();
        }
        if (!(raw instanceof Map<?, ?> map)) {
            throw new ConfigException("architecture.options.network = " + raw + " is invalid: expected a mapping of the"
                    + " target architecture's options");
        }
        return (Map<String, Object>) map;
    }
}
