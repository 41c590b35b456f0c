package gov.cbp.medical.model.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import gov.cbp.medical.model.common.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A read failure of {@link MedicalJson#mapper()}: a code and a JSON Pointer, and a message made of those two
 * only. Jackson's own exceptions quote the input (a date of birth such as {@code "1933-02-30"}, a name read as
 * an unquoted token) in their messages, their locations and their causes; this one carries no input value
 * and no cause.
 *
 * <p>It is a {@link JsonMappingException}, so code written against Jackson's exceptions keeps working.
 *
 * @since 0.1
 */
public final class MedicalJsonException extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    /**
     * The input is not well-formed JSON, ends too soon, or exceeds a stream limit: the validator's code for
     * the same failure.
     */
    public static final String MALFORMED = "json.syntax.malformed";
    /**
     * A value has the wrong JSON type or cannot be read as the declared type (a date, a number): the
     * validator's code for the same failure.
     */
    public static final String TYPE = "payload.field.type";
    /** The JSON is well-formed but does not bind to the model (a required attribute missing, a bad subtype). */
    public static final String UNBINDABLE = "payload.value.unbindable";

    /**
     * The names that a pointer may show: the model's own property names are of this shape; any other name
     * (a map key, a name the sender typed) ends the pointer at its parent.
     */
    private static final Pattern ECHOED_NAME =
            Pattern.compile("[A-Za-z0-9_-]{1," + Limits.MAX_ECHOED_NAME_LENGTH + "}");

    private final String code;
    private final String pointer;

    private MedicalJsonException(String code, String pointer) {
        super(null, code + " at \"" + pointer + "\"");
        this.code = code;
        this.pointer = pointer;
    }

    /**
     * The safe form of a failure from Jackson (or from a builder called by Jackson).
     *
     * @param failure the failure, not null; neither its message nor its cause is kept
     * @return the exception, not null
     */
    static MedicalJsonException of(Throwable failure) {
        if (failure instanceof MedicalJsonException) {
            return (MedicalJsonException) failure;
        }
        StreamReadException syntax = syntax(failure);
        String code = syntax != null ? MALFORMED : UNBINDABLE;
        for (Throwable cause = failure; syntax == null && cause != null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException) {
                code = TYPE;
            }
        }
        List<Object> path = new ArrayList<>();
        if (syntax != null && syntax.getProcessor() != null) {
            // the parser knows the exact place of a syntax error; a wrapping mapping path stops at the object
            JsonPointer at = syntax.getProcessor().getParsingContext().pathAsPointer();
            for (; at != null && !at.matches(); at = at.tail()) {
                path.add(at.getMatchingIndex() >= 0 ? at.getMatchingIndex() : at.getMatchingProperty());
            }
        } else if (failure instanceof JsonMappingException) {
            for (Reference reference : ((JsonMappingException) failure).getPath()) {
                path.add(reference.getFieldName() != null ? reference.getFieldName() : reference.getIndex());
            }
        }
        return new MedicalJsonException(code, pointer(path));
    }

    private static StreamReadException syntax(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException) {
                return (StreamReadException) cause;
            }
        }
        return null;
    }

    /** RFC 6901 pointer of the path, cut before its first name that may not be echoed. */
    private static String pointer(List<Object> path) {
        StringBuilder out = new StringBuilder();
        for (Object segment : path) {
            if (segment instanceof Integer) {
                if ((Integer) segment < 0) {
                    break;
                }
                out.append('/').append(segment);
            } else if (segment instanceof String && ECHOED_NAME.matcher((String) segment).matches()) {
                out.append('/').append(segment); // the shape has no '~' or '/' to escape
            } else {
                break;
            }
        }
        return out.toString();
    }

    /**
     * The problem code: {@link #MALFORMED}, {@link #TYPE} or {@link #UNBINDABLE}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Where the failure is, as far as it can be named safely.
     *
     * @return an RFC 6901 JSON Pointer into the input, {@code ""} for the whole document; not null
     */
    public String pointer() {
        return pointer;
    }

    @Override
    public String getMessage() {
        return getOriginalMessage();
    }
}
