package gov.cbp.medical.model.publichealth;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.common.RecordStyle;
import gov.cbp.medical.model.common.Text;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/**
 * An immutable result of one diagnostic test.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableDiagnosticTest.class)
@JsonDeserialize(as = ImmutableDiagnosticTest.class)
public interface DiagnosticTest {
    /**
     * The test code (e.g. {@code covid-19-antigen}, {@code influenza-a-b}).
     *
     * @return the value, not null
     */
    @Text(Text.Kind.CODE)
    @Size(max = Limits.MAX_CODE_LENGTH)
    String test();

    /**
     * The result.
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

    /** Builds a {@link DiagnosticTest}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableDiagnosticTest.Builder {}
}
