package org.gan4j.text.oracle;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.options.Options;
import org.gan4j.core.spi.DataRequest;
import org.gan4j.core.spi.DataSourceProvider;
import org.gan4j.text.data.TextDataSource;
import org.gan4j.text.data.TokenSequences;

/**
 * The {@code oracle} data source: sequences sampled from a seeded {@link OracleLstm} (SeqGAN's
 * synthetic benchmark); the training and held-out splits are independent sample sets. The oracle
 * seed ({@code data.options.oracleSeed}) is separate from the run seed, so runs with different
 * seeds face the same oracle.
 */
public final class OracleDataProvider implements DataSourceProvider {

    private final Consumer<TextDataSource> onOpen;

    /** @param onOpen told of every training split opened (the modality's sample writer decodes with it) */
    public OracleDataProvider(Consumer<TextDataSource> onOpen) {
        this.onOpen = onOpen;
    }

    private static final List<String> KEYS = List.of("vocabulary", "length", "embedding", "hidden", "samples", "oracleSeed");

    @Override
    public String name() {
        return "oracle";
    }

    @Override
    public String description() {
        return "SeqGAN's synthetic data: samples of a seeded random LSTM (vocabulary 5000, length 20, widths 32)";
    }

    @Override
    public DataSource open(DataRequest request) {
        Options o = request.options();
        o.requireOnly(KEYS);
        OracleSpec spec = new OracleSpec(o.getInt("vocabulary", 5000, 2, 65535), o.getInt("length", 20, 1, 1000),
                o.getInt("embedding", 32, 1, 4096), o.getInt("hidden", 32, 1, 4096));
        int samples = o.getInt("samples", 10_000, 1, 10_000_000);
        long oracleSeed = o.getInt("oracleSeed", 1, 0, Integer.MAX_VALUE);
        request.progress().accept("gan4j: sampling " + samples + " " + request.split().name().toLowerCase(Locale.ROOT)
                + " sequences from the oracle LSTM (seed " + oracleSeed + ")");
        OracleLstm oracle = new OracleLstm(spec, oracleSeed);
        TokenSequences data = oracle.sample(request.split() == DataRequest.Split.TRAIN ? 0 : 1, samples);
        TextDataSource source = new TextDataSource(data, request.seed(), null, null, oracle);
        if (request.split() == DataRequest.Split.TRAIN) {
            onOpen.accept(source);
        }
        return source;
    }
}
