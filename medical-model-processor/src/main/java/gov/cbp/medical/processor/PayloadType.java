package gov.cbp.medical.processor;

import java.util.List;

/**
 * One model value type of the payload, with its properties in payload order.
 *
 * @param qualifiedName the interface's qualified name
 * @param simpleName the interface's simple name, also its JSON Schema definition name
 * @param eventConstant the {@code EventType} constant of an event type, else null
 * @param generated whether the processor writes its decoder shape (false for the episode root, whose shape is
 *     hand-written)
 * @param properties the properties: inherited ones first, then in declaration order
 * @param description the first paragraph of the type's javadoc without its leading "An immutable", or null
 */
record PayloadType(String qualifiedName, String simpleName, String eventConstant, boolean generated,
        List<Property> properties, String description) {

    /** The name of the type's shape constant: the simple name in upper snake case. */
    String constant() {
        return ModelProcessor.upperSnake(simpleName);
    }

    boolean isEvent() {
        return eventConstant != null;
    }
}
