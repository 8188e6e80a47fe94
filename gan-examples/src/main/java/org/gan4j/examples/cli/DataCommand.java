package org.gan4j.examples.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gan4j.core.config.Options;
import org.gan4j.core.spi.DataRequest;
import org.gan4j.core.spi.DataSourceProvider;
import org.gan4j.core.spi.Modality;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.core.spi.UnknownNameException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gan data fetch NAME} (or {@code gan data make NAME} for data that is synthesized rather than
 * downloaded): obtains a data source's data into the cache ahead of training.
 */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Obtain data ahead of training: 'fetch NAME' downloads or converts it into the cache;"
                + " 'make NAME' is the same for synthesized data.",
        footer = {"", "Examples:", "  gan data fetch mnist", "  gan data make spoken-digits", "  gan data fetch fashion-mnist --cache /data/gan4j"})
final class DataCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACTION", description = "fetch or make")
    private String action;

    @Parameters(index = "1", paramLabel = "NAME", description = "A data source name (see 'gan list').")
    private String name;

    @Option(names = "--cache", paramLabel = "DIR", description = "Data cache (default: $GAN4J_CACHE or ~/.cache/gan4j).")
    private Path cache;

    @Override
    public Integer call() throws Exception {
        if (!"fetch".equals(action) && !"make".equals(action)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown data action '" + action + "'; available: fetch, make");
        }
        DataSourceProvider provider = find(ModalityRegistry.load());
        Path cacheDir = cache != null ? cache : Gan4jPaths.cache();
        provider.prepare(new DataRequest(new Options("data.options", Map.of()), DataRequest.Split.TRAIN, 1, cacheDir,
                line -> {
                    spec.commandLine().getOut().println(line);
                    spec.commandLine().getOut().flush();
                }));
        spec.commandLine().getOut().println("data source '" + name + "' is ready in " + cacheDir);
        return 0;
    }

    private DataSourceProvider find(ModalityRegistry registry) {
        for (Modality m : registry.all()) {
            for (DataSourceProvider p : m.dataSources()) {
                if (p.name().equals(name)) {
                    return p;
                }
            }
        }
        throw new UnknownNameException("data source", name,
                registry.all().stream().flatMap(m -> m.dataSources().stream()).map(DataSourceProvider::name).toList());
    }
}
