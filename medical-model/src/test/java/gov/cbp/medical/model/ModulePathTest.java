package gov.cbp.medical.model;

import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.json.MedicalJson;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs the model as a named module (JPMS) in a fresh JVM: checks that {@code module-info} exports and opens
 * what Jackson and Hibernate Validator need, that resources load from inside the module, and that the model
 * works without any Bean Validation provider.
 */
class ModulePathTest {
    private static final List<String> MODULE_JARS = List.of("jackson-core-", "jackson-databind-", "jackson-annotations-",
            "jackson-datatype-jsr310-", "jackson-datatype-jdk8-", "jakarta.validation-api", "hibernate-validator",
            "jboss-logging", "classmate");

    @Test
    void model_onTheModulePath_bindsValidatesAndLoadsResources() throws Exception {
        List<String> modulePath = modulePath(MODULE_JARS);
        String payload = MedicalJson.mapper().writeValueAsString(SampleEpisodes.child());
        String output = run(modulePath, "probe.ModulePathProbe", payload);
        assertThat(output).contains("module=gov.cbp.medical.model violations=1 schemaBytes=")
                .contains("message=The payload ends before the JSON is complete");
        assertThat(modulePath.stream().map(p -> Path.of(p).getFileName().toString()).collect(Collectors.toList()))
                .anyMatch(n -> n.startsWith("hibernate-validator"));
    }

    /** Hibernate Validator is optional: without any provider, payloads validate and samples are readable. */
    @Test
    void model_withoutBeanValidationProvider_validatesPayloadsAndReadsSamples() throws Exception {
        List<String> modulePath = modulePath(MODULE_JARS.subList(0, 6));
        String payload = MedicalJson.mapper().writeValueAsString(SampleEpisodes.child());
        String output = run(modulePath, "probe.NoProviderProbe", payload);
        assertThat(output).containsPattern("samples=(\\d+) valid=\\1 ").contains(" problems=1 factory=noProvider hibernate=false");
        assertThat(modulePath).noneMatch(p -> p.contains("hibernate"));
    }

    private static List<String> modulePath(List<String> jars) {
        List<String> classPath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        String modelClasses = classPath.stream().filter(p -> p.endsWith(Path.of("target", "classes").toString()))
                .findFirst().orElseThrow();
        List<String> modulePath = new ArrayList<>();
        modulePath.add(modelClasses);
        classPath.stream().filter(p -> jars.stream().anyMatch(name -> Path.of(p).getFileName().toString().startsWith(name)))
                .forEach(modulePath::add);
        return modulePath;
    }

    private static String run(List<String> modulePath, String probe, String payload) throws Exception {
        List<String> classPath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        String testClasses = classPath.stream().filter(p -> p.endsWith(Path.of("target", "test-classes").toString()))
                .findFirst().orElseThrow();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "--module-path", String.join(File.pathSeparator, modulePath),
                "--add-modules", "gov.cbp.medical.model", "-cp", testClasses, probe, payload)
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
