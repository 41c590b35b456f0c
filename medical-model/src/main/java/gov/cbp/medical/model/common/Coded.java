package gov.cbp.medical.model.common;

/**
 * An enumerated value with a stable wire code, distinct from its Java {@code name()}.
 *
 * <p>Codes are lower-case kebab ({@code "unaccompanied-child"}); they never change once published, so a
 * constant can be renamed in Java without breaking payloads.
 */
public interface Coded {
    /**
     * The code written to and read from JSON.
     *
     * @return the code, not null
     */
    String code();
}
