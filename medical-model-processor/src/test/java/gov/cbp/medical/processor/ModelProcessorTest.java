package gov.cbp.medical.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the processor in {@code javac} over a miniature model (stand-ins for the annotations and root types it
 * reads by name) and checks what it writes and what it refuses.
 */
class ModelProcessorTest {
    @TempDir
    Path out;

    /** The miniature model: the types the processor knows by name, and one event with one property per kind. */
    static Map<String, String> model() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("org.immutables.value.Value", "package org.immutables.value;\n"
                + "public @interface Value { @interface Immutable {} @interface Default {} }");
        sources.put("jakarta.validation.constraints.Min", "package jakarta.validation.constraints;\n"
                + "@java.lang.annotation.Target({java.lang.annotation.ElementType.METHOD, java.lang.annotation.ElementType.TYPE_USE})\n"
                + "public @interface Min { long value(); }");
        sources.put("jakarta.validation.constraints.Max", "package jakarta.validation.constraints;\n"
                + "@java.lang.annotation.Target({java.lang.annotation.ElementType.METHOD, java.lang.annotation.ElementType.TYPE_USE})\n"
                + "public @interface Max { long value(); }");
        sources.put("gov.cbp.medical.model.common.Coded", "package gov.cbp.medical.model.common;\n"
                + "public interface Coded { String code(); }");
        sources.put("gov.cbp.medical.model.common.Text", "package gov.cbp.medical.model.common;\n"
                + "public @interface Text { Kind value(); enum Kind { IDENTIFIER, STAFF_ID, CODE, FORMAT_VERSION } }");
        sources.put("gov.cbp.medical.model.common.PersonalData", "package gov.cbp.medical.model.common;\n"
                + "public @interface PersonalData {}");
        sources.put("gov.cbp.medical.model.common.RecordId", "package gov.cbp.medical.model.common;\n"
                + "public @interface RecordId {}");
        sources.put("gov.cbp.medical.model.common.Provenance", "package gov.cbp.medical.model.common;\n"
                + "/** An immutable account of a record.\n *\n * <p>More. */\n"
                + "@org.immutables.value.Value.Immutable public interface Provenance {\n"
                + "  /** Who recorded it. */ @Text(Text.Kind.STAFF_ID) java.util.Optional<String> recordedBy(); }");
        sources.put("gov.cbp.medical.model.event.EventType", "package gov.cbp.medical.model.event;\n"
                + "public enum EventType { WELFARE_CHECK, HOSPITAL_VISIT, UNKNOWN }");
        sources.put("gov.cbp.medical.model.event.EventReference", "package gov.cbp.medical.model.event;\n"
                + "public @interface EventReference { EventType[] value() default {}; }");
        sources.put("gov.cbp.medical.model.event.MedicalEvent", "package gov.cbp.medical.model.event;\n"
                + "/** One event of the timeline; its \"type\" selects the event schema.\n *\n * <p>More. */\n"
                + "public interface MedicalEvent {\n"
                + "  /** The event id. */ @gov.cbp.medical.model.common.RecordId String id();\n"
                + "  /** When it happened. */ java.time.Instant at();\n"
                + "  /** How it was recorded. */ java.util.Optional<gov.cbp.medical.model.common.Provenance> provenance();\n"
                + "  /** The event type code. */ EventType type(); }");
        sources.put("gov.cbp.medical.model.custody.CustodyEpisode", "package gov.cbp.medical.model.custody;\n"
                + "/** One stay. */ @org.immutables.value.Value.Immutable public interface CustodyEpisode {\n"
                + "  /** The version. */ @org.immutables.value.Value.Default @gov.cbp.medical.model.common.Text("
                + "gov.cbp.medical.model.common.Text.Kind.FORMAT_VERSION) default String formatVersion() { return \"1.0\"; }\n"
                + "  /** The events. */ java.util.List<gov.cbp.medical.model.event.MedicalEvent> events(); }");
        sources.put("gov.cbp.medical.model.care.Outcome", "package gov.cbp.medical.model.care;\n"
                + "public enum Outcome implements gov.cbp.medical.model.common.Coded { FINE; public String code() { return \"fine\"; } }");
        sources.put("gov.cbp.medical.model.care.HospitalVisit", "package gov.cbp.medical.model.care;\n"
                + "import gov.cbp.medical.model.event.*;\n"
                + "/** An immutable visit to a hospital ({@code OIG-21-49}).\n *\n * <p>Implementation Requirements: none. */\n"
                + "@org.immutables.value.Value.Immutable public interface HospitalVisit extends MedicalEvent {\n"
                + "  @Override default EventType type() { return EventType.HOSPITAL_VISIT; }\n"
                + "  /** The check that led to it,\n   * over two lines.\n   * @return the id */\n"
                + "  @EventReference(EventType.WELFARE_CHECK) java.util.Optional<String> reasonEventId();\n"
                + "  /** Whether admitted. */ @org.immutables.value.Value.Default default boolean admitted() { return false; }\n"
                + "  /** Weeks. */ java.util.Optional<@jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(45) Integer> weeks();\n"
                + "  /** The outcome. */ Outcome outcome();\n"
                + "  /** Notes. */ @gov.cbp.medical.model.common.PersonalData java.util.Optional<String> notes();\n"
                + "  /** Related events. */ @EventReference java.util.List<String> relatedEventIds();\n"
                + "  default Builder toBuilder() { return null; }\n"
                + "  final class Builder {} }");
        sources.put("gov.cbp.medical.model.monitoring.WelfareCheck", "package gov.cbp.medical.model.monitoring;\n"
                + "import gov.cbp.medical.model.event.*;\n"
                + "/** An immutable welfare check. */\n"
                + "@org.immutables.value.Value.Immutable public interface WelfareCheck extends MedicalEvent {\n"
                + "  @Override default EventType type() { return EventType.WELFARE_CHECK; }\n"
                + "  /** Who checked. */ @gov.cbp.medical.model.common.Text(gov.cbp.medical.model.common.Text.Kind.STAFF_ID)"
                + " java.util.Optional<String> observerId(); }");
        return sources;
    }

    /**
     * The outcome of one compilation: the errors reported on the miniature model's own sources (the processor's;
     * the generated files do not compile against the miniature, which lacks the decoder's classes), and the
     * files written under {@link #out}.
     */
    record Outcome(List<String> errors, Path out) {
        String file(String relative) {
            try {
                return Files.readString(out.resolve(relative));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    Outcome compile(Map<String, String> sources) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(out));
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
            List<JavaFileObject> units = new ArrayList<>();
            sources.forEach((name, text) -> units.add(new Source(name, text)));
            JavaCompiler.CompilationTask task = compiler.getTask(new StringWriter(), files, diagnostics,
                    List.of("-proc:only", "--release", "17"), null, units);
            task.setProcessors(List.of(new ModelProcessor()));
            task.call();
            List<String> errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR && (d.getSource() == null || d.getSource() instanceof Source))
                    .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.toList());
            return new Outcome(errors, out);
        }
    }

    @Test
    void model_shapesReadEveryKindInAccessorOrder() throws IOException {
        Outcome outcome = compile(model());
        assertThat(outcome.errors()).isEmpty();
        String shapes = outcome.file("gov/cbp/medical/model/validation/internal/Shapes.java");
        assertThat(shapes).containsSubsequence(
                "Shape.of(\"HospitalVisit\", f -> {",
                "{ var v = f.text(\"id\", REQUIRED, TextRule.IDENTIFIER); if (v != null) { b.id(v); } }",
                "{ var v = f.instant(\"at\", REQUIRED); if (v != null) { b.at(v); } }",
                "{ var v = f.object(\"provenance\", OPTIONAL, PROVENANCE); if (v != null) { b.provenance(v); } }",
                "{ var v = f.text(\"reasonEventId\", OPTIONAL, TextRule.REFERENCE); if (v != null) { b.reasonEventId(v); } }",
                "{ var v = f.bool(\"admitted\", OPTIONAL); if (v != null) { b.admitted(v); } }",
                "{ var v = f.integer(\"weeks\", OPTIONAL, 0, 45); if (v != null) { b.weeks(v); } }",
                "{ var v = f.coded(\"outcome\", REQUIRED, gov.cbp.medical.model.care.Outcome.codes()); if (v != null) { b.outcome(v); } }",
                "{ var v = f.text(\"notes\", OPTIONAL, TextRule.PERSONAL); if (v != null) { b.notes(v); } }",
                "{ var v = f.texts(\"relatedEventIds\", OPTIONAL, TextRule.REFERENCE); if (v != null) { b.addAllRelatedEventIds(v); } }",
                "return f.complete() ? b.build() : null;");
        // a nested shape is declared before the shapes that read it; the root episode is not generated
        assertThat(shapes.indexOf("Shape<gov.cbp.medical.model.common.Provenance> PROVENANCE"))
                .isLessThan(shapes.indexOf("Shape.of(\"WelfareCheck\""));
        assertThat(shapes).doesNotContain("Shape.of(\"CustodyEpisode\"").doesNotContain("toBuilder");
        // events in the order of EventType, not of the sources
        assertThat(shapes).containsSubsequence("shapes.put(EventType.WELFARE_CHECK, WELFARE_CHECK);",
                "shapes.put(EventType.HOSPITAL_VISIT, HOSPITAL_VISIT);");
    }

    @Test
    void model_referencesAndFieldsComeFromTheAnnotations() throws IOException {
        Outcome outcome = compile(model());
        String references = outcome.file("gov/cbp/medical/model/validation/internal/EventReferences.java");
        assertThat(references).contains("case HOSPITAL_VISIT: {")
                .contains("visitor.reference(\"reasonEventId\", -1, e.reasonEventId().get(), EventType.WELFARE_CHECK);")
                .contains("visitor.reference(\"relatedEventIds\", i, e.relatedEventIds().get(i), null);")
                .doesNotContain("case WELFARE_CHECK");
        String fields = outcome.file("gov/cbp/medical/model/event/EventFields.java");
        assertThat(fields).contains("fields.put(EventType.WELFARE_CHECK, List.of());")
                .containsSubsequence("EventField.optionalReference(EventType.HOSPITAL_VISIT, \"reasonEventId\", Set.of(EventType.WELFARE_CHECK)",
                        "EventField.flag(EventType.HOSPITAL_VISIT, \"admitted\"",
                        "EventField.code(EventType.HOSPITAL_VISIT, \"outcome\", gov.cbp.medical.model.care.Outcome.codes()",
                        "EventField.references(EventType.HOSPITAL_VISIT, \"relatedEventIds\", Set.of()")
                .doesNotContain("\"notes\"").doesNotContain("\"weeks\"");
    }

    @Test
    void model_descriptionsAreTheJavadocsFirstParagraph() throws IOException {
        String descriptions = compile(model()).file("gov/cbp/medical/model/validation/internal/schema-descriptions.properties");
        assertThat(descriptions.lines()).contains(
                "MedicalEvent=One event of the timeline; its \"type\" selects the event schema.",
                "MedicalEvent.type=The event type code.",
                "CustodyEpisode=One stay.",
                "CustodyEpisode.events=The events.",
                "HospitalVisit=visit to a hospital (OIG-21-49).",
                "HospitalVisit.reasonEventId=The check that led to it, over two lines.",
                "Provenance=account of a record.");
    }

    @Test
    void textWithoutKind_isACompileError() throws IOException {
        Map<String, String> sources = model();
        sources.computeIfPresent("gov.cbp.medical.model.monitoring.WelfareCheck",
                (name, text) -> text.replace("@gov.cbp.medical.model.common.Text(gov.cbp.medical.model.common.Text.Kind.STAFF_ID)", ""));
        Outcome outcome = compile(sources);
        assertThat(outcome.errors()).anySatisfy(e -> assertThat(e).contains("a text property needs @Text"));
    }

    @Test
    void integerWithoutBounds_isACompileError() throws IOException {
        Map<String, String> sources = model();
        sources.computeIfPresent("gov.cbp.medical.model.care.HospitalVisit",
                (name, text) -> text.replace("@jakarta.validation.constraints.Max(45) ", ""));
        Outcome outcome = compile(sources);
        assertThat(outcome.errors()).anySatisfy(e -> assertThat(e).contains("needs @Min and @Max"));
    }

    @Test
    void eventTypeWithoutInterface_isACompileError() throws IOException {
        Map<String, String> sources = model();
        sources.put("gov.cbp.medical.model.event.EventType", "package gov.cbp.medical.model.event;\n"
                + "public enum EventType { WELFARE_CHECK, HOSPITAL_VISIT, HOLD_ROOM_ABSENCE, UNKNOWN }");
        Outcome outcome = compile(sources);
        assertThat(outcome.errors()).anySatisfy(e -> assertThat(e).contains("EventType.HOLD_ROOM_ABSENCE has no event interface named HoldRoomAbsence"));
    }

    @Test
    void eventInterfaceWithoutConstant_isACompileError() throws IOException {
        Map<String, String> sources = model();
        sources.put("gov.cbp.medical.model.event.EventType", "package gov.cbp.medical.model.event;\n"
                + "public enum EventType { HOSPITAL_VISIT, UNKNOWN }");
        sources.computeIfPresent("gov.cbp.medical.model.monitoring.WelfareCheck",
                (name, text) -> text.replace("EventType.WELFARE_CHECK", "EventType.UNKNOWN"));
        sources.computeIfPresent("gov.cbp.medical.model.care.HospitalVisit",
                (name, text) -> text.replace("EventType.WELFARE_CHECK", "EventType.HOSPITAL_VISIT"));
        Outcome outcome = compile(sources);
        assertThat(outcome.errors()).anySatisfy(e -> assertThat(e).contains("WelfareCheck has no EventType.WELFARE_CHECK"));
    }

    @Test
    void names_convertBothWays() {
        assertThat(ModelProcessor.upperSnake("HoldRoomPlacement")).isEqualTo("HOLD_ROOM_PLACEMENT");
        assertThat(ModelProcessor.camel("EMS_CALL")).isEqualTo("EmsCall");
        assertThat(Javadoc.firstParagraph(null)).isNull();
        assertThat(Javadoc.firstParagraph("\n @return x")).isNull();
        assertThat(Javadoc.firstParagraph(" See {@link gov.Foo#bar()} and {@link Foo the foo}.\n")).isEqualTo("See bar and the foo.");
    }

    /** A source held in memory. */
    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String qualifiedName, String text) {
            super(URI.create("string:///" + qualifiedName.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
