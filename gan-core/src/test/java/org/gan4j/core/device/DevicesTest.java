package org.gan4j.core.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Device names are parsed and checked against the GPUs the engine sees; the CPU path makes arrays on the CPU. */
class DevicesTest {

    @Test
    void givenNamesWhenParsedThenDevicesMatch() {
        assertEquals(Device.cpu(), Devices.parse("cpu", 0));
        assertEquals(Device.cpu(), Devices.parse(" CPU ", 2), "case and surrounding blanks are ignored");
        assertEquals(Device.gpu(0), Devices.parse("gpu", 1), "gpu alone is the first GPU");
        assertEquals(Device.gpu(3), Devices.parse("gpu:3", 4));
    }

    @Test
    void givenGpuWhenEngineHasNoneThenErrorNamesTheRequestAndTheCudaBuild() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Devices.parse("gpu:0", 0));
        assertEquals("--device gpu:0 requested but the PyTorch engine sees 0 GPUs; build with -Pcuda (see"
                + " docs/PERFORMANCE.md) on a machine with an NVIDIA driver, or use --device cpu", e.getMessage());
    }

    @Test
    void givenGpuIndexBeyondCountWhenParsedThenErrorListsTheAvailableOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Devices.parse("gpu:2", 2));
        assertEquals("--device gpu:2 requested but the PyTorch engine sees 2 GPUs (gpu:0 to gpu:1)", e.getMessage());
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class, () -> Devices.parse("gpu:1", 1));
        assertTrue(one.getMessage().endsWith("sees 1 GPU (gpu:0)"), one.getMessage());
    }

    @Test
    void givenMalformedNamesWhenParsedThenErrorShowsTheAcceptedForms() {
        for (String bad : new String[] {"", "cuda", "gpu:", "gpu:-1", "gpu:x", "cpu:0", "gpu0"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Devices.parse(bad, 8), bad);
            assertTrue(e.getMessage().contains("use cpu, gpu or gpu:N"), e.getMessage());
        }
    }

    @Test
    void givenDataParallelCountThenDevicesStartAtHomeAndWrapRoundTheGpus() {
        assertEquals(List.of(Device.cpu(), Device.cpu(), Device.cpu()), Devices.dataParallel(3, Device.cpu(), 0));
        assertEquals(List.of(Device.gpu(2), Device.gpu(3), Device.gpu(0)), Devices.dataParallel(3, Device.gpu(2), 4));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Devices.dataParallel(4, Device.gpu(0), 2));
        assertEquals("train.devices = 4 needs 4 GPUs but the PyTorch engine sees 2; set train.devices to at most 2",
                e.getMessage());
    }

    @Test
    void givenCpuChosenWhenManagersAreMadeThenArraysLiveOnTheCpu() {
        assertEquals(Device.cpu(), Devices.use("cpu"));
        assertEquals(Device.cpu(), Devices.current());
        try (NDManager manager = Devices.newBaseManager(); NDManager scope = manager.newSubManager()) {
            NDArray x = scope.ones(new ai.djl.ndarray.types.Shape(2, 3));
            assertEquals(Device.cpu(), x.getDevice());
            assertEquals(6f, x.sum().getFloat(), 0f);
        }
        if (Engine.getInstance().getGpuCount() == 0) {
            assertThrows(IllegalArgumentException.class, () -> Devices.use("gpu"));
            assertEquals(Device.cpu(), Devices.current(), "a refused device leaves the choice unchanged");
        }
    }
}
