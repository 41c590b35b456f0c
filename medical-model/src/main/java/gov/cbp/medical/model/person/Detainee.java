package gov.cbp.medical.model.person;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.common.PersonalData;
import gov.cbp.medical.model.common.RecordStyle;
import gov.cbp.medical.model.common.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable description of the person in custody: identity (personal data), age, sex, population class and the attributes that make them at risk.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableDetainee.class)
@JsonDeserialize(as = ImmutableDetainee.class)
public interface Detainee {
    /**
     * The pseudonymous subject identifier used in reports instead of any name or A-number.
     *
     * @return the value, not null
     */
    @Text(Text.Kind.IDENTIFIER)
    @Size(max = Limits.MAX_ID_LENGTH)
    String subjectId();

    /**
     * The identifiers that name the person (personal data).
     *
     * @return the value, empty when absent
     */
    Optional<@Valid PersonalIdentifiers> identifiers();

    /**
     * The date of birth (personal data).
     *
     * @return the value, empty when absent
     */
    @PersonalData
    @Value.Redacted
    Optional<LocalDate> dateOfBirth();

    /**
     * The age in whole years at book-in when the date of birth is not known.
     *
     * @return the value, empty when absent
     */
    Optional<@Min(0) @Max(Limits.MAX_AGE_YEARS) Integer> estimatedAgeYears();

    /**
     * How the age is known. Estimated marks the age as an estimate whether it is reckoned from the date of birth
     * or given in years.
     *
     * @return the value, empty when absent
     */
    Optional<AgeBasis> ageBasis();

    /**
     * The sex.
     *
     * @return the value, not null
     */
    Sex sex();

    /**
     * The population class.
     *
     * @return the value, not null
     */
    PopulationClass populationClass();

    /**
     * The family unit identifier shared by its members.
     *
     * @return the value, empty when absent
     */
    @Text(Text.Kind.IDENTIFIER)
    Optional<@Size(max = Limits.MAX_ID_LENGTH) String> familyUnitId();

    /**
     * The pregnancy known at book-in.
     *
     * @return the value, empty when absent
     */
    Optional<@Valid Pregnancy> pregnancy();

    /**
     * Whether the person is postpartum.
     *
     * @return the flag; false when absent from the payload
     */
    @Value.Default
    default boolean postpartum() {
        return false;
    }

    /**
     * Whether the person is nursing.
     *
     * @return the flag; false when absent from the payload
     */
    @Value.Default
    default boolean nursing() {
        return false;
    }

    /**
     * Whether the person is identified as medically high-risk at book-in.
     *
     * @return the flag; false when absent from the payload
     */
    @Value.Default
    default boolean medicallyHighRisk() {
        return false;
    }

    /**
     * The language the person understands.
     *
     * @return the value, empty when absent
     */
    Optional<@Valid LanguageProfile> language();

    /**
     * Whether the person is a U.S.-citizen newborn born in custody (OIG-21-49).
     *
     * @return the flag; false when absent from the payload
     */
    @Value.Default
    default boolean usCitizenNewborn() {
        return false;
    }

    /**
     * The person's age on a date: from the date of birth if one is recorded, else the estimate made at book-in
     * (whatever the date). The age is {@linkplain Age#isEstimated() estimated} when it comes from
     * {@link #estimatedAgeYears()}, and also when it comes from a date of birth whose {@link #ageBasis()} is
     * {@link AgeBasis#ESTIMATED} (a date of birth written down from a staff or medical estimate is no firmer
     * than the estimate itself); a documented, stated or unrecorded basis gives an age that is not estimated.
     *
     * <p>From a date of birth the age is the whole years of {@link java.time.Period#between}: the years
     * change on the birthday itself, so a person born 2008-03-01 is 17 on 2026-02-28 and 18 on 2026-03-01. A
     * person born on 29 February has their birthday on 1 March in a common year (17 on 2026-02-28, 18 on
     * 2026-03-01). The date is a local date: the caller reckons it in the facility's time zone (see
     * {@link gov.cbp.medical.model.custody.CustodyEpisode#ageAtBookIn()}).
     *
     * <p>A date of birth after the date (a record error the payload validator reports as
     * {@code episode.detainee.bornAfterBookIn}) gives no age: the age is unknown, never negative.
     *
     * @param on the date in the facility's time zone, not null
     * @return the age, empty if neither a date of birth nor an estimate is recorded, or if the recorded date of
     *     birth is after the date
     */
    default Optional<Age> ageOn(java.time.LocalDate on) {
        java.util.Objects.requireNonNull(on, "on");
        if (dateOfBirth().isPresent()) {
            if (dateOfBirth().get().isAfter(on)) {
                return Optional.empty();
            }
            boolean estimated = ageBasis().isPresent() && ageBasis().get() == AgeBasis.ESTIMATED;
            return Optional.of(Age.of(java.time.Period.between(dateOfBirth().get(), on).getYears(), estimated));
        }
        return estimatedAgeYears().map(years -> Age.of(years, true));
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
        return builder().from(this);
    }

    /** Builds a {@link Detainee}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableDetainee.Builder {}
}
