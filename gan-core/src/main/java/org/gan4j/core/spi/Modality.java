package org.gan4j.core.spi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.gan4j.core.options.UnknownNameException;

/**
 * A kind of data gan4j can generate, found at run time through {@link java.util.ServiceLoader}: a
 * module adds a modality by implementing this interface and listing the class in {@code
 * META-INF/services/org.gan4j.core.spi.Modality}. gan-core never names a modality.
 */
public interface Modality {

    /** The registry name, e.g. {@code image}. */
    String name();

    /** A one-line description for {@code gan list}. */
    String description();

    /** What one sample is, e.g. {@code "2-D point (x, y)"}. */
    String sampleType();

    /** The data this modality can load or make. */
    List<DataSourceProvider> dataSources();

    /** The generator/discriminator families it offers. */
    List<Architecture> architectures();

    /** How its samples are written to disk. */
    SampleWriter sampleWriter();

    /** How its samples are measured. */
    EvaluatorFactory evaluatorFactory();

    /** Ready-to-run configurations. */
    List<Preset> presets();

    /**
     * Writes what decoding this modality's samples needs besides the generator (e.g. a vocabulary)
     * into an exported generator's directory; called after the run's training data was opened. The
     * default writes nothing.
     *
     * @param directory the export directory
     * @throws IOException if writing fails
     */
    default void writeExportResources(Path directory) throws IOException {}

    /**
     * Finds a data source by name.
     *
     * @param name the registered name
     * @return the provider
     * @throws UnknownNameException listing the known names
     */
    default DataSourceProvider dataSource(String name) {
        return Named.find("data source (data.name) of modality '" + name() + "'", name, dataSources(), DataSourceProvider::name);
    }

    /**
     * Finds an architecture by name.
     *
     * @param name the registered name
     * @return the architecture
     * @throws UnknownNameException listing the known names
     */
    default Architecture architecture(String name) {
        return Named.find("architecture (architecture.name) of modality '" + name() + "'", name, architectures(), Architecture::name);
    }
}
