package org.gan4j.core.spi;

import java.util.ArrayList;
import java.util.List;

/**
 * A skeletal {@link DataSourceProvider} with a name, a description and a fixed list of known
 * options, among them {@code limit} (train on only the first N samples).
 */
public abstract class AbstractDataSourceProvider implements DataSourceProvider {

    private final String name;
    private final String description;
    private final List<String> options;

    /**
     * @param name the registry name
     * @param description a one-line description
     * @param commonOptions the options every source of the modality reads, {@code limit} among them
     * @param ownOptions the options this source reads besides the common ones
     */
    protected AbstractDataSourceProvider(String name, String description, List<String> commonOptions,
            List<String> ownOptions) {
        this.name = name;
        this.description = description;
        List<String> all = new ArrayList<>(commonOptions);
        all.addAll(ownOptions);
        this.options = List.copyOf(all);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    /**
     * Checks the request's options against the known names and reads {@code limit}.
     *
     * @param request options and split
     * @return how many samples to keep: the {@code limit} option for {@code TRAIN}, else 0 for all
     * @throws org.gan4j.core.options.ConfigException if an option is unknown or the limit is not positive
     */
    protected final int trainLimit(DataRequest request) {
        request.options().requireOnly(options);
        int limit = request.options().getInt("limit", 0, 1, Integer.MAX_VALUE);
        return request.split() == DataRequest.Split.TRAIN ? limit : 0;
    }
}
