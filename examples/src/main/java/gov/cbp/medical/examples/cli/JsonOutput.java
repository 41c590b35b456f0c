package gov.cbp.medical.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import gov.cbp.medical.model.json.MedicalJson;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Writes the tool's JSON: UTF-8, two-space indentation, {@code \n} line ends, a final newline, and fields
 * in a fixed order, so that output is byte-for-byte stable. Written as a stream: a report over millions of
 * lines is never held in memory.
 */
final class JsonOutput {
    private JsonOutput() {}

    /**
     * A generator that writes to {@code out} and never closes it.
     *
     * @param out the writer
     * @return the generator
     * @throws IOException if it cannot be created
     */
    static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator generator = MedicalJson.mapper().getFactory().createGenerator(out);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        generator.setPrettyPrinter(prettyPrinter());
        return generator;
    }

    /**
     * The pretty printer for all JSON the tool writes, files included.
     *
     * @return a new printer
     */
    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    /**
     * Ends a document written by {@link #generator(Writer)}: flushes it and adds the final newline.
     *
     * @param generator the generator
     * @param out its writer
     * @throws IOException if writing fails
     */
    static void finish(JsonGenerator generator, Writer out) throws IOException {
        generator.flush();
        out.write('\n');
        out.flush();
    }

    static void writeOptional(JsonGenerator g, String field, Optional<?> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, String.valueOf(value.get()));
        } else {
            g.writeNullField(field);
        }
    }

    static void writeInstant(JsonGenerator g, String field, Optional<Instant> value) throws IOException {
        writeOptional(g, field, value);
    }

    static void writeDuration(JsonGenerator g, String field, Optional<Duration> value) throws IOException {
        writeOptional(g, field, value);
    }
}
