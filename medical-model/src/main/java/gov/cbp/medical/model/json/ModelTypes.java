package gov.cbp.medical.model.json;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model's JSON-bound types, for JSON libraries other than the Jackson 2 this model is annotated for
 * (such as the Jackson 3 module): the event subtypes, and each value type with the generated class that
 * implements it.
 *
 * <p>The event subtypes are those {@link EventType} names ({@link EventType#eventClass()}). Each value type
 * declares its implementation once, in its {@code @JsonDeserialize(as = ...)}
 * annotation; this class derives the mapping by walking the accessors from {@link CustodyEpisode} and the
 * events, so a new type needs no second registration.
 *
 * <p>Implementation Requirements: immutable and thread-safe; computed once.
 */
public final class ModelTypes {
    private static final List<Class<? extends MedicalEvent>> EVENTS = events(EventType.values());

    private static final Map<Class<?>, Class<?>> IMPLEMENTATIONS = walk();

    private ModelTypes() {}

    /**
     * The event types, each with its {@code @JsonTypeName}.
     *
     * @return an unmodifiable list, not null
     */
    public static List<Class<? extends MedicalEvent>> events() {
        return EVENTS;
    }

    /**
     * Every value type reachable from an episode, with the class that implements it.
     *
     * @return an unmodifiable map in discovery order, not null
     */
    public static Map<Class<?>, Class<?>> implementations() {
        return IMPLEMENTATIONS;
    }

    private static List<Class<? extends MedicalEvent>> events(EventType... types) {
        List<Class<? extends MedicalEvent>> events = new ArrayList<>();
        for (EventType type : types) {
            if (type != EventType.UNKNOWN) {
                events.add(type.eventClass());
            }
        }
        return List.copyOf(events);
    }

    private static Map<Class<?>, Class<?>> walk() {
        Map<Class<?>, Class<?>> found = new LinkedHashMap<>();
        Deque<Class<?>> pending = new ArrayDeque<>();
        pending.add(CustodyEpisode.class);
        pending.addAll(EVENTS);
        while (!pending.isEmpty()) {
            Class<?> type = pending.poll();
            JsonDeserialize binding = type.getAnnotation(JsonDeserialize.class);
            if (found.containsKey(type) || binding == null || binding.as() == Void.class) {
                continue;
            }
            found.put(type, binding.as());
            for (Method accessor : type.getMethods()) {
                if (accessor.getParameterCount() == 0 && !Modifier.isStatic(accessor.getModifiers())) {
                    modelTypes(accessor.getGenericReturnType(), pending);
                }
            }
        }
        return Collections.unmodifiableMap(found);
    }

    private static void modelTypes(Type type, Deque<Class<?>> pending) {
        if (type instanceof ParameterizedType) {
            for (Type argument : ((ParameterizedType) type).getActualTypeArguments()) {
                modelTypes(argument, pending);
            }
        } else if (type instanceof Class<?> && ((Class<?>) type).getName().startsWith("gov.cbp.medical.model.")) {
            pending.add((Class<?>) type);
        }
    }
}
