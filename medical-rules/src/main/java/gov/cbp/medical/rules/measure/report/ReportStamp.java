package gov.cbp.medical.rules.measure.report;

import gov.cbp.medical.rules.measure.MeasurementPeriod;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import org.immutables.value.Value;

/**
 * An immutable stamp that says what a report was computed with: the library version, the measure set and
 * measure versions, the standard versions the findings rest on, the measurement period, the evaluation
 * instants and the generation instant (passed in by the caller: the library reads no clock), and the
 * small-cell suppression threshold.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableReportStamp.class)
@JsonDeserialize(as = ImmutableReportStamp.class)
@JsonPropertyOrder({"reportFormat", "libraryVersion", "generatedAt", "period", "evaluatedFrom", "evaluatedTo", "recordsThrough", "measureSet", "measures", "standards", "suppressionThreshold"})
public interface ReportStamp {
    /** The report format version this library writes. */
    String FORMAT = "1.0";

    /**
     * The report format version.
     *
     * @return {@value #FORMAT} by default
     */
    @Value.Default
    default String reportFormat() {
        return FORMAT;
    }

    /**
     * The version of this library that computed the report.
     *
     * @return the version, not null
     */
    String libraryVersion();

    /**
     * When the report was generated, as given by the caller.
     *
     * @return the instant, not null
     */
    Instant generatedAt();

    /**
     * The measurement period.
     *
     * @return the period, not null
     */
    MeasurementPeriod period();

    /**
     * The earliest evaluation instant of the episodes measured.
     *
     * @return the instant, empty if none was measured
     */
    Optional<Instant> evaluatedFrom();

    /**
     * The latest evaluation instant of the episodes measured.
     *
     * @return the instant, empty if none was measured
     */
    Optional<Instant> evaluatedTo();

    /**
     * The earliest instant the records of the episodes measured are complete through: occurrences falling due
     * after it were not judged missed (see {@link gov.cbp.medical.rules.evaluation.EpisodeEvaluation#recordsThrough()}).
     *
     * @return the instant, empty if none was measured
     * @since 0.2
     */
    Optional<Instant> recordsThrough();

    /**
     * The measure set.
     *
     * @return the set id and version, not null
     */
    VersionRef measureSet();

    /**
     * The measures and their versions, in report order.
     *
     * @return the references, not null
     */
    List<VersionRef> measures();

    /**
     * The standards (id and version) cited by the findings of the measures' requirements in the measured
     * episodes, sorted: the same whether the whole catalogue or only those requirements were evaluated.
     *
     * @return the references, not null
     */
    List<VersionRef> standards();

    /**
     * The small-cell threshold: strata whose initial population is at least 1 and below it are suppressed;
     * 0 or 1 means no suppression.
     *
     * @return the threshold, zero or more
     */
    int suppressionThreshold();

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

    /** Builds a {@link ReportStamp}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableReportStamp.Builder {}
}
