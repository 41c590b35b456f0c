package gov.cbp.medical.rules.worklist;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable group of worklist tasks at one facility and hold room, in order of urgency.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.1
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTaskGroup.class)
@JsonDeserialize(as = ImmutableTaskGroup.class)
public interface TaskGroup {
    /**
     * The facility.
     *
     * @return the facility id, empty if unknown
     */
    Optional<String> facilityId();

    /**
     * The hold room.
     *
     * @return the hold room, empty if unknown
     */
    Optional<String> holdRoom();

    /**
     * The tasks, most urgent first.
     *
     * @return the tasks, not empty, not null
     */
    List<Task> tasks();

    /**
     * Obtains a group.
     *
     * @param facilityId the facility, not null
     * @param holdRoom the hold room, not null
     * @param tasks the tasks in order, not null
     * @return the group, not null
     */
    static TaskGroup of(Optional<String> facilityId, Optional<String> holdRoom, List<Task> tasks) {
        return ImmutableTaskGroup.builder().facilityId(facilityId).holdRoom(holdRoom).tasks(tasks).build();
    }
}
