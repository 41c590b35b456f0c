package gov.cbp.medical.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.testkit.EpisodeGenerator;
import gov.cbp.medical.testkit.GeneratorSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cbp-medical generate}: writes synthetic episodes as JSON Lines. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Writes realistic synthetic custody episodes as JSON Lines: the same seed and options give the same bytes.",
            "No real person appears: names and identifiers are obviously synthetic. "
                    + "Episodes are valid; some required acts are late or missed, as in real data."
        })
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private FormatOption format;

    @Mixin
    private ProgressOptions progressOptions = new ProgressOptions();

    @Option(names = "--seed", paramLabel = "S", required = true, description = "The seed.")
    private long seed;

    @Option(names = "--facilities", paramLabel = "N", defaultValue = "4",
            description = "Facilities, 1 to 500 (default: ${DEFAULT-VALUE}).")
    private int facilities;

    @Option(names = "--days", paramLabel = "D", defaultValue = "7",
            description = "Days, 1 to 3650 (default: ${DEFAULT-VALUE}).")
    private int days;

    @Option(names = "--per-day", paramLabel = "N", defaultValue = "20",
            description = "Mean arrivals per facility on an ordinary day (default: ${DEFAULT-VALUE}); surge days have more.")
    private double perDay;

    @Option(names = "--start", paramLabel = "DATE", defaultValue = "2025-03-03", converter = Converters.DateConverter.class,
            description = "The first day (default: ${DEFAULT-VALUE}). Keep the period in the past: "
                    + "'validate' reports times in the future.")
    private LocalDate start;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "The JSON Lines file to write (parent directories are created), or - for standard output.")
    private String out;

    @Override
    public Integer call() throws IOException {
        EpisodeGenerator generator = EpisodeGenerator.of(settings(spec, seed, facilities, days, perDay, start));
        // The total is not known in advance (arrivals are random): progress shows the count and the rate.
        if ("-".equals(out)) {
            // The same lines as EpisodeGenerator.writeJsonLines, as text for the command's writer.
            PrintWriter writer = spec.commandLine().getOut();
            ObjectWriter json = MedicalJson.mapper().writerFor(CustodyEpisode.class);
            try (Progress progress = progressOptions.start(spec, "episodes generated", List.of())) {
                for (CustodyEpisode episode : (Iterable<CustodyEpisode>) generator.episodes()::iterator) {
                    writer.write(json.writeValueAsString(episode));
                    writer.write('\n');
                    progress.step();
                }
            }
            writer.flush();
            if (writer.checkError()) {
                throw CliFailure.io("cannot write to standard output");
            }
            return ExitCodes.OK;
        }
        long[] count = new long[1];
        try (Progress progress = progressOptions.start(spec, "episodes generated", List.of())) {
            OutputFiles.write(Path.of(out), stream -> count[0] = generator.writeJsonLines(new LineCountingOutput(stream, progress)));
        }
        report(generator, count[0]);
        return ExitCodes.OK;
    }

    /**
     * The generator settings for the command-line options.
     *
     * @throws ParameterException if an option is out of range
     */
    static GeneratorSettings settings(CommandSpec spec, long seed, int facilities, int days, double perDay,
            LocalDate start) {
        try {
            return GeneratorSettings.builder().seed(seed).facilities(facilities).days(days)
                    .arrivalsPerFacilityPerDay(perDay).startDate(start).build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "invalid generator option: " + e.getMessage());
        }
    }

    private void report(EpisodeGenerator generator, long count) throws IOException {
        PrintWriter writer = spec.commandLine().getOut();
        GeneratorSettings s = generator.settings();
        if (format.isJson()) {
            JsonGenerator g = JsonOutput.generator(writer);
            g.writeStartObject();
            g.writeStringField("out", out);
            g.writeNumberField("episodes", count);
            g.writeNumberField("seed", s.seed());
            g.writeStringField("startDate", s.startDate().toString());
            g.writeNumberField("days", s.days());
            g.writeNumberField("arrivalsPerFacilityPerDay", s.arrivalsPerFacilityPerDay());
            g.writeArrayFieldStart("facilities");
            for (Facility facility : generator.facilities()) {
                g.writeStartObject();
                g.writeStringField("facilityId", facility.facilityId());
                g.writeStringField("name", facility.name());
                g.writeStringField("timeZone", facility.timeZone().getId());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            JsonOutput.finish(g, writer);
        } else {
            writer.print("Wrote " + ValidateCommand.plural(count, "synthetic episode") + " to " + out + " (seed "
                    + s.seed() + ", " + ValidateCommand.plural(s.facilities(), "facility", "facilities")
                    + ", " + ValidateCommand.plural(s.days(), "day") + " from " + s.startDate() + ").\n");
            writer.flush();
        }
    }
}
