package gov.cbp.medical.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Derives, while {@code medical-model} compiles, everything that used to repeat the model's event and value
 * interfaces: the payload decoder's shapes ({@code validation.internal.Shapes}), the reference checks
 * ({@code validation.internal.EventReferences}), the event field table the rules read
 * ({@code event.EventFields}) and the JSON Schema descriptions ({@code schema-descriptions.properties}).
 *
 * <p>The source of truth is the interfaces: their accessors (name, return type, {@code Optional}, list,
 * {@code @Value.Default}), the Bean Validation bounds {@code @Min}/{@code @Max}, the model's own annotations
 * {@code @Text}, {@code @PersonalData}, {@code @RecordId} and {@code @EventReference}, and their javadoc. The
 * event types are the constants of {@code EventType} (less {@code UNKNOWN}), in their declared order; each names
 * the interface of the same name in upper snake case, and the processor fails the build when a constant has no
 * interface or an event interface no constant.
 *
 * <p>The generated code calls the builders directly, as hand-written code would: no reflection at run time.
 *
 * <p>Implementation Requirements: one instance per compilation, as {@code javac} uses it; not thread-safe.
 */
@SupportedAnnotationTypes("org.immutables.value.Value.Immutable")
public final class ModelProcessor extends AbstractProcessor {
    static final String MODEL = "gov.cbp.medical.model";
    static final String EVENT_TYPE = MODEL + ".event.EventType";
    static final String MEDICAL_EVENT = MODEL + ".event.MedicalEvent";
    static final String EPISODE = MODEL + ".custody.CustodyEpisode";
    static final String VALIDATION = MODEL + ".validation.internal";
    static final String EVENT_PACKAGE = MODEL + ".event";
    static final String DESCRIPTIONS = "schema-descriptions.properties";

    private boolean done;

    /** A processor for {@code javac}'s service loader. */
    public ModelProcessor() {}

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement eventType = processingEnv.getElementUtils().getTypeElement(EVENT_TYPE);
        TypeElement episode = processingEnv.getElementUtils().getTypeElement(EPISODE);
        if (done || round.processingOver() || eventType == null || episode == null) {
            return false;
        }
        done = true;
        Accessors accessors = new Accessors(processingEnv);
        List<String> constants = constants(eventType);
        Map<String, TypeElement> events = events(round, accessors);
        List<TypeElement> ordered = new ArrayList<>();
        for (String constant : constants) {
            TypeElement event = events.remove(constant);
            if (event == null) {
                error("EventType." + constant + " has no event interface named " + camel(constant), eventType);
            } else {
                ordered.add(event);
            }
        }
        events.forEach((constant, event) ->
                error("event interface " + event.getSimpleName() + " has no EventType." + constant, event));
        List<PayloadType> types = walk(episode, ordered, accessors);
        if (accessors.failed()) {
            return false;
        }
        write(VALIDATION + ".Shapes", ShapeSource.shapes(types));
        write(VALIDATION + ".EventReferences", ShapeSource.references(types));
        write(EVENT_PACKAGE + ".EventFields", EventFieldSource.fields(types));
        writeResource(VALIDATION, DESCRIPTIONS, DescriptionSource.descriptions(root(accessors), types));
        return false;
    }

    /** The descriptions of the event root: the type, and its discriminator {@code type}. */
    private Map<String, String> root(Accessors accessors) {
        TypeElement root = accessors.element(MEDICAL_EVENT);
        Map<String, String> descriptions = new LinkedHashMap<>();
        descriptions.put("MedicalEvent", Javadoc.typeDescription(accessors.docComment(root)));
        for (Element member : root.getEnclosedElements()) {
            if (member.getKind() == ElementKind.METHOD && member.getSimpleName().contentEquals("type")) {
                descriptions.put("MedicalEvent.type", Javadoc.memberDescription(accessors.docComment(member)));
            }
        }
        return descriptions;
    }

    /** The constants of {@code EventType} in declaration order, less {@code UNKNOWN}. */
    private static List<String> constants(TypeElement eventType) {
        List<String> constants = new ArrayList<>();
        for (Element member : eventType.getEnclosedElements()) {
            if (member.getKind() == ElementKind.ENUM_CONSTANT && !member.getSimpleName().contentEquals("UNKNOWN")) {
                constants.add(member.getSimpleName().toString());
            }
        }
        return constants;
    }

    /** The event interfaces of this compilation, by the {@code EventType} constant their name maps to. */
    private Map<String, TypeElement> events(RoundEnvironment round, Accessors accessors) {
        Map<String, TypeElement> events = new LinkedHashMap<>();
        for (Element root : round.getRootElements()) {
            if (root instanceof TypeElement type && accessors.isEvent(type)) {
                events.put(upperSnake(type.getSimpleName().toString()), type);
            }
        }
        return events;
    }

    /** The episode, the events and every value type reachable from them, each once. */
    private static List<PayloadType> walk(TypeElement episode, List<TypeElement> events, Accessors accessors) {
        List<PayloadType> types = new ArrayList<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        Deque<TypeElement> pending = new ArrayDeque<>();
        pending.add(episode);
        pending.addAll(events);
        while (!pending.isEmpty()) {
            TypeElement type = pending.poll();
            String name = type.getQualifiedName().toString();
            if (seen.put(name, Boolean.TRUE) != null) {
                continue;
            }
            boolean event = events.contains(type);
            List<Property> properties = accessors.properties(type);
            for (Property property : properties) {
                if (property.kind() == Property.Kind.OBJECT || property.kind() == Property.Kind.OBJECTS) {
                    pending.add(accessors.element(property.type()));
                }
            }
            types.add(new PayloadType(name, type.getSimpleName().toString(),
                    event ? upperSnake(type.getSimpleName().toString()) : null, !type.equals(episode), properties,
                    Javadoc.typeDescription(accessors.docComment(type))));
        }
        return types;
    }

    private void write(String qualifiedName, String source) {
        try {
            JavaFileObject file = processingEnv.getFiler().createSourceFile(qualifiedName);
            try (Writer out = file.openWriter()) {
                out.write(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeResource(String packageName, String name, String text) {
        try {
            FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, packageName, name);
            try (Writer out = file.openWriter()) {
                out.write(text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void error(String message, Element element) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }

    /** {@code HoldRoomPlacement} to {@code HOLD_ROOM_PLACEMENT}. */
    static String upperSnake(String camel) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                out.append('_');
            }
            out.append(Character.toUpperCase(c));
        }
        return out.toString();
    }

    /** {@code HOLD_ROOM_PLACEMENT} to {@code HoldRoomPlacement}. */
    static String camel(String upperSnake) {
        StringBuilder out = new StringBuilder();
        for (String part : upperSnake.split("_")) {
            out.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return out.toString();
    }
}
