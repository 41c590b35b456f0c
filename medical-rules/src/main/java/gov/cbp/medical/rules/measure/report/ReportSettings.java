package gov.cbp.medical.rules.measure.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Immutable settings for producing a report: the generation instant (the library reads no clock), the
 * small-cell suppression threshold, and optionally the library version to stamp.
 *
 * <p>The default threshold is {@value #DEFAULT_SUPPRESSION_THRESHOLD}: strata of 1 to 10 people (or
 * occurrences) are suppressed, as in the CMS cell-size rule, so that a report is safe to leave the agency
 * unless the caller asks otherwise with {@code suppressionThreshold(0)}.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableReportSettings.class)
@JsonDeserialize(as = ImmutableReportSettings.class)
public interface ReportSettings {
    /** The default small-cell threshold. */
    int DEFAULT_SUPPRESSION_THRESHOLD = 11;

    /**
     * When the report is generated.
     *
     * @return the instant, not null
     */
    Instant generatedAt();

    /**
     * The least initial population shown in a stratum; 0 or 1 suppresses nothing.
     *
     * @return the threshold, {@value #DEFAULT_SUPPRESSION_THRESHOLD} by default
     */
    @Value.Default
    default int suppressionThreshold() {
        return DEFAULT_SUPPRESSION_THRESHOLD;
    }

    /**
     * The library version to stamp instead of the one read from the library's jar.
     *
     * @return the version, empty to use the library's own
     */
    Optional<String> libraryVersion();

    /**
     * Checks the threshold.
     *
     * @throws IllegalStateException if the threshold is negative
     */
    @Value.Check
    default void check() {
        if (suppressionThreshold() < 0) {
            throw new IllegalStateException("suppressionThreshold must not be negative");
        }
    }

    /**
     * Settings with the default threshold.
     *
     * @param generatedAt when the report is generated, not null
     * @return the settings, not null
     */
    static ReportSettings of(Instant generatedAt) {
        return builder().generatedAt(generatedAt).build();
    }

    /**
     * Settings with a threshold.
     *
     * @param generatedAt when the report is generated, not null
     * @param suppressionThreshold the threshold, zero or more
     * @return the settings, not null
     * @throws IllegalStateException if the threshold is negative
     */
    static ReportSettings of(Instant generatedAt, int suppressionThreshold) {
        return builder().generatedAt(generatedAt).suppressionThreshold(suppressionThreshold).build();
    }

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ReportSettings}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableReportSettings.Builder {}
}
