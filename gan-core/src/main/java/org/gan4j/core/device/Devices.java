package org.gan4j.core.device;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The process-wide compute device. DJL's own default is the engine's first GPU when it has one,
 * else the CPU; {@link #use} overrides it once at start-up (the {@code --device} option), and
 * every long-lived manager and model gan4j creates is made on {@link #current()}, so the trainer,
 * its per-step scopes and the evaluators share one device.
 */
public final class Devices {

    private static final Pattern NAME = Pattern.compile("cpu|gpu(?::(\\d{1,4}))?");
    private static volatile Device chosen;

    private Devices() {}

    /**
     * Reads a device name and checks that the engine has it.
     *
     * @param name {@code cpu}, {@code gpu} (the first GPU) or {@code gpu:N}
     * @param gpuCount how many GPUs the engine sees
     * @return the device
     * @throws IllegalArgumentException naming the device and what is available when the name is
     *     malformed or the GPU does not exist
     */
    public static Device parse(String name, int gpuCount) {
        Matcher m = NAME.matcher(name == null ? "" : name.trim().toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("--device '" + name + "' is not a device; use cpu, gpu or gpu:N"
                    + " (N from 0)");
        }
        if (m.group(0).equals("cpu")) {
            return Device.cpu();
        }
        int index = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        if (gpuCount == 0) {
            throw new IllegalArgumentException("--device " + name + " requested but the PyTorch engine sees 0 GPUs;"
                    + " build with -Pcuda (see docs/PERFORMANCE.md) on a machine with an NVIDIA driver, or use --device cpu");
        }
        if (index >= gpuCount) {
            throw new IllegalArgumentException("--device " + name + " requested but the PyTorch engine sees " + gpuCount
                    + " GPU" + (gpuCount == 1 ? "" : "s") + " (gpu:0" + (gpuCount == 1 ? "" : " to gpu:" + (gpuCount - 1))
                    + ")");
        }
        return Device.gpu(index);
    }

    /**
     * Makes {@code name} the device of everything created from now on.
     *
     * @param name {@code cpu}, {@code gpu} or {@code gpu:N}
     * @return the device
     * @throws IllegalArgumentException if the engine does not have it
     */
    public static Device use(String name) {
        Device device = parse(name, Engine.getInstance().getGpuCount());
        chosen = device;
        return device;
    }

    /** @return the device chosen with {@link #use}, or the engine's default (its first GPU, else the CPU) */
    public static Device current() {
        Device device = chosen;
        return device != null ? device : Engine.getInstance().defaultDevice();
    }

    /**
     * The devices a data-parallel step is split across: {@link #current()} first, then the GPUs after
     * it (wrapping round to gpu:0). On the CPU, every replica is the CPU: correct but no faster,
     * for checking a configuration before it goes to a GPU machine.
     *
     * @param count how many devices, at least 1
     * @return {@code count} devices
     * @throws IllegalArgumentException naming the count and the GPUs there are, when it exceeds them
     */
    public static List<Device> dataParallel(int count) {
        return dataParallel(count, current(), Engine.getInstance().getGpuCount());
    }

    static List<Device> dataParallel(int count, Device home, int gpuCount) {
        if (!home.isGpu()) {
            return Collections.nCopies(count, home);
        }
        if (count > gpuCount) {
            throw new IllegalArgumentException("train.devices = " + count + " needs " + count + " GPUs but the PyTorch"
                    + " engine sees " + gpuCount + "; set train.devices to at most " + gpuCount);
        }
        List<Device> devices = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            devices.add(Device.gpu((home.getDeviceId() + i) % gpuCount));
        }
        return devices;
    }

    /** @return a new base manager on {@link #current()}; the caller closes it */
    public static NDManager newBaseManager() {
        return NDManager.newBaseManager(current());
    }
}
