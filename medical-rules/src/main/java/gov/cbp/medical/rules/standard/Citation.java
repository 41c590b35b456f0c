package gov.cbp.medical.rules.standard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import org.immutables.value.Value;

/**
 * An immutable citation of the clause a requirement rests on: the document and the section.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.1
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableCitation.class)
@JsonDeserialize(as = ImmutableCitation.class)
public interface Citation {
    /**
     * The document, such as {@code 8 U.S.C. 1232(b)} or {@code CBP Directive 2210-004}.
     *
     * @return the document, not null
     */
    String document();

    /**
     * The section or part of the document, such as {@code (b)(2)} or {@code phase 2}.
     *
     * @return the section, not null
     */
    String section();

    /**
     * The citation as one line: document, a comma, the section.
     *
     * @return the text, not null
     */
    default String text() {
        return document() + ", " + section();
    }

    /**
     * Obtains a citation.
     *
     * @param document the document, not null
     * @param section the section, not null
     * @return the citation, not null
     * @throws NullPointerException if an argument is null
     */
    static Citation of(String document, String section) {
        return ImmutableCitation.builder().document(document).section(section).build();
    }
}
