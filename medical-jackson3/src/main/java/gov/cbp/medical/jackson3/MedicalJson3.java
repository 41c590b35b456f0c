package gov.cbp.medical.jackson3;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson 3 configuration for the model, the counterpart of the model's Jackson 2
 * {@link gov.cbp.medical.model.json.MedicalJson}: the same JSON in and out.
 *
 * <p>{@link #mapper()} binds trusted payloads with no checks; read untrusted input with
 * {@link gov.cbp.medical.model.validation.PayloadValidator}, which reports every problem. Output: absent
 * optional values and empty lists are omitted; instants and durations are ISO-8601 text; codes are the enums'
 * {@code code()} values; properties in the model's declared order (Jackson 3 would sort them).
 *
 * <p>Implementation Requirements: the mapper is immutable and thread-safe.
 */
public final class MedicalJson3 {
    private static final JsonMapper MAPPER = configure(JsonMapper.builder()).build();

    private MedicalJson3() {}

    /**
     * The shared, configured mapper; derive others with {@link JsonMapper#rebuild()}.
     *
     * @return the mapper, not null; thread-safe
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * Configures a mapper builder to read and write the model.
     *
     * @param builder the builder, not null
     * @return the same builder, not null
     */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder.addModule(new MedicalJackson3Module())
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_ABSENT))
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
