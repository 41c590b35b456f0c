package gov.cbp.medical.rules.measure.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The immutable digests that make a report verifiable: of the exact episodes measured, of the standards and of
 * the measure set it was computed with (SHA-256, in the canonical form named by {@link #canonicalForm()}; see
 * {@code gov.cbp.medical.rules.measure.digest.ContentDigest}).
 *
 * <p>The input digest is order-independent (the sum of the episodes' digests modulo 2<sup>256</sup>,
 * {@code gov.cbp.medical.rules.measure.digest.InputDigest}), so a run in any order, on any number of threads or in a
 * distributed pipeline gives the same digest; {@code cbp-medical verify} recomputes it from a file of
 * episodes. Only measured episodes count: those rejected or outside the period are not in it.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type.
 *
 * @since 0.2
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableReportDigests.class)
@JsonDeserialize(as = ImmutableReportDigests.class)
@JsonPropertyOrder({"algorithm", "canonicalForm", "input", "inputEpisodes", "standards", "measureSet"})
public interface ReportDigests {
    /**
     * The hash function.
     *
     * @return {@code SHA-256}
     */
    @Value.Default
    default String algorithm() {
        return "SHA-256";
    }

    /**
     * The name and version of the canonical form the digests are computed over.
     *
     * @return the name, not null
     */
    String canonicalForm();

    /**
     * The order-independent digest of the episodes measured, 64 hexadecimal digits.
     *
     * @return the digest, not null
     */
    String input();

    /**
     * The number of episodes in {@link #input()}.
     *
     * @return the count
     */
    long inputEpisodes();

    /**
     * The digest of the catalogue of standards (after any local policy) the findings were computed with.
     *
     * @return the digest, empty if the run was not told its catalogue
     */
    Optional<String> standards();

    /**
     * The digest of the measure set run.
     *
     * @return the digest, not null
     */
    String measureSet();

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ReportDigests}. */
    final class Builder extends ImmutableReportDigests.Builder {}
}
