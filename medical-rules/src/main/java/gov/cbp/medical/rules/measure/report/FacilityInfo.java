package gov.cbp.medical.rules.measure.report;

import gov.cbp.medical.model.facility.Component;
import gov.cbp.medical.model.facility.Facility;
import java.time.ZoneId;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import org.immutables.value.Value;

/**
 * An immutable description of a facility seen in the input, for labelling strata: its id, name, component,
 * sector or field office, and time zone. Facility data is not personal data.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableFacilityInfo.class)
@JsonDeserialize(as = ImmutableFacilityInfo.class)
@JsonPropertyOrder({"facilityId", "name", "component", "area", "unitTerm", "areaTerm", "timeZone"})
public interface FacilityInfo {
    /**
     * The facility id.
     *
     * @return the id, not null
     */
    String facilityId();

    /**
     * The facility name.
     *
     * @return the name, not null
     */
    String name();

    /**
     * The component.
     *
     * @return the component, not null
     */
    Component component();

    /**
     * The sector or field office code.
     *
     * @return the code, not null
     */
    String area();

    /**
     * The component's term for the facility ({@code station}, {@code port of entry}).
     *
     * @return the term, not null
     */
    String unitTerm();

    /**
     * The component's term for the area ({@code sector}, {@code field office}).
     *
     * @return the term, not null
     */
    String areaTerm();

    /**
     * The time zone that decides the facility's days and months.
     *
     * @return the zone, not null
     */
    ZoneId timeZone();

    /**
     * Describes a facility.
     *
     * @param facility the facility, not null
     * @return the description, not null
     */
    static FacilityInfo from(Facility facility) {
        return builder().facilityId(facility.facilityId()).name(facility.name()).component(facility.component())
                .area(facility.area()).unitTerm(facility.unitTerm()).areaTerm(facility.areaTerm())
                .timeZone(facility.timeZone()).build();
    }

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FacilityInfo}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableFacilityInfo.Builder {}
}
