package gov.cbp.medical.model.common;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The lookup from wire code to constant for one {@link Coded} enum.
 *
 * <p>An <em>open</em> enum has a constant named {@code UNKNOWN}: a code this version does not
 * know maps to it (the payload validator reports that as a warning). A <em>closed</em> enum has none and
 * {@link #fromCode} throws instead.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param <E> the enum type
 */
public final class CodeTable<E extends Enum<E> & Coded> {
    /** The name of the fallback constant of an open enum. */
    public static final String UNKNOWN_NAME = "UNKNOWN";

    private final Class<E> type;
    private final E[] constants;
    private final Map<String, E> byCode;
    private final E unknown;
    private final List<String> codes;

    private CodeTable(Class<E> type) {
        this.type = type;
        this.constants = type.getEnumConstants();
        Map<String, E> map = new HashMap<>();
        E fallback = null;
        List<String> known = new java.util.ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            if (map.put(constant.code(), constant) != null) {
                throw new IllegalStateException("duplicate code in " + type.getSimpleName());
            }
            if (UNKNOWN_NAME.equals(constant.name())) {
                fallback = constant;
            } else {
                known.add(constant.code());
            }
        }
        this.byCode = Map.copyOf(map);
        this.unknown = fallback;
        this.codes = Collections.unmodifiableList(known);
    }

    /**
     * Builds the table of an enum.
     *
     * @param type the enum class, not null
     * @param <E> the enum type
     * @return the table, not null
     * @throws IllegalStateException if two constants share a code
     */
    public static <E extends Enum<E> & Coded> CodeTable<E> of(Class<E> type) {
        return new CodeTable<>(Objects.requireNonNull(type, "type"));
    }

    /**
     * The constant with a code.
     *
     * @param code the code, may be null (meaning absent)
     * @return null for a null code; the matching constant; the {@code unknown} constant of an open enum
     *     for any other code
     * @throws IllegalArgumentException if the enum is closed and the code unknown (the code is not echoed)
     */
    public E fromCode(String code) {
        if (code == null) {
            return null;
        }
        E constant = find(code);
        if (constant != null) {
            return constant;
        }
        if (unknown != null) {
            return unknown;
        }
        throw new IllegalArgumentException("not a code of " + type.getSimpleName());
    }

    /**
     * Whether a code names a constant other than {@code unknown}.
     *
     * @param code the code, may be null
     * @return true if known
     */
    public boolean isKnown(String code) {
        E constant = code == null ? null : find(code);
        return constant != null && constant != unknown;
    }

    /**
     * The constant with exactly this code, without falling back to {@code UNKNOWN}.
     *
     * @param code the code, not null
     * @return the constant, or null if no constant has the code
     */
    public E find(String code) {
        // Most code lists are short: comparing a few strings beats hashing a freshly parsed one.
        if (constants.length <= 12) {
            for (E constant : constants) {
                if (constant.code().equals(code)) {
                    return constant;
                }
            }
            return null;
        }
        return byCode.get(code);
    }

    /**
     * Whether unknown codes fall back to an {@code unknown} constant.
     *
     * @return true for an open enum
     */
    public boolean isOpen() {
        return unknown != null;
    }

    /**
     * The known codes in declaration order, without the {@code UNKNOWN} constant's.
     *
     * @return the codes, not null
     */
    public List<String> codes() {
        return codes;
    }

    /**
     * The enum class.
     *
     * @return the class, not null
     */
    public Class<E> type() {
        return type;
    }
}
