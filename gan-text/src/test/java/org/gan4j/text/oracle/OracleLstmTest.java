package org.gan4j.text.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gan4j.text.data.TokenSequences;
import org.junit.jupiter.api.Test;

class OracleLstmTest {

    private static final OracleSpec SMALL = new OracleSpec(50, 8, 8, 8);

    @Test
    void givenTheSameSeedWhenBuiltTwiceThenSamplesAndWeightsAgree() {
        try (NDManager manager = NDManager.newBaseManager();
                OracleLstm a = new OracleLstm(SMALL, 7, manager);
                OracleLstm b = new OracleLstm(SMALL, 7, manager)) {
            TokenSequences sa = a.sample(0, 600);
            TokenSequences sb = b.sample(0, 600);
            for (int i = 0; i < 600; i++) {
                assertArrayEquals(sa.rows().get(i), sb.rows().get(i));
            }
            assertEquals(a.nll(sa.rows()), b.nll(sa.rows()), 1e-9);
            assertTrue(!java.util.Arrays.equals(sa.rows().get(0), a.sample(1, 1).rows().get(0))
                    || !java.util.Arrays.equals(sa.rows().get(1), a.sample(1, 2).rows().get(1)), "streams differ");
        }
    }

    @Test
    void givenOracleSamplesWhenScoredThenTheyBeatUniformNoiseByFar() {
        try (NDManager manager = NDManager.newBaseManager(); OracleLstm oracle = new OracleLstm(SMALL, 3, manager)) {
            double floor = oracle.nll(oracle.sample(0, 1000).rows());
            Random random = new Random(1);
            List<int[]> noise = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                noise.add(random.ints(8, 0, 50).toArray());
            }
            double uniform = oracle.nll(noise);
            // N(0, 1) weights make the oracle's next-token distributions peaked: its entropy rate is
            // well below log(50) = 3.9, and uniform noise is far less likely than its own samples.
            assertTrue(floor < Math.log(50) - 0.5, "floor " + floor);
            assertTrue(uniform > floor + 2, "uniform " + uniform + " vs floor " + floor);
        }
    }
}
