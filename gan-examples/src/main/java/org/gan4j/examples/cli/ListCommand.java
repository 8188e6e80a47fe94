package org.gan4j.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.gan4j.core.loss.Losses;
import org.gan4j.core.spi.Modality;
import org.gan4j.core.spi.ModalityRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gan list}: the registered modalities with their data sources, architectures and presets, and the losses. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List modalities, data sources, architectures, presets and losses.",
        footer = {"", "Examples:", "  gan list", "  gan list | grep preset"})
final class ListCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Modality m : ModalityRegistry.load().all()) {
            out.printf("modality %s: %s (sample: %s)%n", m.name(), m.description(), m.sampleType());
            m.dataSources().forEach(d -> out.printf("  data source   %-16s %s%n", d.name(), d.description()));
            m.architectures().forEach(a -> out.printf("  architecture  %-16s %s%n", a.name(), a.description()));
            m.presets().forEach(p -> out.printf("  preset        %-16s %s%n", p.name(), p.description()));
        }
        out.println("losses: " + String.join(", ", Losses.NAMES));
        out.flush();
        return 0;
    }
}
