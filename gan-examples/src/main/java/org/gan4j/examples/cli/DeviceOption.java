package org.gan4j.examples.cli;

import org.gan4j.core.device.Devices;
import picocli.CommandLine.Option;

/** The {@code --device} option of the commands that build a model. */
final class DeviceOption {

    @Option(names = "--device", paramLabel = "DEVICE",
            description = "cpu, gpu (the first GPU) or gpu:N; GPUs need the -Pcuda build (default: the first GPU when"
                    + " the engine has one, else cpu).")
    String device;

    /**
     * Makes the chosen device the one every model and array is created on; without the option the
     * engine's default stays.
     *
     * @throws IllegalArgumentException if the name is malformed or the engine lacks that GPU
     */
    void apply() {
        if (device != null) {
            Devices.use(device);
        }
    }
}
