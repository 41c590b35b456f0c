package gov.cbp.medical.model.common;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * The {@code toString()} of every {@link RecordStyle} value: {@code Type{id=...}}, the abstract type's simple
 * name and its {@link RecordId} attributes, nothing else.
 *
 * @since 0.1
 */
public final class RecordText {
    /** The record-id accessors of each generated class, found once per class (thread-safe, bounded by classes). */
    private static final ClassValue<List<Method>> IDS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            return recordIds(type);
        }
    };

    private RecordText() {}

    /**
     * The text of a record value.
     *
     * @param value the value, not null
     * @return the type and its record ids, not null
     */
    public static String of(Object value) {
        StringBuilder out = new StringBuilder(typeName(value.getClass())).append('{');
        String separator = "";
        for (Method id : IDS.get(value.getClass())) {
            out.append(separator).append(id.getName()).append('=').append(invoke(id, value));
            separator = ", ";
        }
        return out.append('}').toString();
    }

    private static String typeName(Class<?> generated) {
        String name = generated.getSimpleName();
        return name.startsWith("Immutable") ? name.substring("Immutable".length()) : name;
    }

    private static Object invoke(Method id, Object value) {
        try {
            return id.invoke(value);
        } catch (ReflectiveOperationException e) {
            // an accessor of an immutable value does not fail; say so without the value
            return "?";
        }
    }

    /** The {@link RecordId} methods of the type's supertypes, by name. */
    private static List<Method> recordIds(Class<?> type) {
        List<Method> found = new ArrayList<>();
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(type));
        while (!pending.isEmpty()) {
            Class<?> next = pending.pop();
            for (Method method : next.getDeclaredMethods()) {
                if (method.isAnnotationPresent(RecordId.class) && method.getParameterCount() == 0
                        && found.stream().noneMatch(m -> m.getName().equals(method.getName()))) {
                    found.add(method);
                }
            }
            pending.addAll(List.of(next.getInterfaces()));
            if (next.getSuperclass() != null) {
                pending.add(next.getSuperclass());
            }
        }
        found.sort(Comparator.comparing(Method::getName));
        return List.copyOf(found);
    }
}
