package gov.cbp.medical.model.validation;

import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.validation.internal.EpisodeReader;
import gov.cbp.medical.model.validation.internal.JsonLines;
import gov.cbp.medical.model.validation.reading.Messages;
import gov.cbp.medical.model.validation.reading.ProblemCollector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads and validates custody-episode payloads: one JSON document, one event sent on its own, or a JSON
 * Lines stream of many episodes, and reports every problem found.
 *
 * <p>Validation never throws on bad input. Truncated or malformed JSON, exceeded limits (see
 * {@link Limits}), wrong types, missing required properties, unknown codes, unknown properties, and broken
 * cross-field rules all become {@link Problem}s with a stable code and a JSON Pointer. Everything that is
 * valid is still bound: a stream with bad lines yields every good episode, and each bad line's result
 * carries its line number.
 *
 * <p>The only time-dependent check is that no instant lies in the future; it uses the validator's
 * {@link Clock} plus a tolerance for clock skew (5 minutes by default). Use {@link Builder#clock(Clock)} to
 * fix it, or {@link Builder#checkFutureTimes(boolean)} to turn it off (for example when replaying data).
 *
 * <pre>{@code
 * PayloadValidator validator = PayloadValidator.create();
 * ValidationResult<CustodyEpisode> result = validator.validate(json);
 * result.problems().forEach(p -> log(p.severity() + " " + p.code() + " at " + p.pointer()));
 * result.value().ifPresent(episode -> store(episode));
 * }</pre>
 *
 * <p>Implementation Requirements: immutable and thread-safe; share one instance.
 */
public final class PayloadValidator {
    private final Clock clock;
    private final Duration futureTolerance;
    private final boolean checkFutureTimes;
    private final Messages messages;

    private PayloadValidator(Builder builder) {
        this.clock = builder.clock;
        this.futureTolerance = builder.futureTolerance;
        this.checkFutureTimes = builder.checkFutureTimes;
        this.messages = EpisodeReader.messages(builder.locale);
    }

    /**
     * A validator with the defaults: the system UTC clock, 5 minutes' tolerance for future times, messages
     * in the root locale (English).
     *
     * @return the validator, not null
     */
    public static PayloadValidator create() {
        return builder().build();
    }

    /**
     * A builder to configure a validator.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Validates one episode.
     *
     * @param json the UTF-8 JSON bytes, not null
     * @return the result, not null
     * @throws NullPointerException if {@code json} is null
     */
    public ValidationResult<CustodyEpisode> validate(byte[] json) {
        Objects.requireNonNull(json, "json");
        return EpisodeReader.episode(json, 0, json.length, notAfter(), messages);
    }

    /**
     * Validates one episode.
     *
     * @param json the JSON text, not null
     * @return the result, not null
     * @throws NullPointerException if {@code json} is null
     */
    public ValidationResult<CustodyEpisode> validate(String json) {
        return validate(Objects.requireNonNull(json, "json").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Validates one episode read from a stream, which is read to its end (at most
     * {@link Limits#MAX_PAYLOAD_BYTES} bytes are kept) but not closed.
     *
     * @param json the stream of UTF-8 JSON, not null
     * @return the result, not null
     * @throws IOException if reading the stream fails
     */
    public ValidationResult<CustodyEpisode> validate(InputStream json) throws IOException {
        byte[] bytes = json.readNBytes(Limits.MAX_PAYLOAD_BYTES + 1);
        if (bytes.length > Limits.MAX_PAYLOAD_BYTES) {
            json.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return EpisodeReader.episode(bytes, 0, bytes.length, notAfter(), messages);
    }

    /**
     * Validates one event sent on its own, such as a welfare check or an interview recorded as it happens.
     * Cross-field rules that need the episode (references, book-in) are checked when the event is part of an
     * episode.
     *
     * @param json the UTF-8 JSON bytes of the event, with its {@code "type"}, not null
     * @return the result, not null
     */
    public ValidationResult<MedicalEvent> validateEvent(byte[] json) {
        Objects.requireNonNull(json, "json");
        return EpisodeReader.event(json, 0, json.length, notAfter(), messages);
    }

    /**
     * Validates one event sent on its own.
     *
     * @param json the JSON text of the event, not null
     * @return the result, not null
     */
    public ValidationResult<MedicalEvent> validateEvent(String json) {
        return validateEvent(Objects.requireNonNull(json, "json").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Validates one event that must be of a given type.
     *
     * @param json the JSON text of the event, not null
     * @param type the expected event type, such as {@code WelfareCheck.class}, not null
     * @param <T> the event type
     * @return the result; an event of another type is an error ({@code payload.event.typeMismatch})
     */
    public <T extends MedicalEvent> ValidationResult<T> validateEvent(String json, Class<T> type) {
        Objects.requireNonNull(type, "type");
        ValidationResult<MedicalEvent> result = validateEvent(json);
        MedicalEvent event = result.boundValue().orElse(null);
        if (event == null || type.isInstance(event)) {
            return ValidationResult.of(result.problems(), type.cast(event));
        }
        List<Problem> problems = new java.util.ArrayList<>(result.problems());
        ProblemCollector mismatch = EpisodeReader.problems();
        mismatch.add(Severity.ERROR, "payload.event.typeMismatch", "/type");
        problems.addAll(mismatch.toProblems(messages));
        return ValidationResult.of(problems, null);
    }

    /**
     * Validates a JSON Lines stream, one episode per line, passing each line's result to {@code each} as it
     * is read. Blank lines are skipped; a line longer than {@link Limits#MAX_PAYLOAD_BYTES} is reported as
     * {@code json.limit.size} without being held in memory. The stream is not closed.
     *
     * @param jsonLines the stream, not null
     * @param each receives each line's result in order, not null
     * @return the number of non-blank lines read
     * @throws IOException if reading the stream fails
     */
    public long validateLines(InputStream jsonLines, Consumer<? super LineResult> each) throws IOException {
        Objects.requireNonNull(each, "each");
        JsonLines lines = new JsonLines(Objects.requireNonNull(jsonLines, "jsonLines"), Limits.MAX_PAYLOAD_BYTES);
        long count = 0;
        while (lines.next()) {
            LineResult result = validateLine(lines);
            if (result != null) {
                count++;
                each.accept(result);
            }
        }
        return count;
    }

    /**
     * Reads a JSON Lines stream into lines without validating them, passing each non-blank line to {@code each}
     * in order, for validation elsewhere with {@link #validateLine(JsonLine)} (for example, on other threads:
     * validating each line read here gives exactly the results of {@link #validateLines}). A line longer than
     * {@link Limits#MAX_PAYLOAD_BYTES} is passed as oversized, without its bytes. The stream is not closed.
     *
     * @param jsonLines the stream, not null
     * @param each receives each non-blank line in order, not null
     * @return the number of non-blank lines read
     * @throws IOException if reading the stream fails
     * @since 0.1
     */
    public long readLines(InputStream jsonLines, Consumer<? super JsonLine> each) throws IOException {
        Objects.requireNonNull(each, "each");
        JsonLines lines = new JsonLines(Objects.requireNonNull(jsonLines, "jsonLines"), Limits.MAX_PAYLOAD_BYTES);
        long count = 0;
        while (lines.next()) {
            if (lines.isOversized()) {
                count++;
                each.accept(JsonLine.oversized(lines.lineNumber()));
            } else if (!lines.isBlank()) {
                count++;
                each.accept(JsonLine.of(lines.lineNumber(), lines.buffer(), lines.length()));
            }
        }
        return count;
    }

    /**
     * Validates one line read by {@link #readLines}. Thread-safe, like every method of this validator.
     *
     * @param line the line, not null
     * @return the line's result, with the same line number, not null
     * @since 0.1
     */
    public LineResult validateLine(JsonLine line) {
        Objects.requireNonNull(line, "line");
        if (line.isOversized()) {
            return oversized(line.line());
        }
        byte[] bytes = line.bytes();
        return LineResult.of(line.line(), EpisodeReader.episode(bytes, 0, bytes.length, notAfter(), messages));
    }

    /**
     * Validates a JSON Lines stream lazily, as a sequential stream of line results. Closing the returned
     * stream closes {@code jsonLines}.
     *
     * @param jsonLines the stream, not null
     * @return the line results in order, not null
     * @throws UncheckedIOException from the stream's operations if reading fails
     */
    public Stream<LineResult> streamLines(InputStream jsonLines) {
        JsonLines lines = new JsonLines(Objects.requireNonNull(jsonLines, "jsonLines"), Limits.MAX_PAYLOAD_BYTES);
        Spliterator<LineResult> spliterator = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super LineResult> action) {
                try {
                    while (lines.next()) {
                        LineResult result = validateLine(lines);
                        if (result != null) {
                            action.accept(result);
                            return true;
                        }
                    }
                    return false;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        return StreamSupport.stream(spliterator, false).onClose(() -> {
            try {
                jsonLines.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private LineResult validateLine(JsonLines lines) {
        if (lines.isOversized()) {
            return oversized(lines.lineNumber());
        }
        if (lines.isBlank()) {
            return null;
        }
        return LineResult.of(lines.lineNumber(),
                EpisodeReader.episode(lines.buffer(), 0, lines.length(), notAfter(), messages));
    }

    private LineResult oversized(long line) {
        ProblemCollector problems = EpisodeReader.problems();
        problems.add(Severity.FATAL, "json.limit.size", "", Integer.toString(Limits.MAX_PAYLOAD_BYTES));
        return LineResult.of(line, ValidationResult.of(problems.toProblems(messages), null));
    }

    private Instant notAfter() {
        return checkFutureTimes ? clock.instant().plus(futureTolerance) : null;
    }

    /** Configures a {@link PayloadValidator}. Not thread-safe. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private Duration futureTolerance = Duration.ofMinutes(5);
        private boolean checkFutureTimes = true;
        private Locale locale = Locale.ROOT;

        private Builder() {}

        /**
         * The clock that says what "the future" is.
         *
         * @param clock the clock, not null
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How far past the clock an instant may lie before it is an error, to allow for clock skew.
         *
         * @param tolerance the tolerance, not negative, not null
         * @return this builder
         * @throws IllegalArgumentException if the tolerance is negative
         */
        public Builder futureTolerance(Duration tolerance) {
            if (tolerance.isNegative()) {
                throw new IllegalArgumentException("tolerance must not be negative");
            }
            this.futureTolerance = tolerance;
            return this;
        }

        /**
         * Whether to report instants in the future ({@code episode.time.future}); true by default.
         *
         * @param check whether to check
         * @return this builder
         */
        public Builder checkFutureTimes(boolean check) {
            this.checkFutureTimes = check;
            return this;
        }

        /**
         * The locale of messages; the library ships the root (English) bundle.
         *
         * @param locale the locale, not null
         * @return this builder
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * Builds the validator.
         *
         * @return the validator, not null
         */
        public PayloadValidator build() {
            return new PayloadValidator(this);
        }
    }
}
