package org.gan4j.examples.points;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The {@code points} modality is a library user's toy too: it needs gan-core alone, not the
 * command line's picocli, the benchmarks, the cross-modal code or another modality.
 */
class PointsIndependenceTest {

    @Test
    void givenThePointsPackageWhenImportedThenItDependsOnGanCoreOnlyAndNothingOfTheCommandLine() {
        JavaClasses points = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gan4j.examples.points");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.gan4j.examples.cli..",
                        "org.gan4j.examples.bench..", "org.gan4j.examples.crossmodal..", "org.gan4j.image..",
                        "org.gan4j.audio..", "org.gan4j.text..")
                .because("a user's own main() trains points-ring with gan-core and this package alone")
                .check(points);
    }
}
