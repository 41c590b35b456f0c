package gov.cbp.medical.jackson3;

import com.fasterxml.jackson.annotation.JsonInclude;
import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;
import gov.cbp.medical.model.json.ModelTypes;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.ValueSerializerModifier;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson 3 module of the model: each value type bound to its generated implementation, the event
 * subtypes, and the enums' wire codes, so that Jackson 3 reads and writes exactly the JSON of the model's
 * Jackson 2 binding ({@link gov.cbp.medical.model.json.MedicalJson}).
 *
 * <p>Jackson 3 reads the Jackson annotations the model carries ({@code @JsonProperty}, {@code @JsonTypeInfo},
 * {@code @JsonTypeName}, {@code @JsonCreator}) but not Jackson 2's databind annotations
 * ({@code @JsonDeserialize(as = ...)}); the implementations come from {@link ModelTypes}, which derives them
 * from those annotations, so no type is declared twice.
 *
 * <p>Registered for {@link java.util.ServiceLoader} ({@code META-INF/services} and {@code provides}), so
 * {@code JsonMapper.builder().findAndAddModules()} finds it; Spring Boot 4 also registers it as a bean
 * through {@code medical-spring-boot}. A mapper with only this module reads every valid payload;
 * {@link MedicalJson3#configure} also sets the output style.
 *
 * <p>Implementation Requirements: stateless once set up; registering it twice is a no-op.
 */
public final class MedicalJackson3Module extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** A module with the model's types and codes; public for {@link java.util.ServiceLoader}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public MedicalJackson3Module() {
        super("cbp-medical-model-jackson3");
        for (Map.Entry<Class<?>, Class<?>> binding : ModelTypes.implementations().entrySet()) {
            addAbstractTypeMapping((Class) binding.getKey(), (Class) binding.getValue());
        }
        registerSubtypes(ModelTypes.events().toArray(new Class<?>[0]));
        setSerializerModifier(new Codes());
        setDeserializerModifier(new CodeReaders());
    }

    /**
     * Also makes the model's own types keep the payload format under any mapper defaults: absent values
     * omitted and properties in declared order (Jackson 3 sorts them by default), without changing how the
     * mapper writes anything else.
     */
    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        JsonInclude.Value nonAbsent = JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS);
        for (Map.Entry<Class<?>, Class<?>> binding : ModelTypes.implementations().entrySet()) {
            context.configOverride(binding.getKey()).setInclude(nonAbsent);
            context.configOverride(binding.getValue()).setInclude(nonAbsent);
        }
        context.insertAnnotationIntrospector(new DeclaredOrder());
    }

    @Override
    public Object getRegistrationId() {
        return MedicalJackson3Module.class.getName();
    }

    /** The model's types keep their declared property order, whatever the mapper's default. */
    private static final class DeclaredOrder extends NopAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        @Override
        public Boolean findSerializationSortAlphabetically(MapperConfig<?> config, Annotated annotated) {
            return annotated.getRawType().getName().startsWith("gov.cbp.medical.model.") ? Boolean.FALSE : null;
        }
    }

    /** Writes every {@link Coded} enum as its code. */
    private static final class Codes extends ValueSerializerModifier {
        private static final long serialVersionUID = 1L;
        private static final ValueSerializer<Coded> CODE = new StdSerializer<>(Coded.class) {
            @Override
            public void serialize(Coded value, JsonGenerator generator, SerializationContext context) {
                generator.writeString(value.code());
            }
        };

        @Override
        public ValueSerializer<?> modifyEnumSerializer(SerializationConfig config, JavaType valueType,
                BeanDescription.Supplier description, ValueSerializer<?> serializer) {
            return Coded.class.isAssignableFrom(valueType.getRawClass()) ? CODE : serializer;
        }
    }

    /**
     * Reads every {@link Coded} enum from its code: an unknown code of an open enum is its {@code UNKNOWN}
     * constant, of a closed enum a failure whose message does not quote the code.
     */
    private static final class CodeReaders extends ValueDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
            Class<?> raw = type.getRawClass();
            return Coded.class.isAssignableFrom(raw) ? new CodeReader(CodeTable.of((Class) raw)) : deserializer;
        }
    }

    private static final class CodeReader<E extends Enum<E> & Coded> extends StdDeserializer<E> {
        private final transient CodeTable<E> codes;

        CodeReader(CodeTable<E> codes) {
            super(codes.type());
            this.codes = codes;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (E) context.handleUnexpectedToken(codes.type(), parser);
            }
            String code = parser.getString();
            if (!codes.isOpen() && !codes.isKnown(code)) {
                return (E) context.handleWeirdStringValue(codes.type(), "<redacted>", "not a known code");
            }
            return codes.fromCode(code);
        }
    }
}
