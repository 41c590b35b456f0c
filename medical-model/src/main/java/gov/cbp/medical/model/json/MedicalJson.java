package gov.cbp.medical.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Jackson configuration for the model: the one place that knows how the model is written as JSON.
 *
 * <p>{@link #mapper()} binds payloads straight into the model with no checks (the fast path for data that
 * is already trusted, and the writer of payloads). To read untrusted input, use
 * {@link gov.cbp.medical.model.validation.PayloadValidator}, which checks everything and reports every
 * problem. Applications with their own {@link ObjectMapper} register {@link #module()} (it brings
 * Jackson's {@code JavaTimeModule} and {@code Jdk8Module}), or let {@code findAndRegisterModules()} find it.
 *
 * <p>Output: absent optional values and empty lists are omitted; instants and durations are ISO-8601 text;
 * codes are the enums' {@code code()} values.
 */
public final class MedicalJson {

    private static final ObjectMapper MAPPER = configure(new ModelMapper());

    private MedicalJson() {}

    /**
     * The shared, configured mapper. Do not reconfigure it; {@link ObjectMapper#copy()} it instead.
     *
     * <p>A read failure of its own read methods ({@code readValue}, {@code readTree}, {@code treeToValue},
     * and {@code convertValue}, as the cause of its {@link IllegalArgumentException}) and of its copies is a
     * {@link MedicalJsonException}: a code and a JSON Pointer, no input value, no cause. Readers made with
     * {@code reader()}/{@code readerFor(...)}, parsers of its factory and mappers from {@code rebuild()} are
     * Jackson's own and may quote the input: do not log their messages.
     *
     * @return the mapper, not null; thread-safe
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Configures a mapper to read and write the model.
     *
     * @param mapper the mapper, not null
     * @return the same mapper, not null
     */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .registerModule(new Jdk8Module())
                .registerModule(module())
                .setSerializationInclusion(JsonInclude.Include.NON_ABSENT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    /**
     * The module that registers the event types and the wire codes of the model's enums; the same module
     * {@code ObjectMapper.findAndRegisterModules()} finds through {@link java.util.ServiceLoader}.
     *
     * @return a new module, not null
     */
    public static Module module() {
        return new MedicalJsonModule();
    }
}
