package gov.cbp.medical.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * Reads the payload properties of a model interface from its accessors and their annotations, reporting an
 * accessor it cannot map as a compile error on that accessor.
 */
final class Accessors {
    private static final String IMMUTABLE = "org.immutables.value.Value.Immutable";
    private static final String DEFAULT = "org.immutables.value.Value.Default";
    private static final String JSON_IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";
    private static final String MIN = "jakarta.validation.constraints.Min";
    private static final String MAX = "jakarta.validation.constraints.Max";
    private static final String TEXT = ModelProcessor.MODEL + ".common.Text";
    private static final String PERSONAL = ModelProcessor.MODEL + ".common.PersonalData";
    private static final String RECORD_ID = ModelProcessor.MODEL + ".common.RecordId";
    private static final String REFERENCE = ModelProcessor.MODEL + ".event.EventReference";
    private static final String CODED = ModelProcessor.MODEL + ".common.Coded";

    private final ProcessingEnvironment environment;
    private final Elements elements;
    private final Types types;
    private boolean failed;

    Accessors(ProcessingEnvironment environment) {
        this.environment = environment;
        this.elements = environment.getElementUtils();
        this.types = environment.getTypeUtils();
    }

    boolean failed() {
        return failed;
    }

    TypeElement element(String qualifiedName) {
        return elements.getTypeElement(qualifiedName);
    }

    String docComment(Element element) {
        return elements.getDocComment(element);
    }

    /** Whether a type is an interface of a concrete event type: immutable and a subtype of the event root. */
    boolean isEvent(TypeElement type) {
        TypeElement root = elements.getTypeElement(ModelProcessor.MEDICAL_EVENT);
        return root != null && type.getKind() == ElementKind.INTERFACE && !type.equals(root)
                && annotation(type, IMMUTABLE) != null && types.isAssignable(type.asType(), root.asType());
    }

    /** The properties of a type: those of its super-interfaces first, then its own in declaration order. */
    List<Property> properties(TypeElement type) {
        Map<String, ExecutableElement> accessors = new LinkedHashMap<>();
        collect(type, accessors);
        List<Property> properties = new ArrayList<>();
        for (ExecutableElement accessor : accessors.values()) {
            Property property = property(accessor);
            if (property != null) {
                properties.add(property);
            }
        }
        return properties;
    }

    private void collect(TypeElement type, Map<String, ExecutableElement> accessors) {
        for (TypeMirror parent : type.getInterfaces()) {
            collect((TypeElement) types.asElement(parent), accessors);
        }
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() != ElementKind.METHOD) {
                continue;
            }
            ExecutableElement method = (ExecutableElement) member;
            String name = method.getSimpleName().toString();
            if (method.getModifiers().contains(Modifier.STATIC) || !method.getParameters().isEmpty()
                    || method.getReturnType().getKind() == TypeKind.VOID) {
                continue;
            }
            boolean isDefault = method.getModifiers().contains(Modifier.DEFAULT);
            if ((isDefault && annotation(method, DEFAULT) == null) || annotation(method, JSON_IGNORE) != null) {
                accessors.remove(name); // derived, lazy, or the fixed discriminator: not a payload property
                continue;
            }
            // an override keeps the position the parent gave the property
            accessors.merge(name, method, (parent, child) -> child);
        }
    }

    private Property property(ExecutableElement accessor) {
        String name = accessor.getSimpleName().toString();
        TypeMirror type = accessor.getReturnType();
        boolean optional = false;
        boolean list = false;
        if (isDeclared(type, "java.util.Optional")) {
            optional = true;
            type = argument(type);
        } else if (isDeclared(type, "java.util.List")) {
            list = true;
            type = argument(type);
        }
        boolean required = !optional && !list && annotation(accessor, DEFAULT) == null;
        String description = Javadoc.memberDescription(elements.getDocComment(accessor));
        List<String> references = references(accessor);
        switch (type.getKind()) {
            case BOOLEAN:
                return simple(name, Property.Kind.BOOL, required, optional, description, accessor, list);
            case INT:
            case LONG:
                return integer(name, required, optional, description, accessor, type, list);
            case DECLARED:
                break;
            default:
                return unsupported(accessor);
        }
        String qualified = ((TypeElement) types.asElement(type)).getQualifiedName().toString();
        switch (qualified) {
            case "java.lang.String":
                String kind = textKind(accessor, references);
                if (kind == null) {
                    return null;
                }
                return new Property(name, list ? Property.Kind.TEXTS : Property.Kind.TEXT, required, optional, kind, 0, 0,
                        null, references, description);
            case "java.lang.Boolean":
                return simple(name, Property.Kind.BOOL, required, optional, description, accessor, list);
            case "java.lang.Integer":
            case "java.lang.Long":
                return integer(name, required, optional, description, accessor, type, list);
            case "java.time.Instant":
                return simple(name, Property.Kind.INSTANT, required, optional, description, accessor, list);
            case "java.time.LocalDate":
                return simple(name, Property.Kind.DATE, required, optional, description, accessor, list);
            case "java.time.ZoneId":
                return simple(name, Property.Kind.ZONE, required, optional, description, accessor, list);
            case "java.time.Duration":
                return simple(name, Property.Kind.DURATION, required, optional, description, accessor, list);
            default:
                break;
        }
        TypeElement element = (TypeElement) types.asElement(type);
        if (element.getKind() == ElementKind.ENUM && implementsCoded(element)) {
            return list ? unsupported(accessor)
                    : new Property(name, Property.Kind.CODED, required, optional, null, 0, 0, qualified, null, description);
        }
        if (annotation(element, IMMUTABLE) != null && qualified.startsWith(ModelProcessor.MODEL + ".")) {
            return new Property(name, list ? Property.Kind.OBJECTS : Property.Kind.OBJECT, required, optional, null, 0, 0,
                    qualified, null, description);
        }
        if (qualified.equals(ModelProcessor.MEDICAL_EVENT)) {
            // the timeline, read by the hand-written episode shape
            return list ? new Property(name, Property.Kind.EVENTS, false, false, null, 0, 0, qualified, null, description)
                    : unsupported(accessor);
        }
        return unsupported(accessor);
    }

    private Property simple(String name, Property.Kind kind, boolean required, boolean optional, String description,
            ExecutableElement accessor, boolean list) {
        return list ? unsupported(accessor) : new Property(name, kind, required, optional, null, 0, 0, null, null, description);
    }

    private Property integer(String name, boolean required, boolean optional, String description,
            ExecutableElement accessor, TypeMirror type, boolean list) {
        Long min = bound(accessor, type, MIN);
        Long max = bound(accessor, type, MAX);
        if (list || min == null || max == null) {
            return fail(accessor, "an integer property needs @Min and @Max (bounds from Limits)");
        }
        return new Property(name, Property.Kind.INTEGER, required, optional, null, min, max, null, null, description);
    }

    /** The text kind: from {@code @EventReference}, {@code @PersonalData}, {@code @Text} or {@code @RecordId}. */
    private String textKind(ExecutableElement accessor, List<String> references) {
        AnnotationMirror text = annotation(accessor, TEXT);
        int given = (references != null ? 1 : 0) + (annotation(accessor, PERSONAL) != null ? 1 : 0) + (text != null ? 1 : 0);
        if (given > 1) {
            fail(accessor, "a text property takes one of @Text, @PersonalData and @EventReference");
            return null;
        }
        if (references != null) {
            return "REFERENCE";
        }
        if (annotation(accessor, PERSONAL) != null) {
            return "PERSONAL";
        }
        if (text != null) {
            return ((VariableElement) value(text, "value").getValue()).getSimpleName().toString();
        }
        if (annotation(accessor, RECORD_ID) != null) {
            return "IDENTIFIER";
        }
        fail(accessor, "a text property needs @Text, @PersonalData, @RecordId or @EventReference to say its kind");
        return null;
    }

    /** The target types of an {@code @EventReference}: constant names, empty for any; null when not a reference. */
    private List<String> references(ExecutableElement accessor) {
        AnnotationMirror reference = annotation(accessor, REFERENCE);
        if (reference == null) {
            return null;
        }
        List<String> targets = new ArrayList<>();
        AnnotationValue value = value(reference, "value");
        if (value != null) {
            for (Object item : (List<?>) value.getValue()) {
                targets.add(((VariableElement) ((AnnotationValue) item).getValue()).getSimpleName().toString());
            }
        }
        if (targets.size() > 1) {
            fail(accessor, "@EventReference names at most one target type");
        }
        return targets;
    }

    /** A Bean Validation bound on the accessor or on the type argument it returns. */
    private Long bound(ExecutableElement accessor, TypeMirror type, String annotation) {
        AnnotationMirror found = annotation(accessor, annotation);
        if (found == null) {
            for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
                if (name(mirror).equals(annotation)) {
                    found = mirror;
                }
            }
        }
        return found == null ? null : ((Number) value(found, "value").getValue()).longValue();
    }

    private boolean implementsCoded(TypeElement element) {
        for (TypeMirror parent : element.getInterfaces()) {
            if (((TypeElement) types.asElement(parent)).getQualifiedName().contentEquals(CODED)) {
                return true;
            }
        }
        return false;
    }

    private Property unsupported(ExecutableElement accessor) {
        return fail(accessor, "the model processor cannot map the type " + accessor.getReturnType() + " to a payload property");
    }

    private Property fail(ExecutableElement accessor, String message) {
        failed = true;
        environment.getMessager().printMessage(Diagnostic.Kind.ERROR, message, accessor);
        return null;
    }

    private static boolean isDeclared(TypeMirror type, String qualified) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualified);
    }

    private static TypeMirror argument(TypeMirror type) {
        return ((DeclaredType) type).getTypeArguments().get(0);
    }

    static AnnotationMirror annotation(Element element, String qualified) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (name(mirror).equals(qualified)) {
                return mirror;
            }
        }
        return null;
    }

    private static String name(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    private static AnnotationValue value(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
