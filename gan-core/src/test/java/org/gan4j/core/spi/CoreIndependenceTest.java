package org.gan4j.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gan4j.core.options.UnknownNameException;
import org.junit.jupiter.api.Test;

/** gan-core must know no modality: no import of, and no Maven dependency on, a modality module. */
class CoreIndependenceTest {

    private static final Pattern MODALITY_REFERENCE =
            Pattern.compile("org\\.gan4j\\.(image|text|audio|examples)\\b");

    @Test
    void givenCoreSourcesWhenScanningThenNoneReferencesAModalityPackage() throws IOException {
        Path sources = Path.of("src/main/java");
        assertTrue(Files.isDirectory(sources), "run from the gan-core module directory");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(sources)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> {
                        try {
                            return MODALITY_REFERENCE.matcher(Files.readString(p)).find();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString)
                    .toList();
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void givenCorePomWhenReadThenItDependsOnNoOtherGan4jModule() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        assertFalse(pom.matches("(?s).*<artifactId>gan-(image|text|audio|examples)</artifactId>.*"), "gan-core's pom");
    }

    @Test
    void givenNoModalityOnCoreClassPathWhenLookingUpThenErrorListsWhatIsKnown() {
        UnknownNameException e = org.junit.jupiter.api.Assertions.assertThrows(UnknownNameException.class,
                () -> ModalityRegistry.of(List.of()).modality("image"));
        assertTrue(e.getMessage().startsWith("unknown modality 'image'"), e.getMessage());
    }
}
