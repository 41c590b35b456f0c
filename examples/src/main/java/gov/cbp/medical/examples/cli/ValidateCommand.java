package gov.cbp.medical.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cbp-medical validate}: lists every problem in episode payloads. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Validates custody-episode payloads and lists every problem.",
            "Each FILE holds one JSON episode or JSON Lines (one episode per line, streamed); - reads standard input."
        })
public final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    private CbpMedical parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ProgressOptions progressOptions = new ProgressOptions();

    @Mixin
    private FormatOption format;

    @Mixin
    private InputOptions inputOptions;

    @Option(names = "--as-of", paramLabel = "INSTANT", converter = Converters.InstantConverter.class,
            description = "The instant taken as now: times more than 5 minutes after it are errors "
                    + "(default: the system clock).")
    private Instant asOf;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Episode files (.json, .jsonl, .ndjson), or - for standard input.")
    private List<String> files;

    @Override
    public Integer call() throws IOException {
        List<Input> inputs = Input.resolve(spec, files, parent.stdin(), inputOptions.inputFormat);
        PayloadValidator validator = PayloadValidator.builder()
                .clock(asOf == null ? Clock.systemUTC() : Clock.fixed(asOf, ZoneOffset.UTC))
                .build();
        PrintWriter out = spec.commandLine().getOut();
        Tally total = new Tally();
        try (Progress progress = progressOptions.start(spec, "episodes validated", files)) {
            if (format.isJson()) {
                writeJson(inputs, validator, progress, out, total);
            } else {
                writeText(inputs, validator, progress, out, total);
            }
        }
        out.flush();
        return total.invalid > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private static void writeText(List<Input> inputs, PayloadValidator validator, Progress progress, PrintWriter out,
            Tally total) throws IOException {
        for (Input input : inputs) {
            Tally tally = new Tally();
            Episodes.read(input, validator, progress, record -> {
                tally.add(record.result.problems(), record.result.isValid());
                for (Problem p : record.result.problems()) {
                    out.print(record.location() + ": " + p.severity().code() + " " + p.code() + " at "
                            + (p.pointer().isEmpty() ? "(document)" : p.pointer()) + ": " + p.message() + "\n");
                }
            });
            out.print(input.name() + ": " + tally.describe() + "\n");
            total.add(tally);
        }
        if (inputs.size() > 1) {
            out.print("total: " + total.describe() + "\n");
        }
    }

    private static void writeJson(List<Input> inputs, PayloadValidator validator, Progress progress, PrintWriter out,
            Tally total) throws IOException {
        JsonGenerator g = JsonOutput.generator(out);
        g.writeStartObject();
        g.writeArrayFieldStart("inputs");
        for (Input input : inputs) {
            Tally tally = new Tally();
            g.writeStartObject();
            g.writeStringField("input", input.name());
            Episodes.read(input, validator, progress, jsonLines -> {
                g.writeStringField("format", jsonLines ? "json-lines" : "json");
                g.writeArrayFieldStart("problems");
            }, record -> {
                tally.add(record.result.problems(), record.result.isValid());
                String episodeId = record.result.boundValue().map(CustodyEpisode::episodeId).orElse(null);
                for (Problem p : record.result.problems()) {
                    writeProblem(g, record.jsonLines ? record.line : null, episodeId, p);
                }
            });
            g.writeEndArray();
            tally.writeCounts(g);
            g.writeEndObject();
            total.add(tally);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("summary");
        g.writeNumberField("inputs", inputs.size());
        total.writeCounts(g);
        total.writeSeverities(g);
        g.writeEndObject();
        g.writeEndObject();
        JsonOutput.finish(g, out);
    }

    static void writeProblem(JsonGenerator g, Long line, String episodeId, Problem p) throws IOException {
        g.writeStartObject();
        if (line != null) {
            g.writeNumberField("line", line);
        }
        if (episodeId != null) {
            g.writeStringField("episodeId", episodeId);
        }
        g.writeStringField("severity", p.severity().code());
        g.writeStringField("code", p.code());
        g.writeStringField("pointer", p.pointer());
        g.writeStringField("message", p.message());
        g.writeArrayFieldStart("arguments");
        for (String argument : p.arguments()) {
            g.writeString(argument);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Counts episodes and problems. */
    static final class Tally {
        long episodes;
        long valid;
        long invalid;
        final Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);

        void add(List<Problem> problems, boolean isValid) {
            episodes++;
            if (isValid) {
                valid++;
            } else {
                invalid++;
            }
            for (Problem p : problems) {
                bySeverity.merge(p.severity(), 1L, Long::sum);
            }
        }

        void add(Tally other) {
            episodes += other.episodes;
            valid += other.valid;
            invalid += other.invalid;
            other.bySeverity.forEach((s, n) -> bySeverity.merge(s, n, Long::sum));
        }

        long count(Severity severity) {
            return bySeverity.getOrDefault(severity, 0L);
        }

        String describe() {
            long errors = count(Severity.FATAL) + count(Severity.ERROR);
            long warnings = count(Severity.WARNING);
            return plural(episodes, "episode") + ", " + valid + " valid, " + invalid + " invalid; "
                    + plural(errors, "error") + ", " + plural(warnings, "warning");
        }

        void writeCounts(JsonGenerator g) throws IOException {
            g.writeNumberField("episodes", episodes);
            g.writeNumberField("valid", valid);
            g.writeNumberField("invalid", invalid);
        }

        void writeSeverities(JsonGenerator g) throws IOException {
            for (Severity severity : Severity.values()) {
                g.writeNumberField(severity.code(), count(severity));
            }
        }
    }

    static String plural(long n, String noun) {
        return plural(n, noun, noun + "s");
    }

    static String plural(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
