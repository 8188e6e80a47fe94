package org.gan4j.core.parallel;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.util.HashMap;
import java.util.Map;

/**
 * One block's parameters copied onto one device: what the block's forward pass reads when it runs a
 * batch slice there. The copies are independent leaves, so the backward pass leaves their
 * gradients here for {@link DataParallel} to add into the home parameters'. A copy takes a
 * gradient exactly when its parameter does (a frozen discriminator's copies stay frozen).
 */
final class ReplicaStore extends ParameterStore {

    private final Map<String, NDArray> copies = new HashMap<>();

    ReplicaStore(NDManager manager, Device device, Block block) {
        super(manager, true);
        for (Pair<String, Parameter> p : block.getParameters()) {
            NDArray copy;
            try (NDArray detached = p.getValue().getArray().stopGradient()) {
                NDArray clone = detached.duplicate();
                copy = clone.toDevice(device, false);
                if (copy != clone) {
                    clone.close();
                }
            }
            copy.attach(manager);
            copies.put(p.getValue().getId(), copy);
        }
    }

    @Override
    public NDArray getValue(Parameter parameter, Device requested, boolean training) {
        if (parameter == null) {
            return null;
        }
        NDArray copy = copies.get(parameter.getId());
        if (copy == null) {
            throw new IllegalStateException("parameter '" + parameter.getName() + "' is not part of the replicated block;"
                    + " a block may only read its own parameters under data parallelism");
        }
        boolean trainable = training && parameter.requiresGradient();
        if (copy.hasGradient() != trainable) {
            copy.setRequiresGradient(trainable);
        }
        return copy;
    }

    /**
     * @param parameter a parameter of the replicated block
     * @return its copy on this store's device
     */
    NDArray copyOf(Parameter parameter) {
        return copies.get(parameter.getId());
    }
}
