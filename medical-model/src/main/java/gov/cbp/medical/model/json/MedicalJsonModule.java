package gov.cbp.medical.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Map;

/**
 * The Jackson 2 module of the model: the event subtypes and the wire codes of the model's enums, with
 * Jackson's {@code JavaTimeModule} and {@code Jdk8Module} as dependencies (registered with it).
 *
 * <p>Registered for {@link java.util.ServiceLoader} ({@code META-INF/services} and {@code provides} in the
 * module descriptor), so {@code ObjectMapper.findAndRegisterModules()} reads the model; frameworks that
 * register {@link Module} beans take it as a bean. A mapper configured only with this module reads every
 * valid payload and writes the model's types as the payload format says (absent values omitted);
 * {@link MedicalJson#configure} also sets the mapper-wide style (instants as ISO-8601 text).
 *
 * <p>Implementation Requirements: stateless once set up; registering it twice on one mapper is a no-op
 * (its type id is its class name).
 */
public final class MedicalJsonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** A module with the model's types and codes; public for {@link java.util.ServiceLoader}. */
    public MedicalJsonModule() {
        super("cbp-medical-model");
        registerSubtypes(ModelTypes.events().toArray(new Class<?>[0]));
        setSerializerModifier(new CodedSerializers());
        setDeserializerModifier(new CodedDeserializers());
    }

    /**
     * Also makes the model's own types omit absent values under any mapper defaults, without changing how
     * the mapper writes anything else.
     */
    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        JsonInclude.Value nonAbsent = JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS);
        for (Map.Entry<Class<?>, Class<?>> binding : ModelTypes.implementations().entrySet()) {
            context.configOverride(binding.getKey()).setInclude(nonAbsent);
            context.configOverride(binding.getValue()).setInclude(nonAbsent);
        }
    }

    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new JavaTimeModule(), new Jdk8Module());
    }

    @Override
    public Object getTypeId() {
        return MedicalJsonModule.class.getName();
    }
}
