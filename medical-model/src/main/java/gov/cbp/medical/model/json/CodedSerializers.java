package gov.cbp.medical.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import gov.cbp.medical.model.common.Coded;
import java.io.IOException;

/** Writes every {@link Coded} enum as its code. */
final class CodedSerializers extends BeanSerializerModifier {
    private static final JsonSerializer<Coded> CODE = new StdSerializer<>(Coded.class) {
        @Override
        public void serialize(Coded value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(value.code());
        }
    };

    @Override
    public JsonSerializer<?> modifyEnumSerializer(SerializationConfig config, JavaType valueType,
            BeanDescription description, JsonSerializer<?> serializer) {
        return Coded.class.isAssignableFrom(valueType.getRawClass()) ? CODE : serializer;
    }
}
