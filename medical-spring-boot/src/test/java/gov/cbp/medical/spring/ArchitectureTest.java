package gov.cbp.medical.spring;

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
 * Spring stays in this module: no class of the model, the rules or the Jackson 3 module uses Spring, and
 * neither the model nor the rules use Jackson 3; no core POM names Spring, Jackson 3 (outside its own module)
 * or this module. This module uses the core's API only, prints nothing and throws no generic exception.
 */
class ArchitectureTest {
    static final ImportOption MAIN = new ImportOption.DoNotIncludeTests();
    static final JavaClasses CORE = new ClassFileImporter().withImportOption(MAIN)
            .importPackages("gov.cbp.medical.model", "gov.cbp.medical.rules", "gov.cbp.medical.jackson3");
    static final JavaClasses MODULE = new ClassFileImporter().withImportOption(MAIN).importPackages("gov.cbp.medical.spring");

    @Test
    void noCoreClass_dependsOnSpring_andOnlyTheJackson3ModuleOnJackson3() {
        assertThat(CORE.size()).isGreaterThan(100);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..")
                .because("Spring is one way to embed the library, in medical-spring-boot only").check(CORE);
        noClasses().that().resideOutsideOfPackage("gov.cbp.medical.jackson3..")
                .should().dependOnClassesThat().resideInAPackage("tools.jackson..")
                .because("Jackson 3 is an option, in medical-jackson3 only").check(CORE);
    }

    @Test
    void noCoreModulePom_namesSpringOrJackson3() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        for (String module : List.of("medical-model", "medical-rules", "medical-testkit")) {
            String pom = Files.readString(root.resolve(module).resolve("pom.xml"), StandardCharsets.UTF_8);
            assertThat(pom).as(module).doesNotContain("org.springframework").doesNotContain("medical-spring-boot")
                    .doesNotContain("tools.jackson").doesNotContain("medical-jackson3");
        }
    }

    @Test
    void thisModule_usesNoInternalPackageOfTheCore_andNoBeam() {
        assertThat(MODULE.size()).isGreaterThan(2);
        noClasses().should().dependOnClassesThat().resideInAPackage("gov.cbp.medical..internal..")
                .because("internal packages are not API and may change in any release").check(MODULE);
        noClasses().should().dependOnClassesThat().resideInAPackage("org.apache.beam..").check(MODULE);
    }

    @Test
    void thisModule_printsNothing_andThrowsNoGenericException() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.because("a library prints nothing").check(MODULE);
        GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(MODULE);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(MODULE);
    }
}
