package org.gan4j.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link SpectralNorm}'s power iteration against an exact singular value decomposition. */
class SpectralNormTest {

    private static final int ITERATIONS = 50;

    private NDManager manager;

    @BeforeEach
    void open() {
        Engine.getInstance().setRandomSeed(5);
        manager = NDManager.newBaseManager();
    }

    @AfterEach
    void close() {
        manager.close();
    }

    @ParameterizedTest(name = "weight {0}, rows on axis {1}")
    @CsvSource({"'6,5', 0", "'4,3,3,3', 0", "'3,5,4,4', 1", "'8,4,25', 0"})
    void givenFixedWeightWhenIteratingInTrainingThenSigmaMatchesLargestSingularValue(
            String dims, int rowAxis) {
        Shape shape =
                new Shape(Arrays.stream(dims.split(",")).mapToLong(Long::parseLong).toArray());
        NDArray weight = manager.randomNormal(shape);
        NDArray u = manager.randomNormal(new Shape(shape.get(rowAxis)));
        SpectralNorm norm = new SpectralNorm(rowAxis);
        NDArray normalized = null;
        for (int i = 0; i < ITERATIONS; i++) {
            normalized = norm.normalize(weight, u, true);
        }

        float[] values = weight.toFloatArray();
        double exact = SingularValues.largest(values, shape, rowAxis);
        double sigma = weight.norm().getFloat() / normalized.norm().getFloat();
        assertEquals(exact, sigma, 1e-3 * exact, "sigma");
        assertEquals(1.0, SingularValues.largest(normalized.toFloatArray(), shape, rowAxis), 1e-3);
    }
}
