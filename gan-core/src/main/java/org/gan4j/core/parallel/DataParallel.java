package org.gan4j.core.parallel;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.gan4j.core.nn.Scalars;

/**
 * Data parallelism over the devices of one machine, in the scheme of PyTorch's {@code DataParallel}:
 * every forward pass of a block is split along the batch axis into one slice per device, each slice
 * runs on that device's replica of the block's parameters, and the outputs are gathered on the home
 * device (the first), so losses and penalties are computed exactly as on one device. After the
 * backward pass, {@link #reduceGradients} adds the replicas' gradients into the home parameters'
 * (the optimizer then steps those) and {@link #broadcast} copies the new weights back.
 *
 * <p>One Java thread issues every slice's kernels; on GPUs they run asynchronously, so the devices
 * overlap. Batch normalisation sees per-slice statistics (as in PyTorch's {@code DataParallel}, not
 * synchronised), and state a forward pass updates in place (batch-norm running statistics, spectral
 * norm's power-iteration vectors) is kept from the home slice. On the CPU the replicas share the
 * cores: correct, for checking a configuration, but no faster.
 */
public final class DataParallel implements AutoCloseable {

    private static final NDIndex ALL = new NDIndex("...");

    private final List<Device> devices;
    private final NDManager manager;
    private final Map<Block, List<ReplicaStore>> replicas = new IdentityHashMap<>();

    /**
     * @param parent the manager under which the replicas' copies are kept
     * @param devices the devices, the home device (where the parameters live) first; at least two
     * @throws IllegalArgumentException if fewer than two devices are given
     */
    public DataParallel(NDManager parent, List<Device> devices) {
        if (devices.size() < 2) {
            throw new IllegalArgumentException("data parallelism needs at least 2 devices, got " + devices);
        }
        this.devices = List.copyOf(devices);
        this.manager = parent.newSubManager();
    }

    /** @return the devices, home first */
    public List<Device> devices() {
        return devices;
    }

    /**
     * Runs {@code block} on {@code input} split across the devices.
     *
     * @param block a block whose parameters live on the home device
     * @param home the store the home slice reads the parameters from
     * @param input arrays sharing their first (batch) axis
     * @param training whether this is a training pass
     * @return the outputs on the home device: per-sample outputs concatenated in batch order, scalar
     *     outputs averaged with the slices' sizes as weights
     * @throws IllegalArgumentException if the inputs disagree on the batch size
     */
    public NDList forward(Block block, ParameterStore home, NDList input, boolean training) {
        long batch = batchSize(input);
        int slices = (int) Math.min(devices.size(), batch);
        List<ReplicaStore> stores = replicasOf(block);
        List<NDList> outputs = new ArrayList<>(slices);
        long[] sizes = new long[slices];
        long from = 0;
        for (int i = 0; i < slices; i++) {
            long to = batch * (i + 1) / slices;
            sizes[i] = to - from;
            NDList slice = slice(input, from, to, devices.get(i));
            outputs.add(block.forward(i == 0 ? home : stores.get(i - 1), slice, training));
            from = to;
        }
        return gather(outputs, sizes, batch);
    }

    /**
     * Adds every replica's gradient of {@code block}'s trainable parameters into the home
     * parameter's gradient and zeroes the replica's. Call after the backward pass, before the
     * optimizer steps.
     *
     * @param block a block run through {@link #forward}
     */
    public void reduceGradients(Block block) {
        List<ReplicaStore> stores = replicas.get(block);
        if (stores == null) {
            return;
        }
        for (Pair<String, Parameter> p : block.getParameters()) {
            NDArray weight = p.getValue().getArray();
            if (!p.getValue().requiresGradient() || !weight.hasGradient()) {
                continue;
            }
            try (NDArray total = weight.getGradient()) {
                for (ReplicaStore store : stores) {
                    NDArray copy = store.copyOf(p.getValue());
                    if (!copy.hasGradient()) {
                        continue;
                    }
                    try (NDArray grad = copy.getGradient(); NDArray moved = grad.toDevice(weight.getDevice(), false)) {
                        total.addi(moved);
                        grad.set(ALL, 0f);
                    }
                }
            }
        }
    }

    /**
     * Copies {@code block}'s home parameters (trainable or not) into its replicas, after the
     * optimizer stepped or a checkpoint was restored.
     *
     * @param block a block run through {@link #forward}
     */
    public void broadcast(Block block) {
        List<ReplicaStore> stores = replicas.get(block);
        if (stores == null) {
            return;
        }
        for (Pair<String, Parameter> p : block.getParameters()) {
            NDArray weight = p.getValue().getArray();
            for (ReplicaStore store : stores) {
                store.copyOf(p.getValue()).set(ALL, weight);
            }
        }
    }

    private List<ReplicaStore> replicasOf(Block block) {
        return replicas.computeIfAbsent(block, b -> {
            List<ReplicaStore> stores = new ArrayList<>();
            for (Device device : devices.subList(1, devices.size())) {
                stores.add(new ReplicaStore(manager, device, b));
            }
            return stores;
        });
    }

    private static long batchSize(NDList input) {
        long batch = input.head().getShape().get(0);
        for (NDArray array : input) {
            if (array.getShape().dimension() == 0 || array.getShape().get(0) != batch) {
                throw new IllegalArgumentException("data parallelism splits a block's inputs along their first axis, but"
                        + " their shapes are " + Arrays.toString(input.getShapes()) + "; each needs the batch size " + batch
                        + " first");
            }
        }
        return batch;
    }

    private static NDList slice(NDList input, long from, long to, Device device) {
        NDList slice = new NDList(input.size());
        for (NDArray array : input) {
            slice.add(array.get(new NDIndex().addSliceDim(from, to)).toDevice(device, false));
        }
        return slice;
    }

    private static NDList gather(List<NDList> outputs, long[] sizes, long batch) {
        NDList first = outputs.get(0);
        Device home = first.head().getDevice();
        NDList gathered = new NDList(first.size());
        for (int j = 0; j < first.size(); j++) {
            NDArray[] parts = new NDArray[outputs.size()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = outputs.get(i).get(j).toDevice(home, false);
            }
            if (parts[0].getShape().dimension() > 0) {
                for (int i = 0; i < parts.length; i++) {
                    if (parts[i].getShape().get(0) != sizes[i]) {
                        throw new IllegalStateException("output " + j + " of a slice of " + sizes[i] + " samples has shape "
                                + parts[i].getShape() + "; data parallelism gathers per-sample outputs (batch axis first)"
                                + " and scalars only");
                    }
                }
                gathered.add(parts.length == 1 ? parts[0] : NDArrays.concat(new NDList(parts), 0));
            } else {
                NDArray mean = Scalars.times(parts[0], sizes[0]);
                for (int i = 1; i < parts.length; i++) {
                    mean = mean.add(Scalars.times(parts[i], sizes[i]));
                }
                gathered.add(Scalars.divide(mean, batch));
            }
        }
        return gathered;
    }

    @Override
    public void close() {
        manager.close();
    }
}
