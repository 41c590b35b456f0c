package gov.cbp.medical.model.validation.internal;

import gov.cbp.medical.model.common.Limits;

/**
 * The kinds of string property, each with its length limit and shape.
 *
 * <p>Shapes are checked by hand-written loops, not regular expressions: this is the payload hot path.
 */
enum TextRule {
    /** An identifier of this record (episode, event, subject). */
    IDENTIFIER(Limits.MAX_ID_LENGTH, Shape.TOKEN, false),
    /** A reference to an event of the same episode. */
    REFERENCE(Limits.MAX_ID_LENGTH, Shape.TOKEN, false),
    /** A reference to a facility of the same episode. */
    FACILITY_REFERENCE(Limits.MAX_ID_LENGTH, Shape.TOKEN, false),
    /** A workforce identifier (not a name). */
    STAFF_ID(Limits.MAX_ID_LENGTH, Shape.TOKEN, false),
    /** A short code or tag. */
    CODE(Limits.MAX_CODE_LENGTH, Shape.TOKEN, false),
    /** An ICD-10-CM code such as {@code J06.9}. */
    ICD10(Limits.MAX_CODE_LENGTH, Shape.ICD10, false),
    /** A non-personal label such as a facility name. */
    LABEL(Limits.MAX_LABEL_LENGTH, Shape.NOT_BLANK, false),
    /** Free text or an identifier that names a person: personal data. */
    PERSONAL(Limits.MAX_TEXT_LENGTH, Shape.ANY, true),
    /** A payload format version, {@code major.minor}. */
    FORMAT_VERSION(Limits.MAX_CODE_LENGTH, Shape.VERSION, false);

    /** The JSON Schema pattern of {@link Shape#TOKEN}. */
    static final String TOKEN_PATTERN = "^[A-Za-z0-9._:/-]+$";
    /** The JSON Schema pattern of {@link Shape#ICD10}. */
    static final String ICD10_PATTERN = "^[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?$";
    /**
     * The JSON Schema pattern of {@link Shape#NOT_BLANK}: a character outside ECMA-262's white space and line
     * terminators (the {@code \\s} of JSON Schema's regular expressions), spelled out so that a Java and an
     * ECMA-262 engine agree (Java's {@code \\s} omits the no-break spaces).
     */
    static final String NOT_BLANK_PATTERN =
            "[^\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]";
    /** The JSON Schema pattern of {@link Shape#VERSION}: two numbers without sign or leading zero. */
    static final String VERSION_PATTERN = "^(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})$";

    final int maxLength;
    final Shape shape;
    final boolean personal;

    TextRule(int maxLength, Shape shape, boolean personal) {
        this.maxLength = maxLength;
        this.shape = shape;
        this.personal = personal;
    }

    /** The allowed characters of a string kind, each with the code of the problem a string of another shape gets. */
    enum Shape {
        /** Letters, digits and {@code . _ : / -}, at least one. */
        TOKEN("payload.text.shape.token"),
        /** An ICD-10-CM code. */
        ICD10("payload.text.shape.icd10"),
        /** Anything with a character that is not white space (ECMA-262's, no-break spaces included). */
        NOT_BLANK("payload.text.shape.notBlank"),
        /** {@code major.minor}: digits without sign or leading zero, at most four each. */
        VERSION("payload.formatVersion.format"),
        /** Anything. */
        ANY("payload.text.shape.any");

        /** The problem code of a string that does not have this shape. */
        final String code;

        Shape(String code) {
            this.code = code;
        }

        boolean accepts(String text) {
            switch (this) {
                case TOKEN:
                    return isToken(text);
                case ICD10:
                    return isIcd10(text);
                case NOT_BLANK:
                    return !isBlank(text);
                case VERSION:
                    return isVersion(text);
                default:
                    return true;
            }
        }

        String pattern() {
            switch (this) {
                case TOKEN:
                    return TOKEN_PATTERN;
                case ICD10:
                    return ICD10_PATTERN;
                case NOT_BLANK:
                    return NOT_BLANK_PATTERN;
                case VERSION:
                    return VERSION_PATTERN;
                default:
                    return null;
            }
        }
    }

    static boolean isToken(String text) {
        int length = text.length();
        if (length == 0) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == ':' || c == '/' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Whether a string holds only ECMA-262 white space and line terminators (what {@code \\s} matches there). */
    static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isEcmaSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEcmaSpace(char c) {
        switch (c) {
            case '\t': case '\n': case '\u000B': case '\f': case '\r': case ' ': case '\u00A0': case '\u1680':
            case '\u2028': case '\u2029': case '\u202F': case '\u205F': case '\u3000': case '\uFEFF':
                return true;
            default:
                return c >= '\u2000' && c <= '\u200A';
        }
    }

    /** Whether a string is {@code major.minor} by {@link #VERSION_PATTERN}. */
    static boolean isVersion(String text) {
        int dot = text.indexOf('.');
        return dot > 0 && isNumber(text, 0, dot) && isNumber(text, dot + 1, text.length());
    }

    private static boolean isNumber(String text, int from, int to) {
        int length = to - from;
        if (length < 1 || length > 4 || (length > 1 && text.charAt(from) == '0')) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isIcd10(String text) {
        int length = text.length();
        if (length < 3 || length == 4 || length > 8) {
            return false;
        }
        if (!isUpper(text.charAt(0)) || !isDigit(text.charAt(1)) || !isUpperOrDigit(text.charAt(2))) {
            return false;
        }
        if (length == 3) {
            return true;
        }
        if (text.charAt(3) != '.') {
            return false;
        }
        for (int i = 4; i < length; i++) {
            if (!isUpperOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isUpperOrDigit(char c) {
        return isUpper(c) || isDigit(c);
    }
}
