package gov.cbp.medical.model.publichealth;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.common.RecordStyle;
import gov.cbp.medical.model.common.Text;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.immutables.value.Value;

/**
 * An immutable infectious-disease screening: symptoms and tests (Directive 2210-004, public health).
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableInfectiousDiseaseScreening.class)
@JsonDeserialize(as = ImmutableInfectiousDiseaseScreening.class)
@JsonTypeName("infectious-disease-screening")
public interface InfectiousDiseaseScreening extends MedicalEvent {
    @Override
    default EventType type() {
        return EventType.INFECTIOUS_DISEASE_SCREENING;
    }

    /**
     * The symptom codes found (e.g. {@code fever}, {@code cough}).
     *
     * @return the value, not null, empty when absent
     */
    @Text(Text.Kind.CODE)
    @Size(max = Limits.MAX_ITEMS)
    List<@Size(max = Limits.MAX_CODE_LENGTH) String> symptoms();

    /**
     * The tests done.
     *
     * @return the value, not null, empty when absent
     */
    @Size(max = Limits.MAX_ITEMS)
    List<@Valid DiagnosticTest> tests();

    /**
     * The overall result.
     *
     * @return the value, not null
     */
    ScreeningResult result();

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * A builder initialised from this value, to make a changed copy.
     *
     * @return the builder, not null
     */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds a {@link InfectiousDiseaseScreening}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableInfectiousDiseaseScreening.Builder {}
}
