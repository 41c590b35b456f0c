package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What {@code verify} leaves for publishing, read from the published modules' {@code target} directories after
 * they were packaged (this project depends on each, so the reactor builds them first; failsafe runs this in
 * {@code integration-test}): each module's CycloneDX SBOM names the module and every dependency its POM
 * declares for compile or runtime; and the javadoc jars document each builder's own methods, with the
 * generated descriptions, not only a list of names inherited from a hidden class.
 */
class PublishedArtifactsIT {
    static final Path ROOT = Path.of(System.getProperty("reactor.root", "..")).toAbsolutePath().normalize();
    static final String VERSION = System.getProperty("cbp-medical.version", "0.1.0-SNAPSHOT");

    @ParameterizedTest
    @ValueSource(strings = {"medical-model", "medical-rules", "medical-testkit", "medical-jackson3", "medical-spring-boot",
            "medical-beam"})
    void eachPublishedModule_hasAnSbom_namingItAndEveryDependencyOfItsPom(String module) throws Exception {
        Path sbom = ROOT.resolve(module).resolve("target/bom.json");
        assertTrue(Files.isRegularFile(sbom), "no SBOM at " + sbom + ": run verify (online) on the reactor");
        JsonNode bom = new ObjectMapper().readTree(sbom.toFile());
        assertEquals("CycloneDX", bom.path("bomFormat").asText());
        JsonNode self = bom.path("metadata").path("component");
        assertEquals(module, self.path("name").asText());
        assertEquals(VERSION, self.path("version").asText());

        Set<String> components = new HashSet<>();
        bom.path("components").forEach(c -> components.add(c.path("group").asText() + ":" + c.path("name").asText()));
        Set<String> direct = new HashSet<>();
        for (JsonNode dependency : bom.path("dependencies")) {
            if (dependency.path("ref").asText().equals(self.path("bom-ref").asText())) {
                dependency.path("dependsOn").forEach(ref -> direct.add(coordinates(ref.asText())));
            }
        }
        List<String> declared = declaredDependencies(ROOT.resolve(module).resolve("pom.xml"));
        assertFalse(declared.isEmpty(), module + " declares no dependency");
        for (String dependency : declared) {
            assertTrue(components.contains(dependency), module + "'s SBOM lacks the component " + dependency);
            assertTrue(direct.contains(dependency), module + "'s SBOM lacks the direct dependency " + dependency);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "medical-model, gov.cbp.medical.model/gov/cbp/medical/model/custody/CustodyEpisode.Builder.html, episodeId, "
                + "Initializes the value for the",
        "medical-model, gov.cbp.medical.model/gov/cbp/medical/model/monitoring/WelfareCheck.Builder.html, at, "
                + "Initializes the value for the",
        "medical-rules, gov.cbp.medical.rules/gov/cbp/medical/rules/evaluation/Finding.Builder.html, requirementId, "
                + "Initializes the value for the"})
    void theJavadocOfABuilder_documentsItsMethods(String module, String page, String method, String description)
            throws IOException {
        Path jar = ROOT.resolve(module).resolve("target/" + module + "-" + VERSION + "-javadoc.jar");
        assertTrue(Files.isRegularFile(jar), "no javadoc jar at " + jar + ": run verify on the reactor");
        String html;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(page);
            assertTrue(entry != null, page + " is not in " + jar.getFileName());
            try (InputStream in = zip.getInputStream(entry)) {
                html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        assertFalse(html.replace("&nbsp;", " ").contains("Methods inherited from class gov.cbp.medical"),
                "the builder's methods are listed as names inherited from the generated class");
        // The method's own detail section: its anchor, then the generated description.
        int detail = html.indexOf("<section class=\"detail\" id=\"" + method + "(");
        assertTrue(detail >= 0, "no documented method " + method + " in " + page);
        int end = html.indexOf("</section>", detail);
        assertTrue(html.substring(detail, end).contains(description), "method " + method + " has no description");
    }

    static String coordinates(String purl) {
        // pkg:maven/group/name@version?type=jar
        String path = purl.substring("pkg:maven/".length(), purl.indexOf('@'));
        return path.replace('/', ':');
    }

    /** The compile and runtime dependencies a module's POM declares (test and provided ones are not shipped). */
    static List<String> declaredDependencies(Path pom) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        Element project = document.getDocumentElement();
        List<String> found = new ArrayList<>();
        for (Node child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!"dependencies".equals(child.getNodeName())) {
                continue;
            }
            NodeList dependencies = ((Element) child).getElementsByTagName("dependency");
            for (int i = 0; i < dependencies.getLength(); i++) {
                Element dependency = (Element) dependencies.item(i);
                String scope = text(dependency, "scope", "compile");
                if (scope.startsWith("${")) {
                    scope = text(project, scope.substring(2, scope.length() - 1), "compile");
                }
                if (scope.equals("compile") || scope.equals("runtime")) {
                    found.add(text(dependency, "groupId", "") + ":" + text(dependency, "artifactId", ""));
                }
            }
        }
        return found;
    }

    static String text(Element parent, String name, String otherwise) {
        NodeList nodes = parent.getElementsByTagName(name);
        return nodes.getLength() == 0 ? otherwise : nodes.item(0).getTextContent().trim();
    }
}
