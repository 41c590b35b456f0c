package gov.cbp.medical.jackson3;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/**
 * Jackson 3 stays in this module: the model never depends on {@code tools.jackson}; and this module uses the
 * model's API only, prints nothing and throws no generic exception.
 */
class ArchitectureTest {
    static final ImportOption MAIN = new ImportOption.DoNotIncludeTests();
    static final JavaClasses MODEL = new ClassFileImporter().withImportOption(MAIN).importPackages("gov.cbp.medical.model");
    static final JavaClasses MODULE = new ClassFileImporter().withImportOption(MAIN).importPackages("gov.cbp.medical.jackson3");

    @Test
    void theModel_doesNotDependOnJackson3() {
        assertThat(MODEL.size()).isGreaterThan(50);
        noClasses().should().dependOnClassesThat().resideInAPackage("tools.jackson..")
                .because("Jackson 3 is an option beside Jackson 2, in medical-jackson3 only").check(MODEL);
    }

    @Test
    void thisModule_usesNoInternalPackageOfTheModel() {
        assertThat(MODULE.size()).isGreaterThan(1);
        noClasses().should().dependOnClassesThat().resideInAPackage("gov.cbp.medical..internal..")
                .because("internal packages are not API and may change in any release").check(MODULE);
    }

    @Test
    void thisModule_knowsNothingOfSpringOrBeam() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.beam..")
                .check(MODULE);
    }

    @Test
    void thisModule_printsNothing_andThrowsNoGenericException() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.because("a library prints nothing").check(MODULE);
        GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(MODULE);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(MODULE);
    }
}
