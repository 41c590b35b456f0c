package gov.cbp.medical.beam.validate;

import gov.cbp.medical.beam.read.SourceLine;
import gov.cbp.medical.model.validation.LineResult;
import gov.cbp.medical.rules.measure.engine.InvalidEpisodePolicy;
import java.util.Objects;
import java.util.Optional;

/**
 * A source line with its validation result, as one transform holds it between validating and using it. It is
 * never a Beam element, so it has no coder: what travels between workers is the line as read, or what was
 * made of it (an accumulator state, a dead letter, a row). The result's line number is the line's number in
 * its file. {@code toString()} names the source, line and problem count only.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ValidatedLine {
    private final SourceLine source;
    private final LineResult result;

    private ValidatedLine(SourceLine source, LineResult result) {
        this.source = Objects.requireNonNull(source, "source");
        this.result = Objects.requireNonNull(result, "result");
    }

    /**
     * Obtains a validated line.
     *
     * @param source the line as read, not null
     * @param result its result, not null
     * @return the validated line, not null
     */
    public static ValidatedLine of(SourceLine source, LineResult result) {
        return new ValidatedLine(source, result);
    }

    /** @return the line as read */
    public SourceLine sourceLine() {
        return source;
    }

    /** @return the validation result */
    public LineResult result() {
        return result;
    }

    /**
     * The facility the episode was booked in at, the key under which it is measured.
     *
     * @return the facility id, or the empty string for a line too broken to bind
     */
    public String bookInFacilityId() {
        return result.result().boundValue().map(episode -> episode.bookIn().facilityId()).orElse("");
    }

    /**
     * The dead letter of this line, if it is not a valid episode.
     *
     * @param policy the policy the report measures bound episodes with errors by, not null
     * @return the dead letter, or empty for a valid episode
     */
    public Optional<DeadLetter> deadLetter(InvalidEpisodePolicy policy) {
        if (result.result().isValid()) {
            return Optional.empty();
        }
        boolean measured = result.result().boundValue().isPresent() && policy == InvalidEpisodePolicy.MEASURE;
        return Optional.of(DeadLetter.of(source.source(), source.line(), result.result().problems(), measured));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValidatedLine && ((ValidatedLine) other).source.equals(source)
                && ((ValidatedLine) other).result.equals(result);
    }

    @Override
    public int hashCode() {
        return source.hashCode() * 31 + result.hashCode();
    }

    @Override
    public String toString() {
        return "ValidatedLine{source=" + source.source() + ", line=" + source.line() + ", problems="
                + result.result().problems().size() + "}";
    }
}
