package gov.cbp.medical.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;
import java.io.IOException;

/**
 * Reads every {@link Coded} enum from its code; an unknown code of an open enum becomes its {@code UNKNOWN}
 * constant, of a closed enum a failure whose message does not quote the code.
 */
final class CodedDeserializers extends BeanDeserializerModifier {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
            BeanDescription description, JsonDeserializer<?> deserializer) {
        Class<?> raw = type.getRawClass();
        if (!Coded.class.isAssignableFrom(raw)) {
            return deserializer;
        }
        return new CodeDeserializer(CodeTable.of((Class) raw));
    }

    private static final class CodeDeserializer<E extends Enum<E> & Coded> extends StdDeserializer<E> {
        private static final long serialVersionUID = 1L;
        private final transient CodeTable<E> codes;

        CodeDeserializer(CodeTable<E> codes) {
            super(codes.type());
            this.codes = codes;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (E) context.handleUnexpectedToken(codes.type(), parser);
            }
            String code = parser.getText();
            if (!codes.isOpen() && !codes.isKnown(code)) {
                return (E) context.handleWeirdStringValue(codes.type(), "<redacted>", "not a known code");
            }
            return codes.fromCode(code);
        }
    }
}
