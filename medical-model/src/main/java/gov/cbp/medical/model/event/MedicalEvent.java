package gov.cbp.medical.model.event;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.common.Provenance;
import gov.cbp.medical.model.common.RecordId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;

/**
 * One event of the timeline; its "type" selects the event schema.
 *
 * <p>An event on the timeline of a custody episode: a health interview, a welfare check, a medication review
 * and the rest. Every event has an id that is stable and unique within its episode, so that findings can cite it as
 * evidence and other events can refer to it, and the instant at which it happened (UTC). The order in which
 * events are listed carries no meaning: they are ordered by {@link #at()}.
 *
 * <p>In JSON an event is an object whose {@code "type"} property holds its {@link EventType#code()}.
 *
 * <p>The interface is not {@code sealed}: its subtypes live in the feature packages, and on the class path
 * (the unnamed module) the JVM refuses a sealed type whose permitted subtypes are in other packages. Instead
 * {@link EventType} lists every type with its interface, and a switch over it finds every place to change.
 *
 * <p>Implementation Requirements: every implementation is an immutable, thread-safe value type.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
public interface MedicalEvent {
    /**
     * The event id, unique within the episode.
     *
     * @return the id, not null
     */
    @Size(max = Limits.MAX_ID_LENGTH)
    @RecordId
    String id();

    /**
     * When the event happened (RFC 3339 with offset).
     *
     * @return the instant (UTC), not null
     */
    Instant at();

    /**
     * How the event came into the record.
     *
     * @return the provenance, empty if not recorded
     */
    Optional<@Valid Provenance> provenance();

    /**
     * The event type code.
     *
     * @return the type, not null
     */
    EventType type();
}
