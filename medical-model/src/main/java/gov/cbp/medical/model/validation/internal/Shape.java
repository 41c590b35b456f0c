package gov.cbp.medical.model.validation.internal;

import java.util.Objects;
import java.util.function.Function;

/**
 * The JSON shape of one model type: a name and a function that reads the type's properties from
 * {@link Fields} and builds the value.
 *
 * @param <T> the model type
 */
final class Shape<T> {
    private final String name;
    private final Function<Fields, T> reader;

    private Shape(String name, Function<Fields, T> reader) {
        this.name = name;
        this.reader = reader;
    }

    static <T> Shape<T> of(String name, Function<Fields, T> reader) {
        return new Shape<>(Objects.requireNonNull(name), Objects.requireNonNull(reader));
    }

    String name() {
        return name;
    }

    /**
     * Reads the value.
     *
     * @param fields the properties
     * @return the value, or null if a required property is missing or invalid
     */
    T read(Fields fields) {
        return reader.apply(fields);
    }
}
