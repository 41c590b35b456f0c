package gov.cbp.medical.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.standard.Requirement;
import gov.cbp.medical.rules.standard.Standard;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cbp-medical standards list}: every standard version in the catalogue. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lists every standard version in the catalogue, with its effective dates and requirements.")
public final class StandardsListCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private FormatOption format;

    @Mixin
    private StandardsOptions standardsOptions;

    @Option(names = "--requirements", description = "Also list each version's requirements, with their citations (text only; json always has them).")
    private boolean requirements;

    @Override
    public Integer call() throws IOException {
        Catalogue catalogue = standardsOptions.catalogue(spec);
        PrintWriter out = spec.commandLine().getOut();
        if (format.isJson()) {
            JsonGenerator g = JsonOutput.generator(out);
            g.writeStartObject();
            g.writeStringField("catalogue", standardsOptions.describe());
            JsonOutput.writeOptional(g, "policyId", catalogue.policyId());
            g.writeArrayFieldStart("standards");
            for (Standard s : catalogue.standards()) {
                g.writeStartObject();
                g.writeStringField("id", s.id());
                g.writeStringField("version", s.version());
                g.writeStringField("title", s.title());
                g.writeStringField("authority", s.authority());
                g.writeStringField("effectiveFrom", s.effectiveFrom().toString());
                JsonOutput.writeOptional(g, "effectiveTo", s.effectiveTo());
                g.writeStringField("sourceDocument", s.sourceDocument());
                g.writeArrayFieldStart("requirements");
                for (Requirement r : s.requirements()) {
                    StandardsText.writeRequirementSummary(g, r);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            JsonOutput.finish(g, out);
            return ExitCodes.OK;
        }
        out.print("Catalogue: " + standardsOptions.describe() + catalogue.policyId().map(id -> " (policy " + id + ")").orElse("")
                + ", " + ValidateCommand.plural(catalogue.standards().size(), "standard version") + ".\n");
        for (Standard s : catalogue.standards()) {
            out.print(String.format("%n%-18s %-12s %-28s %s%n", s.id(), s.version(), StandardsText.effective(s), s.title()));
            out.print(String.format("%-18s %s; %s%n", "", s.authority(),
                    ValidateCommand.plural(s.requirements().size(), "requirement")));
            if (requirements) {
                for (Requirement r : s.requirements()) {
                    out.print(String.format("  %-22s %-9s %-16s %s [%s]%n", r.id(), r.severity().code(),
                            StandardsText.rule(r), r.title(), r.citation().text()));
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
