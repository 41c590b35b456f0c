package gov.cbp.medical.examples.cli;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.model.validation.ValidationResult;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads the episodes of inputs, one validation result per document or line; JSON Lines are streamed. */
final class Episodes {
    private Episodes() {}

    /** Receives each document or line read. */
    @FunctionalInterface
    interface Sink {
        /**
         * One document or line.
         *
         * @param record where it came from and its validation result
         * @throws IOException if writing a result fails
         */
        void accept(Record record) throws IOException;
    }

    /** Where a document or line came from, and its validation result. */
    static final class Record {
        final Input input;
        final boolean jsonLines;
        final long line;
        final ValidationResult<CustodyEpisode> result;

        Record(Input input, boolean jsonLines, long line, ValidationResult<CustodyEpisode> result) {
            this.input = input;
            this.jsonLines = jsonLines;
            this.line = line;
            this.result = result;
        }

        /**
         * Where the record is, for messages: {@code file} or {@code file:line}.
         *
         * @return the location
         */
        String location() {
            return jsonLines ? input.name() + ":" + line : input.name();
        }
    }

    /** Told how an input is read, once it is opened and before its first record. */
    @FunctionalInterface
    interface OnOpen {
        /**
         * The input is open.
         *
         * @param jsonLines whether it is read as JSON Lines
         * @throws IOException if writing fails
         */
        void opened(boolean jsonLines) throws IOException;
    }

    /**
     * Reads one input.
     *
     * @param input the input
     * @param validator the validator
     * @param progress counts records
     * @param sink receives each record in order
     * @throws IOException if reading or writing fails
     */
    static void read(Input input, PayloadValidator validator, Progress progress, Sink sink) throws IOException {
        read(input, validator, progress, jsonLines -> { }, sink);
    }

    /**
     * Reads one input.
     *
     * @param input the input
     * @param validator the validator
     * @param progress counts records
     * @param onOpen told whether the input is JSON Lines before the first record
     * @param sink receives each record in order
     * @throws IOException if reading or writing fails
     */
    static void read(Input input, PayloadValidator validator, Progress progress, OnOpen onOpen, Sink sink)
            throws IOException {
        try (Input.Opened opened = input.open()) {
            onOpen.opened(opened.isJsonLines());
            if (!opened.isJsonLines()) {
                ValidationResult<CustodyEpisode> result = validator.validate(progress.counting(opened.stream()));
                progress.step();
                sink.accept(new Record(input, false, 0, result));
                return;
            }
            try {
                validator.validateLines(progress.counting(opened.stream()), line -> {
                    progress.step();
                    try {
                        sink.accept(new Record(input, true, line.line(), line.result()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }
}
