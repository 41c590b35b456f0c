package gov.cbp.medical.rules.measure.report;

import gov.cbp.medical.rules.measure.StratifierDimension;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import org.immutables.value.Value;

/**
 * An immutable result of one measure split by one stratifier: one {@link StratumResult} per stratum seen, in
 * key order. The strata add up to the measure's total.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableStratifierResult.class)
@JsonDeserialize(as = ImmutableStratifierResult.class)
@JsonPropertyOrder({"id", "title", "dimensions", "strata"})
public interface StratifierResult {
    /**
     * The stratifier id.
     *
     * @return the id, not null
     */
    String id();

    /**
     * The stratifier title.
     *
     * @return the title, not null
     */
    String title();

    /**
     * The dimensions, in key order.
     *
     * @return the dimensions, not null
     */
    List<StratifierDimension> dimensions();

    /**
     * The strata, sorted by key.
     *
     * @return the strata, not null
     */
    List<StratumResult> strata();

    /**
     * A builder initialised from this value, to make a changed copy.
     *
     * @return the builder, not null
     */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link StratifierResult}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableStratifierResult.Builder {}
}
