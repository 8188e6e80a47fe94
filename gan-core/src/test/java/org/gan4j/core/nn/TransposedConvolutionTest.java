package org.gan4j.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.ParameterList;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import java.nio.DoubleBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link TransposedConvolution} against the scatter definition, written out with plain loops. */
class TransposedConvolutionTest {

    /** The per-dimension options of a layer with two output channels. */
    private record Geometry(Shape kernel, Shape stride, Shape padding, Shape outputPadding) {

        TransposedConvolution layer(boolean bias) {
            return TransposedConvolution.builder()
                    .setKernelShape(kernel)
                    .setFilters(2)
                    .optStride(stride)
                    .optPadding(padding)
                    .optOutputPadding(outputPadding)
                    .optBias(bias)
                    .build();
        }
    }

    private NDManager manager;

    @BeforeEach
    void open() {
        Engine.getInstance().setRandomSeed(11);
        manager = NDManager.newBaseManager();
    }

    @AfterEach
    void close() {
        manager.close();
    }

    @Test
    void givenWaveganShapesWhenTransposedConvolvingThenMatchesScatterReference() {
        Geometry wavegan = new Geometry(new Shape(25), new Shape(4), new Shape(11), new Shape(1));
        checkAgainstReference(wavegan, true, new Shape(2, 3, 5), new Shape(2, 2, 20));
    }

    @Test
    void givenDcganShapesWhenTransposedConvolvingThenMatchesScatterReference() {
        Geometry dcgan =
                new Geometry(new Shape(4, 4), new Shape(2, 2), new Shape(1, 1), new Shape(0, 0));
        checkAgainstReference(dcgan, true, new Shape(2, 3, 3, 4), new Shape(2, 2, 6, 8));
    }

    @Test
    void givenOddKernelAndOutputPaddingWhenTransposedConvolvingThenMatchesScatterReference() {
        Geometry odd =
                new Geometry(new Shape(3, 3), new Shape(2, 2), new Shape(0, 0), new Shape(1, 1));
        checkAgainstReference(odd, true, new Shape(3, 2, 4, 3), new Shape(3, 2, 10, 8));
    }

    @Test
    void givenOutputPaddingBeyondKernelReachWhenTransposedConvolvingThenMatchesScatterReference() {
        Geometry beyond = new Geometry(new Shape(4), new Shape(2), new Shape(0), new Shape(1));
        checkAgainstReference(beyond, false, new Shape(2, 3, 4), new Shape(2, 2, 11));
    }

    @Test
    void givenMixedStridesWhenTransposedConvolvingThenMatchesScatterReference() {
        Geometry mixed =
                new Geometry(new Shape(3, 5), new Shape(3, 1), new Shape(1, 2), new Shape(2, 0));
        checkAgainstReference(mixed, true, new Shape(2, 2, 3, 6), new Shape(2, 2, 9, 6));
    }

    @Test
    void givenOutputPaddingNotBelowStrideWhenBuildingThenRejected() {
        Geometry invalid = new Geometry(new Shape(4), new Shape(2), new Shape(1), new Shape(2));
        assertThrows(IllegalArgumentException.class, () -> invalid.layer(true));
    }

    @Test
    void givenTinyLayerWhenBackpropagatingThenWeightGradientMatchesFiniteDifferences() {
        TransposedConvolution block =
                new Geometry(new Shape(3, 2), new Shape(2, 1), new Shape(1, 0), new Shape(1, 0))
                        .layer(true);
        Shape inputShape = new Shape(2, 2, 3, 2);
        block.initialize(manager, DataType.FLOAT64, inputShape);
        ParameterStore store = new ParameterStore(manager, false);
        NDArray x = manager.randomNormal(0, 1, inputShape, DataType.FLOAT64);
        NDArray probe =
                manager.randomNormal(
                        0, 1, block.getOutputShapes(new Shape[] {inputShape})[0], DataType.FLOAT64);
        NDArray weight = block.getParameters().get("weight").getArray();

        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            collector.backward(forward(block, store, x, true).mul(probe).sum());
        }
        double[] analytic = weight.getGradient().toDoubleArray();

        double[] values = weight.toDoubleArray();
        double step = 1e-3;
        for (int i = 0; i < values.length; i++) {
            double original = values[i];
            values[i] = original + step;
            weight.set(DoubleBuffer.wrap(values));
            double up = forward(block, store, x, false).mul(probe).sum().getDouble();
            values[i] = original - step;
            weight.set(DoubleBuffer.wrap(values));
            double down = forward(block, store, x, false).mul(probe).sum().getDouble();
            values[i] = original;
            assertEquals((up - down) / (2 * step), analytic[i], 1e-8, "d loss / d w[" + i + "]");
        }
    }

    private static NDArray forward(
            TransposedConvolution block, ParameterStore store, NDArray x, boolean training) {
        return block.forward(store, new NDList(x), training).singletonOrThrow();
    }

    private void checkAgainstReference(
            Geometry geometry, boolean bias, Shape inputShape, Shape outputShape) {
        TransposedConvolution block = geometry.layer(bias);
        block.setInitializer(new NormalInitializer(1f), Parameter.Type.BIAS);
        block.initialize(manager, DataType.FLOAT32, inputShape);
        NDArray x = manager.randomNormal(inputShape);
        NDArray y = forward(block, new ParameterStore(manager, false), x, false);
        assertEquals(outputShape, block.getOutputShapes(new Shape[] {inputShape})[0]);
        assertEquals(outputShape, y.getShape());

        ParameterList parameters = block.getParameters();
        float[] biasValues = bias ? parameters.get("bias").getArray().toFloatArray() : null;
        float[] expected =
                scatter(
                        x.toFloatArray(),
                        planar(inputShape),
                        parameters.get("weight").getArray().toFloatArray(),
                        biasValues,
                        planar(outputShape),
                        planar(geometry.kernel(), 1),
                        planar(geometry.stride(), 1),
                        planar(geometry.padding(), 0));
        assertArrayEquals(expected, y.toFloatArray(), 1e-4f);
    }

    /** A 1-D (N, C, L) geometry as the 2-D (N, C, 1, L) one; 2-D shapes unchanged. */
    private static long[] planar(Shape shape) {
        long[] dims = shape.getShape();
        if (dims.length == 4) {
            return dims;
        }
        return new long[] {dims[0], dims[1], 1, dims[2]};
    }

    /** A per-dimension option of a 1-D layer as the 2-D one, with {@code fill} for the height. */
    private static long[] planar(Shape option, long fill) {
        long[] dims = option.getShape();
        return dims.length == 2 ? dims : new long[] {fill, dims[0]};
    }

    /**
     * The definition: {@code y[n, o, a, b] = bias[o] + sum x[n, i, h, w] * W[i, o, kh, kw]} over
     * {@code a = h * sh + kh - ph} and {@code b = w * sw + kw - pw}.
     */
    private static float[] scatter(
            float[] x,
            long[] in,
            float[] weight,
            float[] bias,
            long[] out,
            long[] kernel,
            long[] stride,
            long[] padding) {
        int batch = (int) in[0];
        int inChannels = (int) in[1];
        int outChannels = (int) out[1];
        double[] y = new double[batch * outChannels * (int) (out[2] * out[3])];
        for (int n = 0; n < batch; n++) {
            for (int i = 0; i < inChannels; i++) {
                for (int o = 0; o < outChannels; o++) {
                    for (int h = 0; h < in[2]; h++) {
                        for (int w = 0; w < in[3]; w++) {
                            double value =
                                    x[(int) (((n * inChannels + i) * in[2] + h) * in[3] + w)];
                            for (int kh = 0; kh < kernel[0]; kh++) {
                                for (int kw = 0; kw < kernel[1]; kw++) {
                                    long a = h * stride[0] + kh - padding[0];
                                    long b = w * stride[1] + kw - padding[1];
                                    if (a < 0 || a >= out[2] || b < 0 || b >= out[3]) {
                                        continue;
                                    }
                                    int tap =
                                            (int)
                                                    (((i * outChannels + o) * kernel[0] + kh)
                                                                    * kernel[1]
                                                            + kw);
                                    y[(int) (((n * outChannels + o) * out[2] + a) * out[3] + b)] +=
                                            value * weight[tap];
                                }
                            }
                        }
                    }
                }
            }
        }
        float[] result = new float[y.length];
        int plane = (int) (out[2] * out[3]);
        for (int j = 0; j < y.length; j++) {
            result[j] = (float) (y[j] + (bias == null ? 0 : bias[j / plane % outChannels]));
        }
        return result;
    }
}
