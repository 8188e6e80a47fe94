package org.gan4j.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.options.Options;
import org.gan4j.core.options.UnknownNameException;
import org.gan4j.core.spi.DataRequest;
import org.gan4j.core.spi.DataSourceProvider;
import org.gan4j.core.spi.Modality;
import org.gan4j.core.spi.ModalityRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gan data fetch|make NAME} obtains a data source's data into the cache ahead of training;
 * {@code gan data info [NAME]} tells where it is cached and whether it is there, and for one source
 * that needs no fetching (or is fetched) its sizes, sample shape and condition.
 */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = {"Obtain or describe data: 'fetch NAME' downloads or converts it into the cache; 'make NAME' is"
                + " the same for synthesized data; 'info [NAME]' shows the cache path, whether it is fetched and,"
                + " for one source, its sizes, sample shape and classes (it never downloads)."},
        footer = {"", "Examples:", "  gan data fetch mnist", "  gan data make spoken-digits", "  gan data info",
            "  gan data info mnist -o conditional=true", "  gan data info image-folder -o path=~/pictures",
            "  gan data fetch fashion-mnist --cache /data/gan4j"})
final class DataCommand implements Callable<Integer> {

    private static final List<String> ACTIONS = List.of("fetch", "make", "info");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACTION", description = "fetch, make or info")
    private String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NAME", description = "A data source name (see 'gan list').")
    private String name;

    @Mixin
    private CacheOption cache;

    @Option(names = {"-o", "--option"}, paramLabel = "KEY=VALUE",
            description = "A data option, as under data.options in a configuration (repeatable), e.g. -o limit=1000.")
    private Map<String, String> options = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        if (!ACTIONS.contains(action)) {
            throw new ParameterException(spec.commandLine(), "unknown data action '" + action + "'; available: "
                    + String.join(", ", ACTIONS));
        }
        ModalityRegistry registry = ModalityRegistry.load();
        Path cacheDir = cache.dir();
        Terminal terminal = GanCli.terminal(spec);
        if ("info".equals(action)) {
            if (name == null) {
                for (Modality m : registry.all()) {
                    for (DataSourceProvider p : m.dataSources()) {
                        summary(terminal, m, p, request(cacheDir, terminal, DataRequest.Split.TRAIN));
                    }
                }
            } else {
                info(terminal, registry, cacheDir);
            }
            return 0;
        }
        if (name == null) {
            throw new ParameterException(spec.commandLine(), "name the data source to " + action + " (see 'gan data info')");
        }
        DataSourceProvider provider = find(registry).getValue();
        provider.prepare(request(cacheDir, terminal, DataRequest.Split.TRAIN));
        terminal.result("data source '" + name + "' is ready in " + cacheDir);
        return 0;
    }

    private DataRequest request(Path cacheDir, Terminal terminal, DataRequest.Split split) {
        Map<String, Object> values = new LinkedHashMap<>();
        options.forEach((k, v) -> values.put(k, parse(v)));
        return new DataRequest(new Options("data.options", values), split, 1, cacheDir, terminal::message);
    }

    /** A number or boolean when the text is one (as YAML would read it), else the text. */
    private static Object parse(String text) {
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException notLong) {
            try {
                return Double.valueOf(text);
            } catch (NumberFormatException notNumber) {
                return text;
            }
        }
    }

    /** @return whether the source's data is present (or needs no fetching) */
    private static boolean summary(Terminal terminal, Modality m, DataSourceProvider p, DataRequest request) {
        Optional<Path> cached = p.cachedAt(request);
        boolean present = cached.map(Files::exists).orElse(true);
        terminal.result(String.format("%-16s %-6s %s", p.name(), m.name(), p.description()));
        terminal.result("  cache: " + cached.map(c -> c + (Files.exists(c) ? " (fetched)"
                : " (not fetched: gan data fetch " + p.name() + ")")).orElse("none (synthesized in memory or read from option path)"));
        return present;
    }

    private void info(Terminal terminal, ModalityRegistry registry, Path cacheDir) throws Exception {
        Map.Entry<Modality, DataSourceProvider> found = find(registry);
        DataSourceProvider provider = found.getValue();
        if (!summary(terminal, found.getKey(), provider, request(cacheDir, terminal, DataRequest.Split.TRAIN))) {
            return;
        }
        for (DataRequest.Split split : DataRequest.Split.values()) {
            try (DataSource data = provider.open(request(cacheDir, terminal, split))) {
                String size = data.size() == Long.MAX_VALUE ? "unlimited (synthesized)" : data.size() + " samples";
                terminal.result(String.format("  %-9s %s of shape %s, %s", split == DataRequest.Split.TRAIN ? "train:" : "held-out:",
                        size, data.sampleShape(), data.condition()));
            }
        }
    }

    private Map.Entry<Modality, DataSourceProvider> find(ModalityRegistry registry) {
        for (Modality m : registry.all()) {
            for (DataSourceProvider p : m.dataSources()) {
                if (p.name().equals(name)) {
                    return Map.entry(m, p);
                }
            }
        }
        throw new UnknownNameException("data source", name,
                registry.all().stream().flatMap(m -> m.dataSources().stream()).map(DataSourceProvider::name).toList());
    }
}
