package org.gan4j.core.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import org.gan4j.core.options.UnknownNameException;

/** The modalities on the class path, found with {@link ServiceLoader}. */
public final class ModalityRegistry {

    private final List<Modality> modalities;

    private ModalityRegistry(List<Modality> modalities) {
        this.modalities = List.copyOf(modalities);
    }

    /** @return the modalities registered on the context class path, sorted by name */
    public static ModalityRegistry load() {
        List<Modality> found = new ArrayList<>();
        ServiceLoader.load(Modality.class).forEach(found::add);
        found.sort(Comparator.comparing(Modality::name));
        return new ModalityRegistry(found);
    }

    /**
     * A registry of explicitly given modalities, for embedding gan4j or testing without the
     * class path.
     *
     * @param modalities the modalities
     * @return the registry
     */
    public static ModalityRegistry of(List<Modality> modalities) {
        List<Modality> sorted = new ArrayList<>(modalities);
        sorted.sort(Comparator.comparing(Modality::name));
        return new ModalityRegistry(sorted);
    }

    /** @return every registered modality, sorted by name */
    public List<Modality> all() {
        return modalities;
    }

    /**
     * @param name a modality name
     * @return the modality
     * @throws UnknownNameException listing the registered names
     */
    public Modality modality(String name) {
        return Named.find("modality", name, modalities, Modality::name);
    }

    /**
     * Finds a preset in any modality.
     *
     * @param name a preset name
     * @return the preset
     * @throws UnknownNameException listing every registered preset
     */
    public Preset preset(String name) {
        List<Preset> presets = modalities.stream().flatMap(m -> m.presets().stream()).toList();
        return Named.find("preset", name, presets, Preset::name);
    }
}
