package gov.cbp.medical.beam;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Beam stays in this module: no class of the model, rules or testkit uses it, no core module's POM names
 * it; this module's packages keep their direction (reading knows nothing of measures) and are free of
 * cycles; it uses no internal package of the core, prints nothing and throws no generic exception.
 */
class ArchitectureTest {
    static final JavaClasses CORE = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("gov.cbp.medical.model", "gov.cbp.medical.rules", "gov.cbp.medical.testkit");
    static final JavaClasses BEAM = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("gov.cbp.medical.beam");

    @Test
    void noCoreClass_dependsOnBeam() {
        assertThat(CORE.size()).isGreaterThan(100);
        noClasses().should().dependOnClassesThat().resideInAPackage("org.apache.beam..").check(CORE);
    }

    @Test
    void noCoreModulePom_namesBeam() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        for (String module : List.of("medical-model", "medical-rules", "medical-testkit", "examples")) {
            String pom = Files.readString(root.resolve(module).resolve("pom.xml"), StandardCharsets.UTF_8);
            assertThat(pom).as(module).doesNotContain("org.apache.beam").doesNotContain("medical-beam");
        }
    }

    @Test
    void readingAndValidating_knowNothingOfMeasuresOrEvaluation() {
        noClasses().that().resideInAnyPackage("gov.cbp.medical.beam.read..", "gov.cbp.medical.beam.validate..")
                .should().dependOnClassesThat().resideInAnyPackage("gov.cbp.medical.beam.measure..", "gov.cbp.medical.beam.evaluate..")
                .check(BEAM);
        noClasses().that().resideInAPackage("gov.cbp.medical.beam.read..")
                .should().dependOnClassesThat().resideInAPackage("gov.cbp.medical.beam.validate..").check(BEAM);
    }

    @Test
    void theModulePrintsNothing_throwsNoGenericException_andKnowsNothingOfSpringOrJackson3() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.because("a library prints nothing").check(BEAM);
        GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(BEAM);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(BEAM);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "tools.jackson..").check(BEAM);
    }

    @Test
    void theFeaturesOfThisModule_areFreeOfCycles() {
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices().matching("gov.cbp.medical.beam.(*)..")
                .should().beFreeOfCycles().check(BEAM);
    }

    @Test
    void theModuleUsesNoInternalPackageOfTheCore() {
        noClasses().should().dependOnClassesThat().resideInAPackage("gov.cbp.medical..internal..").check(BEAM);
    }
}
