package org.gan4j.core.checkpoint;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Parameter;
import ai.djl.nn.ParameterList;
import ai.djl.util.Pair;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Saves a network's parameters by path and loads them back in place, checking names and shapes.
 * Loading copies into the existing arrays, so optimizers and gradient flags keep pointing at them.
 */
public final class ParameterFile {

    private static final String MAGIC = "gan4j-parameters";
    private static final int FORMAT = 1;
    private static final NDIndex ALL = new NDIndex("...");

    private ParameterFile() {}

    /**
     * Writes every parameter (trainable or not) with its path.
     *
     * @param parameters the network's parameters
     * @param out the stream
     * @throws IOException if writing fails
     */
    public static void write(ParameterList parameters, DataOutputStream out) throws IOException {
        out.writeUTF(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(parameters.size());
        for (Pair<String, Parameter> p : parameters) {
            out.writeUTF(p.getKey());
            byte[] bytes = p.getValue().getArray().encode();
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    /**
     * {@link #write} into memory.
     *
     * @param parameters the network's parameters
     * @return the bytes {@link #write} would put in a file
     */
    public static byte[] toBytes(ParameterList parameters) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(parameters, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads parameters written by {@link #write} into the arrays of {@code parameters}.
     *
     * @param parameters the network's parameters, already initialized
     * @param in the stream
     * @param scratch a manager for the temporary decoded arrays
     * @param source the file it comes from, for error messages
     * @throws CheckpointException if the file is foreign, or a name or shape does not match
     */
    public static void read(ParameterList parameters, DataInputStream in, NDManager scratch, String source)
            throws IOException {
        if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT) {
            throw new CheckpointException(source + " is not a gan4j parameter file (format " + FORMAT + ")");
        }
        int count = in.readInt();
        if (count != parameters.size()) {
            throw new CheckpointException(source + " holds " + count + " parameters but this model has "
                    + parameters.size() + ": it was written by a different architecture");
        }
        Set<String> seen = new HashSet<>();
        try (NDManager temp = scratch.newSubManager()) {
            for (int i = 0; i < count; i++) {
                String path = in.readUTF();
                Parameter parameter = parameters.get(path);
                if (parameter == null || !seen.add(path)) {
                    throw new CheckpointException(source + " holds parameter '" + path
                            + "', which this model does not have: it was written by a different architecture");
                }
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                NDArray loaded = NDArray.decode(temp, bytes);
                NDArray target = parameter.getArray();
                if (!loaded.getShape().equals(target.getShape())) {
                    throw new CheckpointException(source + ": parameter '" + path + "' has shape " + loaded.getShape()
                            + " but this model's has shape " + target.getShape());
                }
                target.set(ALL, loaded);
            }
        }
    }
}
