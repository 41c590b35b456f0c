package gov.cbp.medical.processor;

import java.util.List;

/**
 * One JSON property of a model type, as the processor reads it from an accessor: its name, what kind of value
 * it holds, whether the payload must carry it, and what the model's annotations add.
 *
 * @param name the property and accessor name
 * @param kind the kind of value
 * @param required whether the payload must carry it (neither {@code Optional}, nor a list, nor defaulted)
 * @param optional whether the accessor returns {@code Optional}
 * @param textKind the constant of the decoder's text kind for text properties, else null
 * @param min the least value of an integer property
 * @param max the greatest value of an integer property
 * @param type the qualified name of the coded enum or the nested value type, else null
 * @param references the event type constants a reference must point at (empty for any), or null when the
 *     property is no reference
 * @param description the first paragraph of the accessor's javadoc as plain text, or null
 */
record Property(String name, Kind kind, boolean required, boolean optional, String textKind, long min, long max,
        String type, List<String> references, String description) {

    /** The kinds of property value, each read by one method of the decoder's {@code Fields}. */
    enum Kind {
        /** A string. */
        TEXT("text"),
        /** A list of strings. */
        TEXTS("texts"),
        /** An instant. */
        INSTANT("instant"),
        /** A calendar date. */
        DATE("date"),
        /** A time-zone id. */
        ZONE("zone"),
        /** An ISO-8601 duration. */
        DURATION("duration"),
        /** A bounded integer. */
        INTEGER("integer"),
        /** A flag. */
        BOOL("bool"),
        /** One code of a model enum. */
        CODED("coded"),
        /** A nested value. */
        OBJECT("object"),
        /** A list of nested values. */
        OBJECTS("objects"),
        /** The timeline: a list of events, each shaped by its type. */
        EVENTS("events");

        /** The {@code Fields} method that reads this kind. */
        final String method;

        Kind(String method) {
            this.method = method;
        }

        boolean isList() {
            return this == TEXTS || this == OBJECTS || this == EVENTS;
        }
    }

    /** The name with its first letter in upper case, as in the builder's {@code addAll} methods. */
    String capitalized() {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    boolean isReference() {
        return references != null;
    }
}
