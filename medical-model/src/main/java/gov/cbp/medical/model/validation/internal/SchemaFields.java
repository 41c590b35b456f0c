package gov.cbp.medical.model.validation.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Records the declarations of a {@link Shape} as JSON Schema (draft 2020-12) instead of reading anything,
 * so the published schema is generated from the very declarations the payload reader checks.
 *
 * <p>What the schema cannot say, and only the library checks: the cross-field rules of
 * {@link EpisodeConsistency}, the depth and size limits of the parser, the format version, and that an
 * instant lies not in the future. Unknown properties are allowed by the schema and reported as warnings by
 * the library; unknown codes of open code lists likewise.
 */
final class SchemaFields implements Fields {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String PERSONAL = "x-personal-data";

    private final Definitions definitions;
    private final String typeName;
    private final ObjectNode properties;
    private final ArrayNode required;

    private SchemaFields(Definitions definitions, String typeName, ObjectNode schema) {
        this.definitions = definitions;
        this.typeName = typeName;
        schema.put("type", "object");
        String description = definitions.describe(typeName, null);
        if (description != null) {
            schema.put("description", description);
        }
        this.properties = schema.putObject("properties");
        this.required = JSON.arrayNode();
        schema.set("required", required);
    }

    /** The schema of the whole episode payload. */
    static ObjectNode episodeSchema(String id, String title) {
        Definitions definitions = new Definitions();
        ObjectNode root = JSON.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", id);
        root.put("title", title);
        SchemaFields fields = new SchemaFields(definitions, EpisodeReader.EPISODE.name(), root);
        EpisodeReader.EPISODE.read(fields);
        fields.finish(root);
        root.set("$defs", definitions.defs);
        return root;
    }

    /** The schema of one event sent on its own. */
    static ObjectNode eventSchema(String id, String title) {
        Definitions definitions = new Definitions();
        ObjectNode root = JSON.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", id);
        root.put("title", title);
        root.put("$ref", "#/$defs/" + definitions.eventDefinition());
        root.set("$defs", definitions.defs);
        return root;
    }

    private void finish(ObjectNode schema) {
        if (required.isEmpty()) {
            schema.remove("required");
        }
    }

    @Override
    public boolean complete() {
        return false;
    }

    private ObjectNode property(String name, Need need) {
        ObjectNode property = properties.putObject(name);
        String description = definitions.describe(typeName, name);
        if (description != null) {
            property.put("description", description);
        }
        if (need == Need.REQUIRED) {
            required.add(name);
        }
        return property;
    }

    /** Optional properties may be written as null, which the reader takes as absent. */
    private static void nullable(ObjectNode property, Need need, String type) {
        if (need == Need.OPTIONAL) {
            property.putArray("type").add(type).add("null");
        } else {
            property.put("type", type);
        }
    }

    private static void textSchema(ObjectNode property, TextRule kind) {
        property.put("maxLength", kind.maxLength);
        if (kind.shape.pattern() != null) {
            property.put("pattern", kind.shape.pattern());
        }
        if (kind.personal) {
            property.put(PERSONAL, true);
        }
    }

    @Override
    public String text(String name, Need need, TextRule kind) {
        ObjectNode property = property(name, need);
        nullable(property, need, "string");
        textSchema(property, kind);
        return null;
    }

    @Override
    public List<String> texts(String name, Need need, TextRule kind) {
        ObjectNode property = property(name, need);
        nullable(property, need, "array");
        property.put("maxItems", Limits.MAX_ITEMS);
        ObjectNode items = property.putObject("items");
        items.put("type", "string");
        textSchema(items, kind);
        return null;
    }

    @Override
    public Instant instant(String name, Need need) {
        ObjectNode property = property(name, need);
        nullable(property, need, "string");
        property.put("format", "date-time");
        // the bounds of Limits.EARLIEST_INSTANT and LATEST_INSTANT: years 2000 to 2099
        property.put("pattern", "^20[0-9]{2}" + Instants.PATTERN.substring("^[0-9]{4}".length()));
        return null;
    }

    @Override
    public LocalDate date(String name, Need need) {
        ObjectNode property = property(name, need);
        nullable(property, need, "string");
        property.put("format", "date");
        // the bounds of Limits.EARLIEST_DATE and LATEST_DATE: years 1870 to 2099
        property.put("pattern", "^(18[7-9][0-9]|19[0-9]{2}|20[0-9]{2})-[0-9]{2}-[0-9]{2}$");
        property.put(PERSONAL, true);
        return null;
    }

    @Override
    public ZoneId zone(String name, Need need) {
        ObjectNode property = property(name, need);
        nullable(property, need, "string");
        property.putArray("examples").add("America/Phoenix").add("America/Chicago");
        return null;
    }

    @Override
    public Duration duration(String name, Need need) {
        ObjectNode property = property(name, need);
        nullable(property, need, "string");
        property.put("format", "duration");
        return null;
    }

    @Override
    public Integer integer(String name, Need need, int min, int max) {
        ObjectNode property = property(name, need);
        nullable(property, need, "integer");
        property.put("minimum", min);
        property.put("maximum", max);
        return null;
    }

    @Override
    public Boolean bool(String name, Need need) {
        nullable(property(name, need), need, "boolean");
        return null;
    }

    @Override
    public <E extends Enum<E> & Coded> E coded(String name, Need need, CodeTable<E> codes) {
        ObjectNode property = property(name, need);
        if (codes.isOpen()) {
            // Open code lists stay plain strings: a newer minor version may add codes (read as "unknown").
            nullable(property, need, "string");
            ArrayNode examples = property.putArray("examples");
            codes.codes().forEach(examples::add);
        } else {
            ArrayNode values = property.putArray("enum");
            codes.codes().forEach(values::add);
            if (need == Need.OPTIONAL) {
                values.addNull();
            }
        }
        return null;
    }

    @Override
    public <T> T object(String name, Need need, Shape<T> shape) {
        ObjectNode property = property(name, need);
        String ref = "#/$defs/" + definitions.define(shape);
        if (need == Need.OPTIONAL) {
            property.putArray("anyOf").add(JSON.objectNode().put("$ref", ref)).add(JSON.objectNode().put("type", "null"));
        } else {
            property.put("$ref", ref);
        }
        return null;
    }

    @Override
    public <T> List<T> objects(String name, Need need, Shape<T> shape) {
        ObjectNode property = property(name, need);
        nullable(property, need, "array");
        property.put("maxItems", Limits.MAX_ITEMS);
        property.putObject("items").put("$ref", "#/$defs/" + definitions.define(shape));
        return null;
    }

    @Override
    public List<MedicalEvent> events(String name, Need need) {
        ObjectNode property = property(name, need);
        nullable(property, need, "array");
        property.put("maxItems", Limits.MAX_EVENTS);
        property.putObject("items").put("$ref", "#/$defs/" + definitions.eventDefinition());
        return null;
    }

    /** The {@code $defs} of one schema, each shape defined once. */
    private static final class Definitions {
        private static final String EVENT = "MedicalEvent";
        final ObjectNode defs = JSON.objectNode();
        private final Properties descriptions = loadDescriptions();

        String define(Shape<?> shape) {
            if (!defs.has(shape.name())) {
                ObjectNode schema = defs.putObject(shape.name());
                SchemaFields fields = new SchemaFields(this, shape.name(), schema);
                shape.read(fields);
                fields.finish(schema);
            }
            return shape.name();
        }

        String eventDefinition() {
            if (defs.has(EVENT)) {
                return EVENT;
            }
            ObjectNode event = defs.putObject(EVENT);
            event.put("description", describe(EVENT, null));
            event.put("type", "object");
            event.putArray("required").add("type");
            ObjectNode type = event.putObject("properties").putObject("type");
            type.put("type", "string");
            type.put("description", describe(EVENT, "type"));
            ArrayNode examples = type.putArray("examples");
            ArrayNode branches = event.putArray("allOf");
            for (Map.Entry<EventType, Shape<? extends MedicalEvent>> entry : Shapes.EVENTS.entrySet()) {
                String code = entry.getKey().code();
                examples.add(code);
                ObjectNode branch = branches.addObject();
                ObjectNode condition = branch.putObject("if");
                condition.putObject("properties").putObject("type").put("const", code);
                condition.putArray("required").add("type");
                branch.putObject("then").put("$ref", "#/$defs/" + define(entry.getValue()));
            }
            return EVENT;
        }

        String describe(String type, String property) {
            return descriptions.getProperty(property == null ? type : type + "." + property);
        }

        private static Properties loadDescriptions() {
            Properties properties = new Properties();
            try (InputStream in = SchemaFields.class.getResourceAsStream("schema-descriptions.properties")) {
                if (in != null) {
                    properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return properties;
        }
    }
}
