package org.gan4j.text.oracle;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.gan4j.core.device.Devices;
import org.gan4j.core.train.EngineSeeds;
import org.gan4j.text.data.TokenSequences;
import org.gan4j.text.metrics.SequenceNll;
import org.gan4j.text.model.LstmLanguageModel;
import org.gan4j.text.model.MleSettings;
import org.gan4j.text.model.MleTrainer;

/**
 * The MLE baseline of the oracle benchmark: trains the generator LSTM by maximum likelihood on the
 * oracle's training samples (as the GAN presets pretrain it), then samples it at several softmax
 * temperatures and reports each point's NLL-oracle (quality) and NLL-gen on held-out oracle
 * samples (coverage). A GAN claim must beat this frontier, not the single temperature-1 point.
 */
public final class OracleMleSweep {

    /**
     * The sweep's settings.
     *
     * @param spec the oracle
     * @param oracleSeed the oracle's seed (the data)
     * @param trainSamples training sequences
     * @param evalSamples generated and held-out sequences per measurement
     * @param generator the generator's embedding and hidden width (as {@link OracleSpec} widths)
     * @param mle the MLE training
     * @param seed the run seed (initialization, batch order, sampling)
     * @param temperatures the softmax temperatures to sample at
     */
    public record Settings(OracleSpec spec, long oracleSeed, int trainSamples, int evalSamples, OracleSpec generator,
            MleSettings mle, long seed, List<Float> temperatures) {}

    /**
     * One point of the frontier.
     *
     * @param temperature the sampling temperature
     * @param nllOracle the oracle's NLL of the samples
     * @param nllGen the tempered generator's NLL of held-out oracle samples
     */
    public record Point(float temperature, double nllOracle, double nllGen) {}

    private OracleMleSweep() {}

    /**
     * Runs the sweep.
     *
     * @param s the settings
     * @param out receives progress and the table
     * @return the points, in the order of the temperatures
     */
    public static List<Point> run(Settings s, PrintStream out) {
        long start = System.nanoTime();
        List<Point> points = new ArrayList<>();
        try (NDManager manager = Devices.newBaseManager(); OracleLstm oracle = new OracleLstm(s.spec(), s.oracleSeed(), manager)) {
            TokenSequences train = oracle.sample(0, s.trainSamples());
            List<int[]> heldOut = oracle.sample(1, s.evalSamples()).rows();
            out.printf("oracle seed %d: floor NLL-oracle (its own held-out samples) %.4f%n", s.oracleSeed(), oracle.nll(heldOut));
            try (EngineSeeds.Hold random = EngineSeeds.hold()) {
                EngineSeeds.seed(s.seed(), 0, -1);
                LstmLanguageModel g = new LstmLanguageModel(s.spec().vocabulary(), s.spec().length(), s.generator().embedding(),
                        s.generator().hidden(), 1, 0.1f);
                g.initialize(manager, DataType.FLOAT32, new Shape(1, 1));
                new MleTrainer(g, s.mle()).train(train, manager, s.seed(), out::println);
                out.printf("MLE trained in %.1f s%n", (System.nanoTime() - start) / 1e9);
                out.println("temperature  nll-oracle  nll-gen");
                for (float t : s.temperatures()) {
                    EngineSeeds.seed(s.seed(), -3, Float.floatToIntBits(t));
                    List<int[]> samples = new ArrayList<>();
                    while (samples.size() < s.evalSamples()) {
                        try (NDManager scope = manager.newSubManager()) {
                            samples.addAll(TokenSequences.rowsOf(g.sample(scope, Math.min(500, s.evalSamples() - samples.size()), t)));
                        }
                    }
                    Point p = new Point(t, oracle.nll(samples), SequenceNll.mean(g, heldOut, t, manager));
                    points.add(p);
                    out.printf("%11.2f  %10.4f  %7.4f%n", p.temperature(), p.nllOracle(), p.nllGen());
                }
            }
        }
        out.printf("total %.1f s%n", (System.nanoTime() - start) / 1e9);
        return points;
    }

    /**
     * Runs the benchmark's sweep: {@code OracleMleSweep [seed [mleSteps]]} (defaults 1 and 1500),
     * oracle seed 1, 10,000 training and 10,000 evaluation sequences, temperatures 0.7–1.2.
     *
     * @param args optional seed and MLE steps
     */
    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 1500;
        Engine.getInstance();
        run(new Settings(OracleSpec.SEQGAN, 1, 10_000, 10_000, OracleSpec.SEQGAN, new MleSettings(steps, 64, 0.01f), seed,
                List.of(0.7f, 0.8f, 0.9f, 1.0f, 1.1f, 1.2f)), System.out);
    }
}
