package gov.cbp.medical.model.facility;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.common.RecordId;
import gov.cbp.medical.model.common.RecordStyle;
import gov.cbp.medical.model.common.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.List;
import org.immutables.value.Value;

/**
 * An immutable CBP facility: a USBP station in a sector or an OFO port of entry in a field office, one model with two nomenclatures.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableFacility.class)
@JsonDeserialize(as = ImmutableFacility.class)
public interface Facility {
    /**
     * The facility identifier (station or port code).
     *
     * @return the value, not null
     */
    @Size(max = Limits.MAX_ID_LENGTH)
    @RecordId
    String facilityId();

    /**
     * The component that runs the facility.
     *
     * @return the value, not null
     */
    Component component();

    /**
     * The facility name.
     *
     * @return the value, not null
     */
    @Text(Text.Kind.LABEL)
    @Size(max = Limits.MAX_LABEL_LENGTH)
    String name();

    /**
     * The sector (USBP) or field office (OFO) code.
     *
     * @return the value, not null
     */
    @Text(Text.Kind.CODE)
    @Size(max = Limits.MAX_CODE_LENGTH)
    String area();

    /**
     * The local time zone, which decides the facility's day and month in reports.
     *
     * @return the value, not null
     */
    ZoneId timeZone();

    /**
     * The on-site medical support level.
     *
     * @return the value, not null
     */
    MedicalSupportLevel medicalSupport();

    /**
     * The surge and crisis levels declared over time.
     *
     * @return the value, not null, empty when absent
     */
    @Size(max = Limits.MAX_ITEMS)
    List<@Valid SurgePeriod> surgePeriods();

    /**
     * The term for this facility in its component's nomenclature.
     *
     * @return {@code "station"} for USBP, {@code "port of entry"} for OFO
     */
    default String unitTerm() {
        return component() == Component.USBP ? "station" : "port of entry";
    }

    /**
     * The term for the facility's area in its component's nomenclature.
     *
     * @return {@code "sector"} for USBP, {@code "field office"} for OFO
     */
    default String areaTerm() {
        return component() == Component.USBP ? "sector" : "field office";
    }

    /**
     * The surge level in force at an instant.
     *
     * @param at the instant, not null
     * @return the level of the latest period containing the instant, {@link SurgeLevel#NORMAL} if none
     */
    default SurgeLevel surgeLevelAt(java.time.Instant at) {
        java.util.Objects.requireNonNull(at, "at");
        SurgeLevel level = SurgeLevel.NORMAL;
        java.time.Instant latest = null;
        for (SurgePeriod period : surgePeriods()) {
            boolean contains = !at.isBefore(period.start()) && period.end().map(at::isBefore).orElse(true);
            if (contains && (latest == null || period.start().isAfter(latest))) {
                level = period.level();
                latest = period.start();
            }
        }
        return level;
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

    /** Builds a {@link Facility}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableFacility.Builder {}
}
