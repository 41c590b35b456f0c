package gov.cbp.medical.rules.measure.engine;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.measure.PopulationBasis;
import gov.cbp.medical.rules.measure.Scoring;
import java.util.List;
import org.immutables.value.Value;

/**
 * An immutable account of how one episode counts in one measure: one {@link MemberExplanation} for an
 * episode-based measure, one per finding of the measured requirements for a finding-based one (none if the
 * evaluation has no such finding), and the findings behind it.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableMeasureExplanation.class)
@JsonDeserialize(as = ImmutableMeasureExplanation.class)
@JsonPropertyOrder({"measureId", "version", "title", "basis", "scoring", "requirementIds", "note", "findings", "members"})
public interface MeasureExplanation {
    /**
     * The measure id.
     *
     * @return the id, not null
     */
    String measureId();

    /**
     * The measure version.
     *
     * @return the version, not null
     */
    String version();

    /**
     * The measure title.
     *
     * @return the title, not null
     */
    String title();

    /**
     * What a member is.
     *
     * @return the basis, not null
     */
    PopulationBasis basis();

    /**
     * The scoring.
     *
     * @return the scoring, not null
     */
    Scoring scoring();

    /**
     * The requirements measured.
     *
     * @return the ids, not null
     */
    List<String> requirementIds();

    /**
     * A summary line for people.
     *
     * @return the note, not null
     */
    String note();

    /**
     * The episode's findings of the measured requirements.
     *
     * @return the findings, not null
     */
    List<Finding> findings();

    /**
     * The members.
     *
     * @return the members, not null
     */
    List<MemberExplanation> members();

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MeasureExplanation}. */
    final class Builder extends ImmutableMeasureExplanation.Builder {}
}
