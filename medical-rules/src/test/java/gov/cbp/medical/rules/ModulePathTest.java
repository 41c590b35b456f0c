package gov.cbp.medical.rules;

import static gov.cbp.medical.rules.Episodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.json.MedicalJson;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the rules as a named module (JPMS) in a fresh JVM: checks that {@code module-info} exports and opens what
 * Jackson needs and that the bundled catalogue and messages load from inside the module.
 */
class ModulePathTest {
    private static final List<String> MODULE_JARS = List.of("jackson-core-", "jackson-databind-", "jackson-annotations-",
            "jackson-datatype-jsr310-", "jackson-datatype-jdk8-", "jakarta.validation-api", "hibernate-validator",
            "jboss-logging", "classmate");

    @Test
    void rules_onTheModulePath_loadTheCatalogueAndEvaluate() throws Exception {
        List<String> classPath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        List<String> modulePath = new ArrayList<>();
        String testClasses = null;
        for (String entry : classPath) {
            Path path = Path.of(entry);
            String name = path.getFileName().toString();
            if (entry.endsWith(Path.of("target", "classes").toString())
                    || name.startsWith("medical-model-") && name.endsWith(".jar")) {
                modulePath.add(entry);
            } else if (entry.endsWith(Path.of("target", "test-classes").toString())) {
                testClasses = entry;
            } else if (MODULE_JARS.stream().anyMatch(jar -> name.startsWith(jar))) {
                modulePath.add(entry);
            }
        }
        modulePath.removeIf(entry -> entry.contains("medical-testkit"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String episode = MedicalJson.mapper().writeValueAsString(juvenile(15).event(interview("I1", h(1))).build());
        Process process = new ProcessBuilder(java, "--module-path", String.join(File.pathSeparator, modulePath),
                "--add-modules", "gov.cbp.medical.rules", "-cp", testClasses, "probe.RulesModuleProbe", episode,
                at(h(5)).toString()).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("module=gov.cbp.medical.rules requirements=32").contains("roundTrip=true")
                .contains("message=The document is not well-formed JSON")
                .contains("measureMessage=The property \"id\" is required.");
    }
}
