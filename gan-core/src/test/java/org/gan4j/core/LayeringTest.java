package org.gan4j.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * gan-core's two layers: the kernel (model, nn, loss, train, checkpoint, metrics, spi, …) knows
 * nothing of the application layer under {@code org.gan4j.core.app} (configuration schema, job,
 * run directory, report, fetching), and no two packages depend on each other.
 */
class LayeringTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gan4j.core");
    }

    @Test
    void givenKernelPackagesWhenImportedThenNoneDependsOnTheApplicationLayer() {
        noClasses().that().resideInAPackage("org.gan4j.core..")
                .and().resideOutsideOfPackage("org.gan4j.core.app..")
                .should().dependOnClassesThat().resideInAPackage("org.gan4j.core.app..")
                .because("the kernel is usable without the configuration schema, job and report")
                .check(core);
    }

    @Test
    void givenCorePackagesWhenSlicedThenNoCycleJoinsThem() {
        slices().matching("org.gan4j.core.(**)").should().beFreeOfCycles().check(core);
    }
}
