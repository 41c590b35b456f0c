package gov.cbp.medical.model.json;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;

/**
 * The Jackson 2 module of the model: the event subtypes and the wire codes of the model's enums, with
 * Jackson's {@code JavaTimeModule} and {@code Jdk8Module} as dependencies (registered with it).
 *
 * <p>Registered for {@link java.util.ServiceLoader} ({@code META-INF/services} and {@code provides} in the
 * module descriptor), so {@code ObjectMapper.findAndRegisterModules()} reads the model; frameworks that
 * register {@link Module} beans (Spring Boot 3) take it as a bean. A mapper configured only with this module
 * reads every valid payload; {@link MedicalJson#configure} also sets the output style (absent values
 * omitted, instants as ISO-8601 text).
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

    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new JavaTimeModule(), new Jdk8Module());
    }

    @Override
    public Object getTypeId() {
        return MedicalJsonModule.class.getName();
    }
}
