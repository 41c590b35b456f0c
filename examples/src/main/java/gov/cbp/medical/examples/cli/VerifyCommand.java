package gov.cbp.medical.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.measure.MeasureSet;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import gov.cbp.medical.rules.measure.digest.ContentDigest;
import gov.cbp.medical.rules.measure.engine.InvalidEpisodePolicy;
import gov.cbp.medical.rules.measure.engine.MeasureAccumulator;
import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import gov.cbp.medical.rules.measure.report.MeasureReport;
import gov.cbp.medical.rules.measure.report.MeasureReportJson;
import gov.cbp.medical.rules.measure.report.MeasureResult;
import gov.cbp.medical.rules.measure.report.ReportDigests;
import gov.cbp.medical.rules.measure.report.ReportSettings;
import gov.cbp.medical.rules.measure.report.StratifierResult;
import gov.cbp.medical.rules.measure.report.StratumResult;
import gov.cbp.medical.rules.standard.Catalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cbp-medical verify}: checks that an MQM report was computed from a file of episodes, with the standards
 * and measure set given, and names what differs.
 *
 * <p>It recomputes the report's digests (docs/decisions.md, "Verifiable reports") and, from the report's own
 * stamp (period, evaluation instant, generation instant, suppression, invalid-episode policy), the report itself,
 * then compares: the measure-set, standards and input digests, the input counts, and every measure's figures,
 * naming each measure and stratum that differs.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Verifies an MQM report (mqm-report.json) against files of episodes: recomputes the digests of the "
                    + "episodes, the standards and the measure set, and the report's figures, and names what differs.",
            "Give the same --standards, --policy and --measures as the run that made the report."
        })
public final class VerifyCommand implements Callable<Integer> {
    @ParentCommand
    private CbpMedical parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private FormatOption format;

    @Mixin
    private InputOptions inputOptions;

    @Mixin
    private StandardsOptions standardsOptions;

    @Option(names = "--report", paramLabel = "FILE", required = true, description = "The JSON report to verify (mqm-report.json).")
    private Path reportFile;

    @Option(names = "--measures", paramLabel = "FILE",
            description = "The measure set the report was made with (default: the bundled baseline).")
    private Path measures;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Episode files (.json, .jsonl, .ndjson), or - for standard input.")
    private List<String> files;

    /** One thing compared: what, whether it agrees, the report's value and the recomputed one. */
    static final class Check {
        final String what;
        final String reported;
        final String recomputed;

        Check(String what, String reported, String recomputed) {
            this.what = what;
            this.reported = reported;
            this.recomputed = recomputed;
        }

        boolean agrees() {
            return Objects.equals(reported, recomputed);
        }
    }

    @Override
    public Integer call() throws IOException {
        MeasureReport report = readReport();
        ReportDigests digests = report.digests().orElseThrow(() -> new CliFailure(ExitCodes.USAGE,
                reportFile + " carries no digests: it cannot be verified"));
        List<Input> inputs = Input.resolve(spec, files, parent.stdin(), inputOptions.inputFormat);
        Catalogue catalogue = standardsOptions.catalogue(spec);
        MeasureSet measureSet = measures == null ? MeasureSetReader.baseline() : readMeasures();
        Instant asOf = report.stamp().evaluatedTo().orElse(report.stamp().generatedAt());
        Evaluator evaluator = Evaluator.of(catalogue).restrictedTo(measureSet.requirementIds());
        MeasureEngine engine = MeasureEngine.builder().measureSet(measureSet).catalogue(catalogue)
                .evaluator(episode -> evaluator.evaluate(episode, asOf))
                .period(report.stamp().period())
                .invalidEpisodes(InvalidEpisodePolicy.fromCode(report.input().invalidEpisodes()))
                .build();
        int workers = Math.min(4, Runtime.getRuntime().availableProcessors());
        MeasureAccumulator measured;
        try (Progress progress = Progress.start(spec.commandLine().getErr(), "episodes read")) {
            measured = MeasureInputs.measure(inputs, engine, workers, progress);
        }
        MeasureReport recomputed = measured.report(ReportSettings.builder()
                .generatedAt(report.stamp().generatedAt()).suppressionThreshold(report.stamp().suppressionThreshold())
                .libraryVersion(report.stamp().libraryVersion()).build());
        ReportDigests again = recomputed.digests().orElseThrow();

        List<Check> checks = new ArrayList<>();
        checks.add(new Check("canonical form", digests.canonicalForm(), again.canonicalForm()));
        checks.add(new Check("measure set digest", digests.measureSet(), again.measureSet()));
        checks.add(new Check("standards digest", digests.standards().orElse(null), again.standards().orElse(null)));
        checks.add(new Check("input digest", digests.input(), again.input()));
        checks.add(new Check("episodes in the input digest", Long.toString(digests.inputEpisodes()),
                Long.toString(again.inputEpisodes())));
        checks.add(new Check("episodes read", Long.toString(report.input().episodesRead()),
                Long.toString(recomputed.input().episodesRead())));
        checks.add(new Check("episodes rejected", Long.toString(report.input().episodesRejected()),
                Long.toString(recomputed.input().episodesRejected())));
        checks.addAll(measureChecks(report, recomputed));
        boolean verified = checks.stream().allMatch(Check::agrees);

        PrintWriter out = spec.commandLine().getOut();
        if (format.isJson()) {
            writeJson(out, verified, checks);
        } else {
            out.print((verified ? "Verified: " : "NOT verified: ") + reportFile + " against "
                    + String.join(", ", files) + "\n");
            for (Check check : checks) {
                if (check.agrees()) {
                    continue;
                }
                out.print("  differs: " + check.what + ": report " + orNone(check.reported) + ", recomputed "
                        + orNone(check.recomputed) + "\n");
            }
            out.print(verified ? "  input " + digests.input() + " (" + digests.inputEpisodes() + " episodes), standards "
                    + digests.standards().orElse("(none)") + ", measure set " + digests.measureSet() + "\n"
                    : "  " + checks.stream().filter(c -> !c.agrees()).count() + " of " + checks.size()
                            + " checks differ.\n");
        }
        out.flush();
        return verified ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private static String orNone(String value) {
        return value == null ? "(none)" : value;
    }

    /** Each measure of the report against its recomputation: missing measures, then each differing stratum. */
    static List<Check> measureChecks(MeasureReport report, MeasureReport recomputed) {
        List<Check> checks = new ArrayList<>();
        Map<String, MeasureResult> again = new LinkedHashMap<>();
        recomputed.measures().forEach(m -> again.put(m.id(), m));
        for (MeasureResult measure : report.measures()) {
            MeasureResult other = again.remove(measure.id());
            if (other == null) {
                checks.add(new Check("measure " + measure.id(), measure.version(), null));
                continue;
            }
            checks.add(new Check("measure " + measure.id() + " total", figures(measure.total()), figures(other.total())));
            for (StratifierResult stratifier : measure.stratifiers()) {
                Map<List<String>, StratumResult> strata = new LinkedHashMap<>();
                other.stratifiers().stream().filter(s -> s.id().equals(stratifier.id())).findFirst()
                        .ifPresent(s -> s.strata().forEach(st -> strata.put(st.key(), st)));
                for (StratumResult stratum : stratifier.strata()) {
                    StratumResult match = strata.remove(stratum.key());
                    checks.add(new Check("measure " + measure.id() + " " + stratifier.id() + "=" + String.join("|", stratum.key()),
                            figures(stratum), match == null ? null : figures(match)));
                }
                strata.forEach((key, stratum) -> checks.add(new Check("measure " + measure.id() + " " + stratifier.id()
                        + "=" + String.join("|", key), null, figures(stratum))));
            }
        }
        again.forEach((id, measure) -> checks.add(new Check("measure " + id, null, measure.version())));
        return checks;
    }

    /** The counts and summary of a stratum in one line, for comparison and for people. */
    static String figures(StratumResult s) {
        if (s.suppressed()) {
            return "suppressed";
        }
        return "ip=" + s.initialPopulation().map(String::valueOf).orElse("-") + " d=" + s.denominator().map(String::valueOf).orElse("-")
                + " dx=" + s.denominatorExclusion().map(String::valueOf).orElse("-") + " n=" + s.numerator().map(String::valueOf).orElse("-")
                + " nx=" + s.numeratorExclusion().map(String::valueOf).orElse("-")
                + s.observation().map(o -> " obs=" + o.count() + "/" + o.median().map(String::valueOf).orElse("-")).orElse("");
    }

    private MeasureReport readReport() throws IOException {
        if (!Files.isRegularFile(reportFile) || !Files.isReadable(reportFile)) {
            throw CliFailure.io(reportFile + (Files.exists(reportFile) ? ": cannot be read" : ": no such file"));
        }
        try (InputStream in = Files.newInputStream(reportFile)) {
            return MeasureReportJson.read(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // Jackson's message may quote the file's content: say only what is wrong.
            throw new CliFailure(ExitCodes.USAGE, reportFile + " is not an MQM report in JSON");
        }
    }

    private MeasureSet readMeasures() throws IOException {
        if (!Files.isRegularFile(measures) || !Files.isReadable(measures)) {
            throw CliFailure.io(measures + (Files.exists(measures) ? ": cannot be read" : ": no such file"));
        }
        Optional<MeasureSet> set = MeasureSetReader.create().read(measures).value();
        return set.orElseThrow(() -> new CliFailure(ExitCodes.USAGE, measures + " has errors; run mqm --measures to list them"));
    }

    private static void writeJson(PrintWriter out, boolean verified, List<Check> checks) throws IOException {
        JsonGenerator g = JsonOutput.generator(out);
        g.writeStartObject();
        g.writeBooleanField("verified", verified);
        g.writeNumberField("checks", checks.size());
        g.writeArrayFieldStart("differences");
        for (Check check : checks) {
            if (!check.agrees()) {
                g.writeStartObject();
                g.writeStringField("what", check.what);
                if (check.reported == null) {
                    g.writeNullField("report");
                } else {
                    g.writeStringField("report", check.reported);
                }
                if (check.recomputed == null) {
                    g.writeNullField("recomputed");
                } else {
                    g.writeStringField("recomputed", check.recomputed);
                }
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
        JsonOutput.finish(g, out);
    }
}
