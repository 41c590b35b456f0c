package gov.cbp.medical.rules.trace;

import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.rules.Covers;
import gov.cbp.medical.rules.evaluation.internal.Rules;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.standard.IntegrityCheck;
import gov.cbp.medical.rules.standard.Requirement;
import gov.cbp.medical.rules.standard.SourceKind;
import gov.cbp.medical.rules.standard.Standard;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Generates the traceability matrix (every requirement, the rule that computes it, the tests that exercise it)
 * and checks that the committed {@code docs/traceability.md} and {@code .csv} are current. Run with
 * {@code -Dregenerate=true} to rewrite them. A computable requirement that no test covers fails the build.
 *
 * <p>Tests are found by the {@link Covers} annotation on test classes (including nested ones) and methods.
 */
class TraceabilityTest {
    static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    static final Path DOCS = MODULE.resolve("..").resolve("docs").normalize();

    /** Requirement id to the covering test classes, with their number of test methods. */
    static Map<String, TreeMap<String, Integer>> coverage() throws IOException {
        Path classes = MODULE.resolve("target/test-classes");
        List<String> names;
        try (Stream<Path> walk = Files.walk(classes)) {
            names = walk.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> classes.relativize(p).toString().replace('/', '.').replace(".class", ""))
                    .sorted().collect(Collectors.toList());
        }
        Map<String, TreeMap<String, Integer>> result = new TreeMap<>();
        for (String name : names) {
            Class<?> type;
            try {
                type = Class.forName(name, false, TraceabilityTest.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("cannot load test class " + name, e);
            }
            String label = type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
            int tests = 0;
            List<String> methodCovers = new ArrayList<>();
            for (Method method : type.getDeclaredMethods()) {
                boolean test = method.isAnnotationPresent(Test.class) || method.isAnnotationPresent(net.jqwik.api.Property.class);
                tests += test ? 1 : 0;
                Covers covers = method.getAnnotation(Covers.class);
                if (covers != null) {
                    methodCovers.addAll(List.of(covers.value()));
                }
            }
            List<String> ids = new ArrayList<>(methodCovers);
            Covers covers = type.getAnnotation(Covers.class);
            if (covers != null) {
                ids.addAll(List.of(covers.value()));
            }
            for (String id : ids) {
                if (tests > 0) {
                    result.computeIfAbsent(id, k -> new TreeMap<>()).put(label, tests);
                }
            }
        }
        return result;
    }

    static String testsText(TreeMap<String, Integer> tests, String separator) {
        if (tests == null) {
            return "";
        }
        return tests.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(separator));
    }

    static List<String[]> rows(Map<String, TreeMap<String, Integer>> coverage) {
        Catalogue catalogue = Catalogue.baseline();
        List<String[]> rows = new ArrayList<>();
        for (String id : catalogue.requirementIds()) {
            String standardId = catalogue.standardOf(id).orElseThrow();
            List<Requirement> versions = catalogue.requirementVersions(id);
            Requirement latest = versions.get(versions.size() - 1);
            TreeSet<String> labels = new TreeSet<>();
            for (Standard standard : catalogue.versions(standardId)) {
                if (standard.requirement(id).isPresent()) {
                    labels.add(standard.version());
                }
            }
            rows.add(new String[] {id, latest.title(), standardId, String.join(" ", labels), latest.provenanceText(),
                latest.isInterpretation() ? "yes" : "no", latest.rule().code(), Rules.implementation(latest.rule()),
                testsText(coverage.get(id), "; "), latest.notComputableReason().orElse("")});
        }
        for (String id : integrityCheckIds(catalogue)) {
            IntegrityCheck check = catalogue.integrityCheck(id).orElseThrow();
            TreeSet<String> labels = new TreeSet<>();
            String standardId = null;
            for (Standard standard : catalogue.standards()) {
                if (standard.integrityChecks().stream().anyMatch(c -> c.id().equals(id))) {
                    labels.add(standard.version());
                    standardId = standard.id();
                }
            }
            rows.add(new String[] {id, check.title(), standardId, String.join(" ", labels),
                check.provenance().stream().map(SourceKind::code).collect(Collectors.joining("/")),
                check.isInterpretation() ? "yes" : "no", "integrity:" + check.kind().code(), "IntegrityInspector",
                testsText(coverage.get(id), "; "), ""});
        }
        return rows;
    }

    /** The ids of the record-integrity checks of every version, sorted. */
    static List<String> integrityCheckIds(Catalogue catalogue) {
        return catalogue.standards().stream().flatMap(s -> s.integrityChecks().stream()).map(IntegrityCheck::id)
                .distinct().sorted().collect(Collectors.toList());
    }

    static String markdown(List<String[]> rows) {
        StringBuilder md = new StringBuilder();
        md.append("# Traceability matrix\n\n")
                .append("Generated by `TraceabilityTest` from the bundled catalogue and the `@Covers` annotations of the tests;\n")
                .append("regenerate with `./mvnw -B test -pl medical-rules -am -Dregenerate=true`. Do not edit by hand.\n\n")
                .append("Every requirement of the domain brief (section 4) → the rule that computes it → the tests that\n")
                .append("exercise it (test class, number of test methods). A computable requirement without a test fails the build.\n\n")
                .append("| requirement | title | standard | versions | prov. | interpretation | rule | computed by | tests |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        long computable = 0;
        for (String[] row : rows) {
            md.append("| ").append(row[0]).append(" | ").append(row[1]).append(" | ").append(row[2]).append(" | ")
                    .append(row[3]).append(" | ").append(row[4]).append(" | ").append(row[5]).append(" | `")
                    .append(row[6]).append("` | ").append(row[7].equals("none") ? "—" : "`" + row[7] + "`").append(" | ")
                    .append(row[8].isEmpty() ? "—" : row[8].replace("; ", "<br>")).append(" |\n");
            computable += row[6].equals("not-computable") ? 0 : 1;
        }
        long checks = rows.stream().filter(row -> row[6].startsWith("integrity:")).count();
        md.append("\n").append(rows.size() - checks).append(" requirements: ").append(computable - checks)
                .append(" computable, ").append(rows.size() - computable).append(" not computable from one episode; ")
                .append(checks).append(" record-integrity checks (rule `integrity:<kind>`), which issue concerns, not statuses.\n\n## Not computable\n\n");
        for (String[] row : rows) {
            if (row[6].equals("not-computable")) {
                md.append("- **").append(row[0]).append("**: ").append(row[9]).append("\n");
            }
        }
        return md.toString();
    }

    static String csv(List<String[]> rows) {
        StringBuilder csv = new StringBuilder("requirement,title,standard,versions,provenance,interpretation,rule,computed_by,tests,not_computable_reason\n");
        for (String[] row : rows) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                cells.add(cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            csv.append(String.join(",", cells)).append("\n");
        }
        return csv.toString();
    }

    @Test
    void everyComputableRequirement_isCoveredByATest() throws IOException {
        Map<String, TreeMap<String, Integer>> coverage = coverage();
        Catalogue catalogue = Catalogue.baseline();
        List<String> uncovered = new ArrayList<>();
        for (String id : catalogue.requirementIds()) {
            boolean computable = catalogue.requirementVersions(id).stream().anyMatch(Requirement::isComputable);
            if (computable && !coverage.containsKey(id)) {
                uncovered.add(id);
            }
        }
        for (String id : integrityCheckIds(catalogue)) {
            if (!coverage.containsKey(id)) {
                uncovered.add(id);
            }
        }
        assertThat(uncovered).as("computable requirements and integrity checks without a @Covers test").isEmpty();
        List<String> known = new ArrayList<>(catalogue.requirementIds());
        known.addAll(integrityCheckIds(catalogue));
        assertThat(coverage.keySet()).as("@Covers names only known requirements and checks").isSubsetOf(known);
    }

    @Test
    void committedMatrix_isCurrent() throws IOException {
        List<String[]> rows = rows(coverage());
        String md = markdown(rows);
        String csv = csv(rows);
        Path mdFile = DOCS.resolve("traceability.md");
        Path csvFile = DOCS.resolve("traceability.csv");
        if (Boolean.getBoolean("regenerate")) {
            Files.createDirectories(DOCS);
            Files.writeString(mdFile, md, StandardCharsets.UTF_8);
            Files.writeString(csvFile, csv, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(mdFile)).as("docs/traceability.md exists (run with -Dregenerate=true)").isTrue();
        assertThat(Files.readString(mdFile)).as("docs/traceability.md is current (run with -Dregenerate=true)").isEqualTo(md);
        assertThat(Files.readString(csvFile)).as("docs/traceability.csv is current (run with -Dregenerate=true)").isEqualTo(csv);
    }
}
