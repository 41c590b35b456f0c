package gov.cbp.medical.rules.standard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable version of a standard: an instrument (statute, directive, policy) with the requirements it
 * holds as it stood from one date.
 *
 * <p>A version is in force from {@link #effectiveFrom()} (inclusive) to {@link #effectiveTo()} (exclusive) or,
 * without an end, until the next version of the same standard takes effect. Dates are local to the facility
 * whose record is judged. Versions of one standard never overlap; a catalogue that has overlapping versions is
 * refused.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.1
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableStandard.class)
@JsonDeserialize(as = ImmutableStandard.class)
public interface Standard {
    /**
     * The standard's id, the same in every version, such as {@code CBP-DIR-2210-004}.
     *
     * @return the id, not null
     */
    String id();

    /**
     * The title.
     *
     * @return the title, not null
     */
    String title();

    /**
     * The issuing authority.
     *
     * @return the authority, not null
     */
    String authority();

    /**
     * The version label, unique among the standard's versions (by convention the date it takes effect).
     *
     * @return the version, not null
     */
    String version();

    /**
     * The first day in force, inclusive.
     *
     * @return the date, not null
     */
    LocalDate effectiveFrom();

    /**
     * The first day no longer in force, exclusive.
     *
     * @return the date, empty until superseded by the next version
     */
    Optional<LocalDate> effectiveTo();

    /**
     * The source document of this version.
     *
     * @return the description, not null
     */
    String sourceDocument();

    /**
     * A note on the version, such as what a rescission removed.
     *
     * @return the note, empty if none
     */
    Optional<String> note();

    /**
     * The requirements, in the order of the source.
     *
     * @return the requirements, not null
     */
    List<Requirement> requirements();

    /**
     * The record-integrity checks of this version: signs that evidence may have been back-filled or falsified.
     *
     * @return the checks, not null, empty if the version has none
     * @since 0.2
     */
    List<IntegrityCheck> integrityChecks();

    /**
     * The requirement with an id.
     *
     * @param requirementId the id, not null
     * @return the requirement, empty if this version has none with that id
     */
    default Optional<Requirement> requirement(String requirementId) {
        for (Requirement requirement : requirements()) {
            if (requirement.id().equals(requirementId)) {
                return Optional.of(requirement);
            }
        }
        return Optional.empty();
    }

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
        Builder builder = new Builder();
        builder.from(this);
        return builder;
    }

    /** Builds a {@link Standard}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableStandard.Builder {}
}
