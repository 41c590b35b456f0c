package gov.cbp.medical.model.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The published JSON Schemas (draft 2020-12) of the payload format, for integration teams that do not use
 * Java. They are generated from the same declarations the {@link PayloadValidator} checks, at build time.
 *
 * <p>The schema checks structure: types, required properties, lengths, shapes and list sizes. Only the
 * library checks the rest: the cross-field rules (events within custody, unique ids, references, age and
 * population class), the format version, parser limits (depth, size) and times in the future; it also
 * reports unknown properties and unknown codes as warnings, which the schema allows.
 */
public final class PayloadSchema {
    private PayloadSchema() {}

    /**
     * The schema of a custody-episode payload.
     *
     * @return the schema as JSON text, not null
     */
    public static String episode() {
        return load("custody-episode.schema.json");
    }

    /**
     * The schema of one event sent on its own.
     *
     * @return the schema as JSON text, not null
     */
    public static String event() {
        return load("medical-event.schema.json");
    }

    private static String load(String name) {
        try (InputStream in = PayloadSchema.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing from the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
