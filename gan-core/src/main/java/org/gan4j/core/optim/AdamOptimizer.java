package org.gan4j.core.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.nn.ParameterList;
import ai.djl.util.Pair;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adam whose moments are keyed by parameter path (e.g. {@code 02Linear_weight}), so its state can
 * be saved and restored exactly across processes. DJL's own optimizers key state by a random
 * per-run parameter id and cannot be resumed.
 *
 * <p>Each update is libtorch's fused Adam kernel (one native call per parameter), which also
 * zeroes the parameter's gradient. Parameters that do not require a gradient (frozen weights,
 * BatchNorm statistics, spectral-norm vectors) are skipped.
 */
public final class AdamOptimizer implements AutoCloseable {

    private static final int FORMAT = 1;
    private static final String MAGIC = "gan4j-adam";

    private final NDManager stateManager;
    private final ParameterList parameters;
    private final float beta1;
    private final float beta2;
    private final float epsilon;
    private final Map<String, NDArray[]> moments = new HashMap<>();
    private final Map<String, Float> rateFactors = new HashMap<>();
    private float learningRate;
    private long updates;

    /**
     * @param manager the long-lived manager that owns the moment arrays
     * @param parameters the parameters this optimizer updates, by path
     * @param learningRate the step size
     * @param beta1 the first-moment decay
     * @param beta2 the second-moment decay
     * @param epsilon the denominator guard
     */
    public AdamOptimizer(
            NDManager manager, ParameterList parameters, float learningRate, float beta1, float beta2, float epsilon) {
        this.stateManager = manager.newSubManager();
        this.parameters = parameters;
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    /** @return the current learning rate */
    public float learningRate() {
        return learningRate;
    }

    /** @param learningRate the new learning rate (the watchdog lowers it after a rollback) */
    public void setLearningRate(float learningRate) {
        this.learningRate = learningRate;
    }

    /**
     * Makes some parameters learn at a fraction of the learning rate.
     *
     * @param factors parameter paths with their factors in (0, 1]
     * @throws IllegalArgumentException naming a path this optimizer does not update, or a factor out
     *     of range
     */
    public void setRateFactors(Map<String, Float> factors) {
        for (Map.Entry<String, Float> e : factors.entrySet()) {
            if (parameters.get(e.getKey()) == null) {
                throw new IllegalArgumentException("no parameter '" + e.getKey() + "' to scale the learning rate of");
            }
            if (!(e.getValue() > 0f && e.getValue() <= 1f)) {
                throw new IllegalArgumentException("learning-rate factor " + e.getValue() + " of parameter '" + e.getKey()
                        + "' must be in (0, 1]");
            }
        }
        rateFactors.putAll(factors);
    }

    /** @return how many updates have been applied */
    public long updates() {
        return updates;
    }

    /** Applies one Adam update to every trainable parameter from its accumulated gradient. */
    public void step() {
        updates++;
        double biasCorrection1 = 1 - Math.pow(beta1, updates);
        double biasCorrection2 = 1 - Math.pow(beta2, updates);
        float correctedRate = (float) (learningRate * Math.sqrt(biasCorrection2) / biasCorrection1);
        for (Pair<String, Parameter> entry : parameters) {
            Parameter parameter = entry.getValue();
            if (!parameter.requiresGradient()) {
                continue;
            }
            NDArray weight = parameter.getArray();
            NDArray[] state = moments.computeIfAbsent(entry.getKey(), k -> newState(weight));
            float factor = rateFactors.getOrDefault(entry.getKey(), 1f);
            try (NDArray grad = weight.getGradient()) {
                weight.getNDArrayInternal().adamUpdate(
                        new NDList(weight, grad, state[0], state[1]),
                        new NDList(weight),
                        learningRate * factor,
                        correctedRate * factor,
                        0f,
                        1f,
                        Float.POSITIVE_INFINITY,
                        beta1,
                        beta2,
                        epsilon,
                        false,
                        false);
            }
        }
    }

    private NDArray[] newState(NDArray weight) {
        NDArray mean = stateManager.zeros(weight.getShape(), weight.getDataType(), weight.getDevice());
        NDArray variance = stateManager.zeros(weight.getShape(), weight.getDataType(), weight.getDevice());
        return new NDArray[] {mean, variance};
    }

    /**
     * Writes the update count, learning rate and every moment, keyed by parameter path.
     *
     * @param out the stream
     * @throws IOException if writing fails
     */
    public void save(DataOutputStream out) throws IOException {
        out.writeUTF(MAGIC);
        out.writeInt(FORMAT);
        out.writeLong(updates);
        out.writeFloat(learningRate);
        Map<String, NDArray[]> ordered = new LinkedHashMap<>();
        for (Pair<String, Parameter> entry : parameters) {
            NDArray[] state = moments.get(entry.getKey());
            if (state != null) {
                ordered.put(entry.getKey(), state);
            }
        }
        out.writeInt(ordered.size());
        for (Map.Entry<String, NDArray[]> e : ordered.entrySet()) {
            out.writeUTF(e.getKey());
            for (NDArray moment : e.getValue()) {
                byte[] bytes = moment.encode();
                out.writeInt(bytes.length);
                out.write(bytes);
            }
        }
    }

    /**
     * Restores state written by {@link #save}, replacing the current state.
     *
     * @param in the stream
     * @param source the file it comes from, for error messages
     * @throws IOException if the stream is unreadable, foreign, or does not fit the parameters
     */
    public void load(DataInputStream in, String source) throws IOException {
        if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT) {
            throw new IOException(source + " is not a gan4j Adam state (format " + FORMAT + ")");
        }
        long loadedUpdates = in.readLong();
        float loadedRate = in.readFloat();
        int count = in.readInt();
        Map<String, NDArray[]> loaded = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String path = in.readUTF();
            Parameter parameter = parameters.get(path);
            if (parameter == null) {
                throw new IOException(source + " holds state for parameter '" + path + "', which this model does not have");
            }
            NDArray[] state = new NDArray[2];
            for (int k = 0; k < 2; k++) {
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                state[k] = NDArray.decode(stateManager, bytes);
                if (!state[k].getShape().equals(parameter.getArray().getShape())) {
                    throw new IOException(source + ": state for parameter '" + path + "' has shape " + state[k].getShape()
                            + " but the model's parameter has shape " + parameter.getArray().getShape());
                }
            }
            loaded.put(path, state);
        }
        moments.values().forEach(s -> new NDList(s).close());
        moments.clear();
        moments.putAll(loaded);
        updates = loadedUpdates;
        learningRate = loadedRate;
    }

    @Override
    public void close() {
        stateManager.close();
    }
}
