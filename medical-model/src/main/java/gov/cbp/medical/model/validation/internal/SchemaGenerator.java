package gov.cbp.medical.model.validation.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the payload JSON Schemas; run by the build ({@code process-classes}) so that the schemas in the
 * jar are generated from the shapes, never maintained by hand.
 */
public final class SchemaGenerator {
    /** The file name of the episode schema. */
    public static final String EPISODE_SCHEMA = "custody-episode.schema.json";
    /** The file name of the single-event schema. */
    public static final String EVENT_SCHEMA = "medical-event.schema.json";
    private static final String BASE = "https://cbp-medical.github.io/schema/1/";

    private SchemaGenerator() {}

    /**
     * The episode schema.
     *
     * @return a new tree
     */
    public static ObjectNode episodeSchema() {
        return SchemaFields.episodeSchema(BASE + EPISODE_SCHEMA, "CBP custody medical episode, format 1.x");
    }

    /**
     * The single-event schema.
     *
     * @return a new tree
     */
    public static ObjectNode eventSchema() {
        return SchemaFields.eventSchema(BASE + EVENT_SCHEMA, "One event of a CBP custody medical episode, format 1.x");
    }

    /**
     * Renders a schema as the text the build writes.
     *
     * @param schema the schema
     * @return pretty-printed JSON ending in a newline
     * @throws IOException never in practice
     */
    public static String render(ObjectNode schema) throws IOException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(schema)
                .replace("\r\n", "\n") + "\n";
    }

    /**
     * Writes both schemas into a directory.
     *
     * @param args the target directory
     * @throws IOException if writing fails
     */
    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args[0]);
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(EPISODE_SCHEMA), render(episodeSchema()));
        Files.writeString(directory.resolve(EVENT_SCHEMA), render(eventSchema()));
    }
}
