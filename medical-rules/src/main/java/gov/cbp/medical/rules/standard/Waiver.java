package gov.cbp.medical.rules.standard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable recorded waiver: the authority for a local policy to be looser than the baseline. It appears in
 * every finding of the requirement it loosens.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.1
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableWaiver.class)
@JsonDeserialize(as = ImmutableWaiver.class)
public interface Waiver {
    /**
     * The waiver's id, such as a memo number.
     *
     * @return the id, not null
     */
    String id();

    /**
     * The reason, as policy text (never personal data).
     *
     * @return the reason, not null
     */
    String reason();

    /**
     * Who approved the waiver (an office or workforce id).
     *
     * @return the approver, empty if not stated
     */
    Optional<String> approvedBy();

    /**
     * The waiver as findings cite it: id, a colon, the reason.
     *
     * @return the text, not null
     */
    default String text() {
        return id() + ": " + reason();
    }

    /**
     * Obtains a waiver.
     *
     * @param id the id, not null
     * @param reason the reason, not null
     * @return the waiver, not null
     * @throws NullPointerException if an argument is null
     */
    static Waiver of(String id, String reason) {
        return ImmutableWaiver.builder().id(id).reason(reason).build();
    }

    /**
     * Obtains a waiver with its approver.
     *
     * @param id the id, not null
     * @param reason the reason, not null
     * @param approvedBy the approver, not null, empty if not stated
     * @return the waiver, not null
     * @throws NullPointerException if an argument is null
     */
    static Waiver of(String id, String reason, Optional<String> approvedBy) {
        return ImmutableWaiver.builder().id(id).reason(reason).approvedBy(approvedBy).build();
    }
}
